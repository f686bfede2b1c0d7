import type { SpoorDb } from '@/lib/storage/db';
import type { DatabaseDump } from '@/lib/storage/consistency';
import { sha256Hex } from '@/lib/integrity/hash';

/** Every store, read back as the browser test reads it: artifacts re-hashed. */
export async function dumpDb(db: SpoorDb): Promise<DatabaseDump> {
  const keys = await db.getAllKeys('artifacts');
  const artifacts = await Promise.all(
    keys.map(async (key) => {
      const stored = (await db.get('artifacts', key))!;
      return { key, bytes: stored.bytes, rehashed: await sha256Hex(stored.blob) };
    }),
  );
  return {
    flags: await db.getAll('flags'),
    audit: await db.getAll('audit'),
    batches: await db.getAll('batches'),
    tombstones: await db.getAll('tombstones'),
    artifacts,
  };
}

const WRITES = new Set<PropertyKey>(['put', 'add', 'delete', 'clear']);

/**
 * The database as Spoor sees it, except that the `failAt`-th write request
 * (put, add, delete; counted across every transaction, one-based) fails with
 * `error()` before reaching IndexedDB: the write that a crash, a full disk or
 * a browser bug interrupts. `writes()` says how many were attempted, so a
 * caller knows when an operation ran to the end without meeting the failure.
 * Only the store methods are wrapped: Spoor's transaction handling is under test.
 */
export function failingAtWrite(db: SpoorDb, failAt: number, error: () => Error): { db: SpoorDb; writes(): number } {
  let writes = 0;
  const bound = (target: object, prop: PropertyKey) => {
    const value = Reflect.get(target, prop, target);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const store = (target: object) =>
    new Proxy(target, {
      get: (inner, prop) => {
        if (!WRITES.has(prop)) return bound(inner, prop);
        return (...args: unknown[]) =>
          ++writes === failAt ? Promise.reject(error()) : (bound(inner, prop) as (...a: unknown[]) => unknown)(...args);
      },
    });
  const transaction = (tx: { objectStore(name: string): object }) =>
    new Proxy(tx, {
      get: (inner, prop) =>
        prop === 'objectStore' ? (name: string) => store(inner.objectStore(name)) : bound(inner, prop),
    });
  const wrapped = new Proxy(db, {
    get: (inner, prop) =>
      prop === 'transaction'
        ? (...args: Parameters<SpoorDb['transaction']>) => transaction(inner.transaction(...args))
        : bound(inner, prop),
  });
  return { db: wrapped, writes: () => writes };
}

export const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const crashed = () => new Error('the browser stopped here');
