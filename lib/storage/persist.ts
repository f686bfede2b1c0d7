/** What the popup tells the researcher about the browser keeping their flags. */
export type Persistence = 'persistent' | 'best-effort' | 'unavailable';

/**
 * Asks the browser to keep Spoor's storage when space runs low. Called from a
 * page (the popup on the first flag) because only pages have a user to ask.
 * @example const state = await requestPersistence(navigator.storage);
 */
export async function requestPersistence(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined,
): Promise<Persistence> {
  if (!storage?.persist) return 'unavailable';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unavailable';
  }
}

/** What navigator.storage.estimate() tells: bytes used and the most the browser allows. */
export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

/** Below this much free quota a best-effort store is what a browser clears first. */
const LOW_SPACE_BYTES = 1024 ** 3;

/**
 * Whether to tell the researcher to back up now: only when the browser may
 * clear Spoor's data (storage not persistent) and space is running out,
 * the one case where the warning matters and backing up is the remedy.
 * @example evictionRisk('best-effort', { usage: 9e9, quota: 9.5e9 }) // true
 * @example evictionRisk('persistent', { usage: 9e9, quota: 9.5e9 }) // false
 */
export function evictionRisk(persistence: Persistence | undefined, estimate: StorageEstimateLike | undefined): boolean {
  if (persistence !== 'best-effort' || !estimate?.quota || estimate.usage === undefined) return false;
  return estimate.quota - estimate.usage < LOW_SPACE_BYTES || estimate.usage / estimate.quota > 0.8;
}
