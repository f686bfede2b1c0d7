import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { sha256Hex } from '@/lib/integrity/hash';
import { activateImported, applyCustomTerms, readActiveStatus } from '@/lib/active-dictionary/active';
import type { RestoreEnv } from '@/lib/backup/restore';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { MemoryArea } from '../../fixtures/checklist/memory-area';

/** A profile: its own fake IndexedDB and storage.local. */
export interface Profile {
  db: SpoorDb;
  area: MemoryArea;
  env: RestoreEnv;
}

export async function freshProfile(): Promise<Profile> {
  globalThis.indexedDB = new IDBFactory();
  const db = await openSpoorDb();
  const area = new MemoryArea();
  const dictionary: RestoreEnv['dictionary'] = {
    status: () => readActiveStatus(area),
    activate: (imported, fileName) => activateImported(area, imported, fileName),
    applyCustomTerms: () => applyCustomTerms(area),
  };
  return { db, area, env: { db, area, dictionary } };
}

/** Every store's content, artifacts as hash of their bytes, for comparing two profiles. */
export async function dump(db: SpoorDb) {
  const artifacts = await Promise.all(
    (await db.getAllKeys('artifacts')).map(async (key) => {
      const stored = (await db.get('artifacts', key))!;
      return { key, mimeType: stored.mimeType, bytes: stored.bytes, rehashed: await sha256Hex(stored.blob) };
    }),
  );
  return {
    flags: await db.getAll('flags'),
    audit: await db.getAll('audit'),
    batches: await db.getAll('batches'),
    tombstones: await db.getAll('tombstones'),
    signers: await db.getAll('signers'),
    artifacts,
  };
}

export { rewriteBackup } from '../../support/rewrite-backup';
