import { beforeEach, describe, expect, it } from 'vitest';
import { importBatchFile } from '@/lib/import/validate';
import { exportAgain, exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { BatchRecordSchema } from '@/lib/records/batch';
import { FlagSchema } from '@/lib/records/flag';
import { createFlagService } from '@/lib/flags/service';
import { cancellingPicker, downloads, exportEnv, flaggedDb, freshIndexedDb, storeCounts } from './flow-support';

const ANNA = { researcher: 'anna.k', survey: 'Ivory 2026' };
const AD_1 = 'https://shop.example/ad/1';
const AD_2 = 'https://shop.example/ad/2';

beforeEach(freshIndexedDb);

describe('exporting a new batch', () => {
  it('records the flags as exported only once the file was saved, keeping their review status', async () => {
    const { db, flags } = await flaggedDb('anna', [{ url: AD_1 }, { url: AD_2 }]);
    await createFlagService(db).edit(flags[1]!.id, { status: 'reviewed' }, 'anna.k');
    const pendingWhenSaving: string[][] = [];
    const saved = downloads(async () => {
      pendingWhenSaving.push(await pendingFlagIds(db));
      expect(await db.count('batches')).toBe(0);
    });

    const outcome = await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), 'zip', ANNA);

    expect(pendingWhenSaving.map((ids) => ids.length)).toEqual([2]);
    expect(outcome).toMatchObject({ status: 'saved', how: 'downloaded', flags: 2 });
    if (outcome.status !== 'saved') return;
    const batchId = outcome.record.id;
    expect(outcome.fileName).toBe(`spoor-anna.k-2026-03-20-${batchId.slice(0, 8)}.zip`);
    // Review status survives the export: "exported" is the batch, a separate fact.
    for (const [flag, status] of [
      [flags[0]!, 'new'],
      [flags[1]!, 'reviewed'],
    ] as const) {
      expect(FlagSchema.parse(await db.get('flags', flag.id))).toMatchObject({ status, batchIds: [batchId] });
      const trail = await db.getAllFromIndex('audit', 'flagId', flag.id);
      expect(trail.at(-1)).toMatchObject({
        action: 'export',
        by: 'anna.k',
        batchId,
        changes: [{ path: 'batchIds', from: [], to: [batchId] }],
      });
    }
    const record = BatchRecordSchema.parse(await db.get('batches', batchId));
    expect(record).toMatchObject({
      ...ANNA,
      formats: ['zip'],
      savedAt: '2026-03-20T12:00:00.000Z',
      createdAt: '2026-03-20T12:00:00.000Z',
    });
    expect(record.flagIds.toSorted()).toEqual(flags.map((flag) => flag.id).sort());
    expect(await pendingFlagIds(db)).toEqual([]);
  });

  it('changes nothing when the researcher cancels the file picker', async () => {
    const { db, flags } = await flaggedDb('anna', [{ url: AD_1 }]);
    const before = { counts: await storeCounts(db), flag: await db.get('flags', flags[0]!.id) };
    const targets = {
      showSaveFilePicker: cancellingPicker,
      download: async () => expect.unreachable('the picker exists'),
    };

    expect(await exportNewBatch(exportEnv(db, targets), [flags[0]!.id], 'zip', ANNA)).toEqual({ status: 'cancelled' });

    expect({ counts: await storeCounts(db), flag: await db.get('flags', flags[0]!.id) }).toEqual(before);
  });

  it('stops, naming the file and marking nothing, when an evidence file is missing', async () => {
    const { db, flags } = await flaggedDb('anna', [{ url: AD_1 }]);
    const [screenshot] = flags[0]!.observations[0]!.artifacts;
    await db.delete('artifacts', screenshot!.sha256);
    const before = await storeCounts(db);

    await expect(exportNewBatch(exportEnv(db, downloads().targets), [flags[0]!.id], 'zip', ANNA)).rejects.toThrow(
      `evidence/${screenshot!.sha256}.png: the evidence file could not be read (it is missing from the database)`,
    );
    expect(await storeCounts(db)).toEqual(before);
    expect(FlagSchema.parse(await db.get('flags', flags[0]!.id)).batchIds).toEqual([]);
  });

  it('writes a bundle the importer accepts whole, evidence included', async () => {
    const { db } = await flaggedDb('anna', [{ url: AD_1 }, { url: AD_2 }]);
    const saved = downloads();
    await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), 'zip', ANNA);

    const result = await importBatchFile(saved.files[0]!, saved.files[0]!.name, { knownBatches: new Map() });
    expect(result.status).toBe('ready');
    if (result.status === 'ready') expect(result.batch.artifacts.size).toBe(2);
  });

  it.each([
    ['csv', 'text/csv', /^\uFEFF"flag_id","batch_id",/],
    ['json', 'application/json', /^\{\n {2}"format": "spoor-batch"/],
  ] as const)('saves %s as its own file type', async (format, type, start) => {
    const { db } = await flaggedDb('anna', [{ url: AD_1 }]);
    const saved = downloads();
    const outcome = await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), format, ANNA);

    const [file] = saved.files;
    expect(file!.name).toMatch(new RegExp(`^spoor-anna\\.k-2026-03-20-[0-9a-f]{8}\\.${format}$`));
    expect(file!.type).toBe(type);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file!.arrayBuffer())).toMatch(start);
    expect(outcome).toMatchObject({ status: 'saved', record: { formats: [format] } });
  });
});

describe('exporting a past batch again', () => {
  it('keeps the batch id and header, adds the format, and leaves flags in the batch once', async () => {
    const { db, flags } = await flaggedDb('anna', [{ url: AD_1 }]);
    const first = await exportNewBatch(exportEnv(db, downloads().targets), [flags[0]!.id], 'json', ANNA);
    if (first.status !== 'saved') throw new Error('the first export was not saved');
    const again = downloads();

    const outcome = await exportAgain(exportEnv(db, again.targets), first.record.id, 'zip', 'anna.k');

    expect(outcome).toMatchObject({
      status: 'saved',
      fileName: first.fileName.replace('.json', '.zip'),
      record: { id: first.record.id, formats: ['json', 'zip'], savedAt: first.record.savedAt },
    });
    expect(FlagSchema.parse(await db.get('flags', flags[0]!.id)).batchIds).toEqual([first.record.id]);
    const result = await importBatchFile(again.files[0]!, again.files[0]!.name, { knownBatches: new Map() });
    expect(result.status === 'ready' && result.batch.document.batch).toMatchObject({
      id: first.record.id,
      createdAt: first.record.createdAt,
    });
    expect((await db.getAllFromIndex('audit', 'flagId', flags[0]!.id)).map((entry) => entry.action)).toEqual([
      'create',
      'export',
      'export',
    ]);
  });
});
