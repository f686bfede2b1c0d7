/** The device ran out of room for Spoor's database; nothing already stored was touched. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(detail: string) {
    super(`Storage is full: ${detail}`);
  }
}

/**
 * Whether an IndexedDB failure means "out of space". Browsers report it as a
 * QuotaExceededError, or as an AbortError whose message names the quota
 * (Chrome aborts the transaction when the quota is hit while committing).
 * @example isQuotaError(new DOMException('', 'QuotaExceededError')) // true
 */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(error instanceof DOMException)) return false;
  if (error.name === 'QuotaExceededError') return true;
  return error.name === 'AbortError' && /quota/i.test(error.message);
}
