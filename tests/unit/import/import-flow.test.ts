import { beforeEach, describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { importFiles, type FileReport } from '@/lib/import/import-flow';
import { BatchRecordSchema, type ExportFormat } from '@/lib/records/batch';
import { sha256Hex } from '@/lib/integrity/hash';
import { FlagSchema } from '@/lib/records/flag';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { resign } from '../export/builder';
import { acceptingKeysOf, downloads, exportEnv, flaggedDb, freshIndexedDb, storeCounts } from '../export/flow-support';

const AD = 'https://shop.example/ad/1';
const OTHER_AD = 'https://shop.example/ad/2';
const at = () => new Date('2026-04-02T08:00:00.000Z');

beforeEach(freshIndexedDb);

/** What a researcher sends: their flags exported from their own database. */
async function exportedBy(
  researcher: string,
  ads: Parameters<typeof flaggedDb>[1],
  format: ExportFormat = 'zip',
): Promise<File> {
  const { db } = await flaggedDb(
    researcher,
    ads.map((ad) => ({ researcher: { researcherId: researcher, survey: 'Ivory 2026' }, ...ad })),
  );
  const saved = downloads();
  await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), format, {
    researcher,
    survey: 'Ivory 2026',
  });
  db.close();
  return saved.files[0]!;
}

const coordinator = async (): Promise<SpoorDb> => openSpoorDb('coordinator');

/**
 * Another batch under `file`'s batch id: its batch.json with the survey renamed (a forger who keeps the id), whole
 * for a batch.json, repacked beside the rest for a bundle.
 */
async function forgedUnderSameId(file: File, format: 'zip' | 'json'): Promise<Uint8Array<ArrayBuffer>> {
  const rename = (json: string) => json.replace(/("survey":\s*")Ivory 2026"/, '$1Ivory 2027"');
  if (format === 'json') {
    const text = await file.text();
    expect(rename(text)).not.toBe(text);
    return new TextEncoder().encode(rename(text));
  }
  const entries = unzipSync(new Uint8Array(await file.arrayBuffer()));
  const json = new TextDecoder().decode(entries['batch.json']!);
  expect(rename(json)).not.toBe(json);
  entries['batch.json'] = new TextEncoder().encode(rename(json));
  return zipSync(entries) as Uint8Array<ArrayBuffer>;
}

describe('importing batch files', () => {
  it('merges an exported bundle with its evidence, audit trail and batch record', async () => {
    const file = await exportedBy('anna.k', [{ url: AD }, { url: OTHER_AD }]);
    const db = await coordinator();

    const [report] = await importFiles({ db, by: 'coord', clock: at }, [file], await acceptingKeysOf([file]));

    expect(report).toMatchObject({
      fileName: file.name,
      status: 'imported',
      summary: { added: 2, merged: 0 },
      conflicts: [],
      evidence: true,
    });
    const flags = (await db.getAll('flags')).map((flag) => FlagSchema.parse(flag));
    expect(flags.map((flag) => flag.canonicalUrl).sort()).toEqual([AD, OTHER_AD]);
    for (const flag of flags) {
      const ref = flag.observations[0]!.artifacts[0]!;
      expect(await sha256Hex((await db.get('artifacts', ref.sha256))!.blob)).toBe(ref.sha256);
      expect((await db.getAllFromIndex('audit', 'flagId', flag.id)).map((entry) => entry.action)).toEqual([
        'create',
        'import',
      ]);
    }
    const batchId = report!.status === 'imported' ? report!.batch.id : '';
    expect(BatchRecordSchema.parse(await db.get('batches', batchId))).toMatchObject({
      researcher: 'anna.k',
      formats: [],
      imported: { fileName: file.name, importedAt: '2026-04-02T08:00:00.000Z', from: 'anna.k', evidence: true },
    });
  });

  it('recognises a batch imported before and writes nothing', async () => {
    const file = await exportedBy('anna.k', [{ url: AD }]);
    const db = await coordinator();
    await importFiles({ db, by: 'coord', clock: at }, [file], await acceptingKeysOf([file]));
    const before = await storeCounts(db);

    const [report] = await importFiles({ db, by: 'coord' }, [file], await acceptingKeysOf([file]));

    expect(report).toMatchObject({ status: 'duplicate', known: { at: '2026-04-02T08:00:00.000Z', how: 'imported' } });
    expect(await storeCounts(db)).toEqual(before);
  });

  it.each(['zip', 'json'] as const)(
    'refuses a %s file that reuses an imported batch id with another batch.json, naming it, and writes nothing',
    async (format) => {
      const file = await exportedBy('anna.k', [{ url: AD }], format);
      const db = await coordinator();
      await importFiles({ db, by: 'coord', clock: at }, [file], await acceptingKeysOf([file]));
      const before = await storeCounts(db);
      // A second "anna" batch under the first one's id: the seller's or a forger's, not the file Spoor wrote.
      const forged = new File([await forgedUnderSameId(file, format)], `forged.${format}`);

      const [report] = await importFiles({ db, by: 'coord' }, [forged], { acceptKeys: new Set() });

      expect(report).toMatchObject({ fileName: `forged.${format}`, status: 'invalid' });
      expect(report!.status === 'invalid' && report!.problems).toEqual([
        expect.objectContaining({ path: 'batch.id', message: expect.stringMatching(/with another batch\.json/) }),
      ]);
      expect(await storeCounts(db)).toEqual(before);
    },
  );

  it('knows a batch exported from this database by the bytes it saved, and calls that file a duplicate', async () => {
    const { db } = await flaggedDb('anna.k', [
      { url: AD, researcher: { researcherId: 'anna.k', survey: 'Ivory 2026' } },
    ]);
    const saved = downloads();
    await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), 'zip', {
      researcher: 'anna.k',
      survey: 'Ivory 2026',
    });
    const file = saved.files[0]!;

    const [report] = await importFiles({ db, by: 'anna.k' }, [file], await acceptingKeysOf([file]));

    expect(report).toMatchObject({ status: 'duplicate', known: { how: 'exported' } });
  });

  it('recognises the same batch chosen twice in one import', async () => {
    const file = await exportedBy('anna.k', [{ url: AD }]);
    const db = await coordinator();

    const reports = await importFiles(
      { db, by: 'coord' },
      [file, new File([file], 'copy.zip')],
      await acceptingKeysOf([file]),
    );

    expect(reports.map((report) => report.status)).toEqual(['imported', 'duplicate']);
    expect(reports[1]).toMatchObject({ fileName: 'copy.zip', known: 'same-import' });
  });

  it('refuses two validly signed, different files under one batch id in one import: both named, both hashes, nothing written', async () => {
    const file = await exportedBy('anna.k', [{ url: AD }], 'json');
    const doc = JSON.parse(await file.text()) as { batch: { id: string; survey: string } };
    // The sender's own key signs both: each file alone is valid, together they say two things of one batch.
    const other = new File(
      [JSON.stringify(await resign({ ...doc, batch: { ...doc.batch, survey: 'Ivory 2027' } }))],
      'other.json',
    );
    const db = await coordinator();
    const before = await storeCounts(db);

    const reports = await importFiles(
      { db, by: 'coord', clock: at },
      [file, other],
      await acceptingKeysOf([file, other]),
    );

    const hashes = [await sha256Hex(file), await sha256Hex(other)];
    expect(reports.map((report) => report.status)).toEqual(['invalid', 'invalid']);
    for (const [index, report] of reports.entries()) {
      const [mine, theirs] = index === 0 ? hashes : [...hashes].reverse();
      const otherName = index === 0 ? other.name : file.name;
      expect(report.status === 'invalid' && report.problems).toEqual([
        {
          file: report.fileName,
          path: 'batch.id',
          message: expect.stringContaining(
            `batch ${doc.batch.id} is also in ${otherName} of this import with another batch.json (SHA-256 ${mine} here, ${theirs} there)`,
          ),
        },
      ]);
    }
    expect(await storeCounts(db)).toEqual(before);
  });

  it('refuses a copy of either file of such a pair too, chosen before or after it, instead of calling it imported once', async () => {
    const file = await exportedBy('anna.k', [{ url: AD }], 'json');
    const doc = JSON.parse(await file.text()) as { batch: { id: string; survey: string } };
    const other = new File(
      [JSON.stringify(await resign({ ...doc, batch: { ...doc.batch, survey: 'Ivory 2027' } }))],
      'other.json',
    );
    const files = [file, new File([file], 'copy.json'), other, new File([file], 'late-copy.json')];
    const db = await coordinator();
    const before = await storeCounts(db);

    const reports = await importFiles({ db, by: 'coord', clock: at }, files, await acceptingKeysOf([file, other]));

    expect(reports.map((report) => report.status)).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
    const named = (report: FileReport) => report.status === 'invalid' && report.problems[0]!.message;
    expect(named(reports[0]!)).toContain(`batch ${doc.batch.id} is also in other.json of this import`);
    for (const copy of [reports[1]!, reports[3]!])
      expect(named(copy)).toContain(
        `the same batch.json as ${file.name} (SHA-256 ${await sha256Hex(file)}), which other.json`,
      );
    expect(await storeCounts(db)).toEqual(before);
  });

  // forge26: main called the third file "the same batch chosen twice", as if the first had been imported.
  it('refuses a third file holding the first of a conflicting pair, saying which files conflict', async () => {
    const file = await exportedBy('anna.k', [{ url: AD }], 'json');
    const doc = JSON.parse(await file.text()) as { batch: { id: string; survey: string } };
    const other = new File(
      [JSON.stringify(await resign({ ...doc, batch: { ...doc.batch, survey: 'Ivory 2027' } }))],
      'other.json',
    );
    const copy = new File([file], 'copy.json');
    const db = await coordinator();
    const before = await storeCounts(db);

    const reports = await importFiles(
      { db, by: 'coord', clock: at },
      [file, other, copy],
      await acceptingKeysOf([file, other, copy]),
    );

    expect(reports.map((report) => report.status)).toEqual(['invalid', 'invalid', 'invalid']);
    expect(reports[2]!.status === 'invalid' && reports[2]!.problems).toEqual([
      {
        file: 'copy.json',
        path: 'batch.id',
        message: expect.stringContaining(
          `the same batch.json as ${file.name} (SHA-256 ${await sha256Hex(file)}), which other.json of this import contradicts`,
        ),
      },
    ]);
    expect(await storeCounts(db)).toEqual(before);
  });

  it('rejects a bundle whose screenshot was altered, naming the file, and writes nothing', async () => {
    const file = await exportedBy('anna.k', [{ url: AD }]);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const text = new TextDecoder('latin1').decode(bytes);
    bytes[text.indexOf(`png of ${AD}`)] = 'P'.charCodeAt(0);
    const tampered = new File([bytes], 'tampered.zip');
    const db = await coordinator();
    const before = await storeCounts(db);

    const [report] = await importFiles({ db, by: 'coord' }, [tampered], await acceptingKeysOf([tampered]));

    expect(report).toMatchObject({ fileName: 'tampered.zip', status: 'invalid' });
    expect(report!.status === 'invalid' && report!.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: expect.stringMatching(/^evidence\/[0-9a-f]{64}\.png$/),
          message: expect.stringContaining('the manifest says'),
        }),
      ]),
    );
    expect(await storeCounts(db)).toEqual(before);
  });

  it('still imports the good files of a selection with a bad one, reporting each', async () => {
    const good = await exportedBy('anna.k', [{ url: AD }], 'json');
    const bad = new File(['{"format":"spoor-batch","formatVersion":1,"batch":{},"flags":[]}'], 'bad.json');
    const db = await coordinator();

    const reports = await importFiles({ db, by: 'coord' }, [bad, good], await acceptingKeysOf([bad, good]));

    expect(reports.map(({ fileName, status }) => [fileName, status])).toEqual([
      ['bad.json', 'invalid'],
      [good.name, 'imported'],
    ]);
    expect(reports[0]!.status === 'invalid' && reports[0]!.problems[0]).toMatchObject({
      file: 'bad.json',
      path: 'formatVersion',
      message: expect.stringContaining('older Spoor'),
    });
    expect(await db.count('flags')).toBe(1);
  });

  it('imports observations the signer says others captured, and reports who and whose key vouches for them', async () => {
    // A coordinator's merged flags sent on, or a forger naming a colleague: the file cannot tell, only its signer's
    // key vouches for any of it.
    const { db: relayed } = await flaggedDb('ben.m', [
      { url: AD, researcher: { researcherId: 'anna.k', survey: 'Ivory 2026' } },
      { url: OTHER_AD, researcher: { researcherId: 'ben.m', survey: 'Ivory 2026' } },
    ]);
    const saved = downloads();
    await exportNewBatch(exportEnv(relayed, saved.targets), await pendingFlagIds(relayed), 'zip', {
      researcher: 'ben.m',
      survey: 'Ivory 2026',
    });
    relayed.close();
    const file = saved.files[0]!;

    const reports = await importFiles(
      { db: await coordinator(), by: 'coord', clock: at },
      [file],
      await acceptingKeysOf([file]),
    );

    expect(reports[0]).toMatchObject({
      status: 'imported',
      signedBy: { researcher: 'ben.m' },
      capturedByOthers: { observations: 1, researchers: ['anna.k'] },
    });
  });

  it('reports no others’ captures for a batch of the signer’s own', async () => {
    const file = await exportedBy('anna.k', [{ url: AD }]);
    const reports = await importFiles(
      { db: await coordinator(), by: 'coord', clock: at },
      [file],
      await acceptingKeysOf([file]),
    );
    expect(reports[0]).toMatchObject({ status: 'imported' });
    expect(reports[0]).not.toHaveProperty('capturedByOthers');
  });

  it('merges two researchers’ flags of the same ad into one flag with both observations, listing the conflict', async () => {
    const anna = await exportedBy('anna.k', [{ url: AD }]);
    const ben = await exportedBy('ben.m', [
      {
        url: AD,
        prefill: { intent: 'wanted', paperwork: 'pre-1947', tradeTerms: ['CAR'] },
        capturedAt: new Date('2026-03-14T10:00:00.000Z'),
      },
    ]);
    const db = await coordinator();

    const reports = await importFiles({ db, by: 'coord', clock: at }, [anna, ben], await acceptingKeysOf([anna, ben]));

    expect(reports.map((report) => report.status)).toEqual(['imported', 'imported']);
    const [flag, ...others] = (await db.getAll('flags')).map((stored) => FlagSchema.parse(stored));
    expect(others).toEqual([]);
    expect(flag!.observations.map((observation) => observation.capturedBy.researcherId)).toEqual(['anna.k', 'ben.m']);
    expect(flag!.batchIds).toHaveLength(2);
    expect(reports[1]).toMatchObject({
      summary: { added: 0, merged: 1, observationsAdded: 1 },
      conflicts: [
        {
          flagId: flag!.id,
          field: 'assessment.intent',
          kept: { researcher: 'anna.k', value: 'selling' },
          other: { researcher: 'ben.m', value: 'wanted' },
        },
      ],
    });
  });
});
