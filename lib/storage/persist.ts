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
