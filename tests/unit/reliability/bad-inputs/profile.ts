import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import type { RestoreEnv } from '@/lib/backup/restore';
import { activateImported, applyCustomTerms, readActiveStatus } from '@/lib/active-dictionary/active';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { canonicalJson, sha256Hex } from '@/lib/integrity/hash';
import { createFlagService } from '@/lib/flags/service';
import { saveCustomTerms } from '@/lib/dictionary/custom-terms-store';
import { SETTINGS_KEY, SettingsSchema } from '@/lib/settings/schema';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { MemoryArea } from '../../../fixtures/checklist/memory-area';
import { captureOf, steppingClock } from '../../flags/support';

/** A researcher's profile: the IndexedDB database and storage.local, as a restore and an import see them. */
export interface Profile {
  db: SpoorDb;
  area: MemoryArea;
  restoreEnv: RestoreEnv;
}

export const CHECKLIST_FIXTURE = new URL('../../../fixtures/checklist/index-of-cites-species.csv', import.meta.url);

/** One fake IndexedDB for the test file; each profile is a database in it, opened by name. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** A profile with an empty database and storage, the dictionary functions wired as the background wires them. */
export async function emptyProfile(name: string): Promise<Profile> {
  const db = await openSpoorDb(name);
  const area = new MemoryArea();
  const dictionary: RestoreEnv['dictionary'] = {
    status: () => readActiveStatus(area),
    activate: (imported, fileName) => activateImported(area, imported, fileName),
    applyCustomTerms: () => applyCustomTerms(area),
  };
  return { db, area, restoreEnv: { db, area, dictionary } };
}

/**
 * A profile in use, so "unchanged" means something: two flagged ads with
 * evidence and audit trail, settings, a custom term, and an imported
 * checklist active (merged and compiled into storage as the background does).
 */
export async function seededProfile(name: string): Promise<Profile> {
  const profile = await emptyProfile(name);
  const service = createFlagService(profile.db, steppingClock());
  // Accents, so a file re-encoded as Windows-1252 differs from its UTF-8 original.
  await service.record(
    await captureOf('https://shop.example/ad/seed-1', {
      ad: { title: "Défense d'éléphant sculptée", imageUrls: [], sources: {} },
    }),
    'ask',
  );
  await service.record(await captureOf('https://shop.example/ad/seed-2'), 'ask');
  await profile.area.set({ [SETTINGS_KEY]: SettingsSchema.parse({ researcherId: 'coord' }) });
  await saveCustomTerms(profile.area, [
    {
      id: 'seedterm1',
      text: 'bone white',
      lang: 'en',
      target: { kind: 'code', taxa: ['Loxodonta africana'] },
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    },
  ]);
  const checklist = new Blob([readFileSync(CHECKLIST_FIXTURE)]);
  const { dictionary } = await importChecklistFile(checklist, { listingsAsOf: '2017-04-21' });
  await activateImported(profile.area, dictionary, 'index-of-cites-species.csv');
  return profile;
}

/**
 * Everything a profile holds: every object store with its keys (Blobs as the
 * SHA-256 of their bytes) and every storage.local item (as a hash of its
 * canonical JSON: the compiled dictionary is megabytes). Two equal dumps mean
 * nothing was written, replaced or removed.
 */
export async function dumpProfile({ db, area }: Pick<Profile, 'db' | 'area'>): Promise<Record<string, unknown>> {
  const stores: Record<string, unknown> = {};
  for (const store of [...db.objectStoreNames].sort()) {
    const keys = await db.getAllKeys(store);
    const values = await Promise.all((await db.getAll(store)).map(withBlobsHashed));
    stores[store] = keys.map((key, i) => [key, values[i]]);
  }
  const items = await area.get(area.keys());
  const storage = Object.fromEntries(
    await Promise.all(Object.entries(items).map(async ([key, value]) => [key, await sha256Hex(canonicalJson(value))])),
  );
  return { stores, storage };
}

async function withBlobsHashed(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blobSha256: await sha256Hex(value), size: value.size };
  if (Array.isArray(value)) return Promise.all(value.map(withBlobsHashed));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      await Promise.all(Object.entries(value).map(async ([key, inner]) => [key, await withBlobsHashed(inner)])),
    );
  }
  return value;
}
