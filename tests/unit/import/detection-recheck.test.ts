import { beforeEach, describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { detectionsInText } from '@/lib/flags/captured-detections';
import { importFiles, type FileReport } from '@/lib/import/import-flow';
import { readOtherwise, type Reread } from '@/lib/import/detection-recheck';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { BatchRecordSchema } from '@/lib/records/batch';
import type { Detection } from '@/lib/records/flag';
import { openSpoorDb } from '@/lib/storage/db';
import { downloads, exportEnv, flaggedDb, freshIndexedDb } from '../export/flow-support';

/*
 * A batch's detections are the sender's Spoor's word, signed: a forged or outdated batch can claim "Appendix I" for a
 * budgie or leave a taxon out. At import the coordinator's own dictionary reads the same words again; where it reads
 * them otherwise, the import report and the batch record say so, and the signed record stays as it was.
 */

const compiled = compileDictionary(loadBundledDictionary());
const matcher = createMatcher(compiled);
const termMatcher = createMatcher(compiled, { senses: false });
const reread: Reread = async (text, { pageLang, senses } = {}) =>
  detectionsInText(senses === false ? termMatcher : matcher, text, pageLang);
const at = () => new Date('2026-04-02T08:00:00.000Z');
let counter = 0;

beforeEach(freshIndexedDb);

/** A batch from anna.k's profile with one ad titled `title`, whose Spoor recorded `detected` (under `pageLang`). */
async function batchOf(title: string, detected: Detection[], pageLang?: string): Promise<File> {
  const { db } = await flaggedDb(`anna-${(counter += 1)}`, [
    {
      url: `https://shop.example/ad/${counter}`,
      ad: { title, imageUrls: [], sources: {} },
      detected,
      ...(pageLang && { pageLang }),
    },
  ]);
  const saved = downloads();
  await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), 'json', {
    researcher: 'anna.k',
    survey: 'Birds 2026',
  });
  return saved.files[0]!;
}

async function imported(file: File, withDictionary = true): Promise<Extract<FileReport, { status: 'imported' }>> {
  const db = await openSpoorDb(`coord-${(counter += 1)}`);
  const env = { db, by: 'coord', clock: at, ...(withDictionary && { reread }) };
  const [held] = await importFiles(env, [file]);
  const fingerprint = held && 'signedBy' in held ? held.signedBy.fingerprint : '';
  const [report] = await importFiles(env, [file], { acceptKeys: new Set([fingerprint]) });
  if (report?.status !== 'imported') throw new Error(JSON.stringify(report));
  const record = BatchRecordSchema.parse(await db.get('batches', report.batch.id));
  expect(record.imported?.reading).toEqual(report.reading);
  const [flag] = await db.getAll('flags');
  // The signed record is kept as sent, whatever the coordinator's dictionary reads.
  expect(flag?.observations[0]?.detected).toEqual(JSON.parse(await file.text()).flags[0].observations[0].detected);
  return report;
}

const grey = (title: string) => detectionsInText(matcher, title);

describe('the coordinator’s reading of an imported batch', () => {
  it('agrees with an honest batch', async () => {
    const title = 'Grey parrot (African grey), hand-reared';
    expect((await imported(await batchOf(title, grey(title)))).reading).toEqual([]);
  });

  it('finds no listed name in a budgie the batch calls an Appendix I parrot', async () => {
    const title = 'Young budgie, hand-tamed';
    const [claim] = grey('Grey parrot');
    const report = await imported(await batchOf(title, [{ ...claim!, matched: ['budgie'] }], 'en-GB'));
    expect(report.reading).toEqual([
      expect.objectContaining({
        kind: 'unconfirmed',
        pageLang: 'en-GB', // the report marks the words with their page's language
        entryId: 'psittacus-erithacus',
        sent: { label: 'Psittacus erithacus', appendix: 'I', euAnnex: 'A' },
        matched: ['budgie'],
      }),
    ]);
  });

  it('names an Appendix the batch changed, and a taxon it left out', async () => {
    const title = 'Grey parrot and pangolin scales';
    const [parrot] = grey('Grey parrot');
    const report = await imported(await batchOf(title, [{ ...parrot!, appendix: 'II', euAnnex: 'B' }]));
    expect(report.reading).toEqual([
      expect.objectContaining({
        kind: 'differs',
        entryId: 'psittacus-erithacus',
        sent: { label: 'Psittacus erithacus', appendix: 'II', euAnnex: 'B' },
        read: { label: 'Psittacus erithacus', appendix: 'I', euAnnex: 'A' },
      }),
      expect.objectContaining({
        kind: 'unreported',
        entryId: 'pangolin-scales',
        read: { label: 'Pangolin scales', appendix: 'I', euAnnex: 'A' },
        matched: ['pangolin scales'],
      }),
    ]);
  });

  it('tells a word whose sense needs the page it came from (not in the batch) from one that names no entry', async () => {
    // The sender read "avorio" on a whole page whose other words gave its sense; the batch holds the word alone.
    const [ivory] = detectionsInText(matcher, 'Bracciale in avorio, inizio Novecento');
    expect(ivory).toMatchObject({ entryId: 'ivory', matched: ['avorio'] });
    const report = await imported(await batchOf('Bracciale antico', [ivory!]));
    expect(report.reading).toEqual([
      expect.objectContaining({
        kind: 'needs-context',
        entryId: 'ivory',
        sent: expect.anything(),
        read: expect.anything(),
      }),
    ]);
    // Shown in the report, not counted as the batch read otherwise.
    expect(readOtherwise(report.reading!)).toEqual([]);
  });

  it('reads the words under the page language the batch records, as the sender did', async () => {
    const [parrots] = detectionsInText(matcher, 'loro', 'es');
    expect(parrots).toMatchObject({ matched: ['loro'] });
    expect((await imported(await batchOf('Vendo loro joven', [parrots!], 'es'))).reading).toEqual([]);
    // An older batch, without the page's language: the word is the entry's term, its sense left to the page.
    const older = await imported(await batchOf('Vendo loro joven', [parrots!]));
    expect(older.reading).toEqual([expect.objectContaining({ kind: 'needs-context', entryId: parrots!.entryId })]);
  });

  it('is absent when the import has no dictionary to read with', async () => {
    const report = await imported(await batchOf('Young budgie', grey('Grey parrot')), false);
    expect(report.reading).toBeUndefined();
  });
});
