import { beforeEach, describe, expect, it } from 'vitest';
import type { BatchDocument } from '@/lib/batch-format/schema';
import { importFiles, type FileReport } from '@/lib/import/import-flow';
import { FlagSchema, type Observation } from '@/lib/records/flag';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { batchMeta, evidence, flag, observation, signedBatch, uuid } from '../export/builder';
import { acceptingKeysOf, freshIndexedDb } from '../export/flow-support';

/*
 * A replayed observation: one capture re-sent under a new observation id (so a fresh record hash), in a new flag id,
 * to count one sighting twice. It is found by the capture's own content (the ad's URL, the capture time, the
 * screenshot's hash and the captured text) and shown as a duplicate; a real second sighting still counts.
 */

const at = () => new Date('2026-04-02T08:00:00.000Z');
const URL_ = 'https://www.ebay.de/itm/1';
const CAPTURED = '2026-03-10T09:30:00.000Z';

beforeEach(freshIndexedDb);

const fileOf = (doc: BatchDocument, name: string) => new File([JSON.stringify(doc)], name);

async function importInto(db: SpoorDb, doc: BatchDocument, name: string): Promise<FileReport> {
  const file = fileOf(doc, name);
  const [report] = await importFiles({ db, by: 'coord', clock: at }, [file], await acceptingKeysOf([file]));
  return report!;
}

async function capture(n: number, capturedAt = CAPTURED): Promise<Observation> {
  const shot = await evidence('screenshot', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]));
  return observation({ n, url: URL_, capturedAt, artifacts: [shot.ref] });
}

const observationsHere = async (db: SpoorDb) =>
  (await db.getAll('flags')).flatMap((stored) => FlagSchema.parse(stored).observations.map((item) => item.id));

describe('a replayed observation', () => {
  it('is shown as a duplicate of the capture already here, and not counted, when re-sent under new ids', async () => {
    const db = await openSpoorDb('coordinator');
    const original = await capture(1);
    await importInto(db, await signedBatch([flag({ n: 1, url: URL_, observations: [original] })], batchMeta(1)), 'a');
    const replayed = await capture(2);
    expect(replayed.recordSha256).not.toBe(original.recordSha256);

    const doc = await signedBatch([flag({ n: 7, url: URL_, observations: [replayed] })], batchMeta(2));
    const report = await importInto(db, doc, 'replayed.json');

    expect(report).toMatchObject({
      status: 'imported',
      summary: { merged: 1, observationsAdded: 0, replayed: 1 },
      replays: [{ flagId: uuid('flag', 1), observationId: replayed.id, sameAs: original.id, researcher: 'anna.k' }],
    });
    expect(await observationsHere(db)).toEqual([original.id]);
  });

  it('is shown and not counted when one batch holds the capture twice in a new flag', async () => {
    const db = await openSpoorDb('coordinator');
    const [first, again] = [await capture(1), await capture(2)];
    const doc = await signedBatch([flag({ n: 1, url: URL_, observations: [first, again] })], batchMeta(1));

    const report = await importInto(db, doc, 'twice.json');

    expect(report).toMatchObject({
      status: 'imported',
      summary: { added: 1, replayed: 1 },
      replays: [{ observationId: again.id, sameAs: first.id }],
    });
    expect(await observationsHere(db)).toEqual([first.id]);
  });

  it('counts a second sighting of the same ad at another time', async () => {
    const db = await openSpoorDb('coordinator');
    await importInto(
      db,
      await signedBatch([flag({ n: 1, url: URL_, observations: [await capture(1)] })], batchMeta(1)),
      'a',
    );
    const later = await capture(2, '2026-03-11T09:30:00.000Z');

    const report = await importInto(
      db,
      await signedBatch([flag({ n: 7, url: URL_, observations: [later] })], batchMeta(2)),
      'b',
    );

    expect(report).toMatchObject({ status: 'imported', summary: { observationsAdded: 1, replayed: 0 }, replays: [] });
    expect(await observationsHere(db)).toHaveLength(2);
  });
});
