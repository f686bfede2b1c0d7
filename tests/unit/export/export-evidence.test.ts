import { beforeEach, describe, expect, it } from 'vitest';
import { flagRow, ListedFlagSchema } from '@/lib/dashboard/row';
import { taxonLookup } from '@/lib/dashboard/taxon-lookup';
import { exportAgain, exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { FlagSchema, type Detection } from '@/lib/records/flag';
import { createFlagService } from '@/lib/flags/service';
import type { SpoorDb } from '@/lib/storage/db';
import { downloads, exportEnv, flaggedDb, freshIndexedDb } from './flow-support';
import { readCsv } from '../../support/read-csv';

/*
 * The export says what the dashboard says (issue 10, point 12): taxa that
 * trade terms imply reach detected_taxa and appendices, review status
 * survives, and a batch saved again is the same file, byte for byte.
 */

const ANNA = { researcher: 'anna.k', survey: 'Ivory 2026' };
const trade = (entryId: string, label: string, taxa: string[], word: string): Detection => ({
  entryId,
  kind: 'trade',
  label,
  appendix: 'I',
  euAnnex: 'A',
  taxa,
  count: 1,
  matched: [word],
});
const TRADE_ONLY = [
  { url: 'https://shop.example/netsuke', detected: [trade('ivory', 'Ivory', ['elephantidae'], 'ivory')] },
  { url: 'https://shop.example/cup', detected: [trade('rhino-horn', 'Rhino horn', ['rhinocerotidae'], 'rhino horn')] },
  {
    url: 'https://shop.example/comb',
    detected: [trade('tortoiseshell', 'Tortoiseshell (bekko)', ['eretmochelys-imbricata'], 'tortoiseshell')],
  },
];

beforeEach(freshIndexedDb);

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

async function saveAgain(db: SpoorDb, batchId: string, format: 'csv' | 'json' | 'zip'): Promise<File> {
  const saved = downloads();
  await exportAgain(exportEnv(db, saved.targets), batchId, format, 'anna.k');
  return saved.files[0]!;
}

describe('the export says what the dashboard says', () => {
  it('writes the taxa trade terms imply into detected_taxa and appendices, as the dashboard lists them', async () => {
    const { db, flags } = await flaggedDb('anna', TRADE_ONLY);
    const saved = downloads();
    await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), 'csv', ANNA);
    const [header, ...rows] = readCsv((await saved.files[0]!.text()).replace(/^\uFEFF/, ''));
    const column = (row: string[], name: string) => row[header!.indexOf(name)]!;
    const lookup = taxonLookup(loadBundledDictionary());

    for (const flag of flags) {
      const row = rows.find((candidate) => column(candidate, 'flag_id') === flag.id)!;
      const dashboard = flagRow(ListedFlagSchema.parse(flag), lookup);
      expect(dashboard.taxa.length, flag.canonicalUrl).toBeGreaterThan(0);
      expect(column(row, 'detected_taxa')).toBe(dashboard.taxa.join('; '));
      expect(column(row, 'appendices')).toBe(dashboard.appendices.join('; '));
    }
    expect(rows.map((row) => column(row, 'detected_taxa'))).toEqual(
      expect.arrayContaining(['Elephantidae', 'Rhinocerotidae', 'Eretmochelys imbricata']),
    );
  });

  it('keeps "reviewed" after export: exported is the batch, shown beside the review status', async () => {
    const { db, flags } = await flaggedDb('anna', [{ url: 'https://shop.example/1' }]);
    await createFlagService(db).edit(flags[0]!.id, { status: 'reviewed' }, 'anna.k');
    const outcome = await exportNewBatch(exportEnv(db, downloads().targets), [flags[0]!.id], 'json', ANNA);
    const stored = FlagSchema.parse(await db.get('flags', flags[0]!.id));
    expect(stored.status).toBe('reviewed');
    expect(outcome.status === 'saved' && stored.batchIds).toEqual([outcome.status === 'saved' && outcome.record.id]);
    expect(await pendingFlagIds(db)).toEqual([]);
  });
});

describe('saving a batch again', () => {
  it.each(['json', 'csv', 'zip'] as const)(
    'gives the same %s, byte for byte, however its flags changed since',
    async (format) => {
      const { db, flags } = await flaggedDb('anna', [...TRADE_ONLY, { url: 'https://shop.example/4' }]);
      const first = downloads();
      const outcome = await exportNewBatch(exportEnv(db, first.targets), await pendingFlagIds(db), format, ANNA);
      if (outcome.status !== 'saved') throw new Error('not saved');
      // Work goes on after the export: the batch file must not follow it.
      await createFlagService(db).edit(flags[0]!.id, { status: 'reviewed', assessment: { notes: 'later' } }, 'anna.k');
      await createFlagService(db).remove(flags[1]!.id, 'anna.k', 'duplicate');

      const again = await saveAgain(db, outcome.record.id, format);
      const twice = await saveAgain(db, outcome.record.id, format);
      expect(again.name).toBe(first.files[0]!.name);
      expect(await bytesOf(again)).toEqual(await bytesOf(first.files[0]!));
      expect(await bytesOf(twice)).toEqual(await bytesOf(first.files[0]!));
    },
  );

  it('gives the JSON first saved when the batch was first saved as CSV, and a CSV derived from it', async () => {
    const { db } = await flaggedDb('anna', TRADE_ONLY);
    const first = downloads();
    const outcome = await exportNewBatch(exportEnv(db, first.targets), await pendingFlagIds(db), 'csv', ANNA);
    if (outcome.status !== 'saved') throw new Error('not saved');
    const json = await saveAgain(db, outcome.record.id, 'json');
    const document = JSON.parse(await json.text());
    expect(document.batch.id).toBe(outcome.record.id);
    expect(await bytesOf(await saveAgain(db, outcome.record.id, 'csv'))).toEqual(await bytesOf(first.files[0]!));
  });
});
