import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, migrations } from './migrations';
import type { SpoorDbSchema } from './schema';

export const DB_NAME = 'spoor';
export type SpoorDb = IDBPDatabase<SpoorDbSchema>;

/**
 * Opens Spoor's database, climbing the upgrade ladder from whatever version
 * the browser holds. Only the background calls this; pages use messages.
 * `version` exists for the ladder test, which builds old databases.
 * @example const db = await openSpoorDb();
 */
export function openSpoorDb(name = DB_NAME, version = DB_VERSION): Promise<SpoorDb> {
  return openDB<SpoorDbSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (const step of migrations) {
        if (step.version > oldVersion && step.version <= (newVersion ?? version)) await step.upgrade(db, tx);
      }
    },
  });
}
