import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, migrations } from './migrations';
import type { SpoorDbSchema } from './schema';

export const DB_NAME = 'spoor';
export type SpoorDb = IDBPDatabase<SpoorDbSchema>;

/**
 * Opens Spoor's database, climbing the upgrade ladder from whatever version
 * the browser holds. The background opens it for capture, edits and the
 * dashboard's queries; the dashboard and options pages open it too, for batch
 * export/import and backup/restore, because evidence Blobs cannot cross
 * runtime messaging in Chrome and a streaming ZIP reads them one at a time.
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
