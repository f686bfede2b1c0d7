import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readZip } from '@/lib/files/zip-reader';
import { zipStream } from '@/lib/files/zip-writer';
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

/**
 * Rewrites a backup's files and re-hashes them into a consistent manifest: a file that is well-formed but says
 * something wrong.
 */
export async function rewriteBackup(backup: Blob, change: (path: string, text: string) => string): Promise<Blob> {
  const files = await Promise.all(
    (await readZip(backup)).map(async (file) => ({
      path: file.path,
      bytes: new Uint8Array(await (await file.open()).arrayBuffer()),
    })),
  );
  const encode = (text: string) => new TextEncoder().encode(text);
  const changed = files.map(({ path, bytes }) =>
    path.endsWith('.json') && path !== 'manifest.json'
      ? { path, bytes: encode(change(path, new TextDecoder().decode(bytes))) }
      : { path, bytes },
  );
  const manifestFile = changed.find((file) => file.path === 'manifest.json')!;
  const manifest = JSON.parse(new TextDecoder().decode(manifestFile.bytes));
  manifest.files = await Promise.all(
    changed
      .filter((file) => file.path !== 'manifest.json')
      .map(async ({ path, bytes }) => ({ path, sha256: await sha256Hex(bytes), bytes: bytes.length })),
  );
  manifestFile.bytes = encode(change('manifest.json', JSON.stringify(manifest)));
  async function* entries() {
    for (const { path, bytes } of changed) yield { path, bytes: bytes as Uint8Array<ArrayBuffer>, compress: false };
  }
  return new Response(zipStream(entries(), new Date())).blob();
}
