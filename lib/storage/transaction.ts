import type { IDBPTransaction } from 'idb';

/** Any read-write transaction, whatever its database and stores (the helpers below only commit or abort it). */
// idb's schema generics are invariant; nothing here reads a store.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyWriteTransaction = IDBPTransaction<any, any, 'readwrite'>;
import { isQuotaError, StorageFullError } from './quota';

/**
 * Runs the writes of one transaction and waits for it to commit; on any
 * failure it aborts the transaction, so a half-done flag never lands, and
 * reports a full disk as StorageFullError, saying `whenFull` (what was not
 * saved, what to do). `work` may only await requests of `tx` itself: anything
 * else (hashing, messaging) lets the transaction commit early, which is why
 * callers prepare everything before they open it.
 * @example await writeAtomically(tx, async () => { await tx.objectStore('flags').put(flag); }, 'this flag was not
 * saved.');
 */
export async function writeAtomically<T>(
  tx: AnyWriteTransaction,
  work: () => Promise<T>,
  whenFull: string,
): Promise<T> {
  // tx.done rejects when we abort below; the error we throw is the one that matters.
  tx.done.catch(() => undefined);
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    if (isQuotaError(error) || isQuotaError(tx.error)) {
      throw new StorageFullError(whenFull);
    }
    throw error;
  }
}

function abortQuietly(tx: AnyWriteTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser: nothing was committed either way.
  }
}
