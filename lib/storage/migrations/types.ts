import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { SpoorDbSchema, StoreName } from '../schema';

/**
 * One step of the upgrade ladder: what changes from `version - 1` to `version`.
 * A step touches only the stores its own version knows, so old steps keep
 * compiling as the schema interface grows.
 */
export interface Migration {
  version: number;
  upgrade(
    db: IDBPDatabase<SpoorDbSchema>,
    tx: IDBPTransaction<SpoorDbSchema, StoreName[], 'versionchange'>,
  ): void | Promise<void>;
}
