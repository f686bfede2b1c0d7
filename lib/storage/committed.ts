import { unwrap } from 'idb';
import type { SpoorDb } from './db';
import type { StoreName } from './schema';

/**
 * Calls `listener` after each read-write transaction of this connection that wrote `store` commits, whoever opened it
 * (a module's own `db.transaction(…)` or one of idb's shortcuts such as `db.put`, which open theirs through the same
 * method): the one place every writer passes, so none can be missed. An aborted transaction changed nothing and is
 * not reported. Returns the connection itself.
 * @example const db = onCommitted(await openSpoorDb(), 'flags', () => void announce());
 */
export function onCommitted(db: SpoorDb, store: StoreName, listener: () => void): SpoorDb {
  const raw = unwrap(db);
  const open = raw.transaction.bind(raw);
  // An own property of this connection: idb's wrapper reads `transaction` from it for every transaction it opens.
  raw.transaction = (stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
    const tx = open(stores, mode, options);
    if (mode === 'readwrite' && [stores].flat().includes(store)) tx.addEventListener('complete', listener);
    return tx;
  };
  return db;
}
