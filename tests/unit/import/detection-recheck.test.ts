import { beforeEach, describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { detectionsInText } from '@/lib/flags/captured-detections';
import { importFiles, type FileReport } from '@/lib/import/import-flow';
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

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const reread = async (text: string) => detectionsInText(matcher, text);
const at = () => new Date('2026-04-02T08:00:00.000Z');
let counter = 0;

beforeEach(freshIndexedDb);

/** A batch from anna.k's profile with one ad titled `title`, whose Spoor recorded `detected`. */
async function batchOf(title: string, detected: Detection[]): Promise<File> {
  const { db } = await flaggedDb(`anna-${(counter += 1)}`, [
    { url: `https://shop.example/ad/${counter}`, ad: { title, imageUrls: [], sources: {} }, detected },
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
    const report = await imported(await batchOf(title, [{ ...claim!, matched: ['budgie'] }]));
    expect(report.reading).toEqual([
      expect.objectContaining({
        kind: 'unconfirmed',
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

  it('is absent when the import has no dictionary to read with', async () => {
    const report = await imported(await batchOf('Young budgie', grey('Grey parrot')), false);
    expect(report.reading).toBeUndefined();
  });
});
