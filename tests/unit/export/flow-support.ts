import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { importBatchFile } from '@/lib/import/validate';
import type { SaveFilePicker, SaveTargets } from '@/lib/files/save';
import { exportNewBatch, pendingFlagIds, type ExportEnv } from '@/lib/export/export-flow';
import type { TaxaOf } from '@/lib/export/batch-document';
import { taxonLookup, type TaxonLookup } from '@/lib/dashboard/taxon-lookup';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import type { CaptureInput } from '@/lib/flags/observation';
import type { Flag } from '@/lib/records/flag';
import { createFlagService } from '@/lib/flags/service';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { captureOf, steppingClock } from '../flags/support';

/** A new, empty fake IndexedDB factory; databases are then opened by name, one per researcher. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** Flags the ads into the named database through the real flag service, as a researcher would. */
export async function flaggedDb(
  name: string,
  ads: Array<{ url: string } & Partial<CaptureInput>>,
): Promise<{ db: SpoorDb; flags: Flag[] }> {
  const db = await openSpoorDb(name);
  const service = createFlagService(db, steppingClock());
  const flags: Flag[] = [];
  for (const { url, ...overrides } of ads)
    flags.push((await service.record(await captureOf(url, overrides), 'ask')).flag);
  return { db, flags };
}

/** Files handed to the download fallback, in order. */
export interface Downloads {
  files: File[];
  targets: SaveTargets;
}

/**
 * The fallback save path (no file picker), keeping each download as a File; `onDownload` runs as the download starts.
 */
export function downloads(onDownload: () => Promise<void> = async () => undefined): Downloads {
  const files: File[] = [];
  return {
    files,
    targets: {
      download: async (blob, name) => {
        await onDownload();
        files.push(new File([blob], name, { type: blob.type }));
      },
    },
  };
}

/** A file picker the researcher closes without choosing a file. */
export const cancellingPicker: SaveFilePicker = async () => {
  throw new DOMException('The user aborted a request.', 'AbortError');
};

let lookup: TaxonLookup | undefined;
/** What the background answers to 'dashboard/taxa': the bundled dictionary's facts of each taxon id. */
export const bundledTaxa: TaxaOf = async (ids) => {
  lookup ??= taxonLookup(loadBundledDictionary());
  return Object.fromEntries(
    ids.flatMap((id) => {
      const facts = lookup!(id);
      return facts ? [[id, { label: facts.label, appendix: facts.appendix, euAnnex: facts.euAnnex }]] : [];
    }),
  );
};

export const exportEnv = (db: SpoorDb, save: SaveTargets): ExportEnv => ({
  db,
  save,
  extensionVersion: '0.1.0',
  taxa: bundledTaxa,
  clock: () => new Date('2026-03-20T12:00:00.000Z'),
});

/** How many records each store holds: "nothing written" means these stay equal. */
export async function storeCounts(
  db: SpoorDb,
): Promise<Record<'flags' | 'artifacts' | 'audit' | 'batches' | 'tombstones' | 'signers', number>> {
  return {
    flags: await db.count('flags'),
    artifacts: await db.count('artifacts'),
    audit: await db.count('audit'),
    batches: await db.count('batches'),
    tombstones: await db.count('tombstones'),
    signers: await db.count('signers'),
  };
}

/**
 * The coordinator has compared fingerprints and accepts the keys these files
 * were signed with: import options that let them in (tests of the merge, not of trust).
 */
export async function acceptingKeysOf(files: readonly File[]): Promise<{ acceptKeys: Set<string> }> {
  const keys = new Set<string>();
  for (const file of files) {
    const result = await importBatchFile(file, file.name, { knownBatches: new Map() });
    if (result.status === 'ready') keys.add(result.batch.signedBy.fingerprint);
  }
  return { acceptKeys: keys };
}

/** A zip batch exported from a profile (its own database, so its own key) by the researcher, with one flag at `url`. */
export async function exportedFrom(profile: string, researcher: string, url: string): Promise<File> {
  const { db } = await flaggedDb(profile, [{ url, researcher: { researcherId: researcher, survey: 'Ivory 2026' } }]);
  const saved = downloads();
  await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), 'zip', {
    researcher,
    survey: 'Ivory 2026',
  });
  db.close();
  return saved.files[0]!;
}
