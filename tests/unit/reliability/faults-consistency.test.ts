import { beforeAll, describe, expect, it } from 'vitest';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { chainEntry } from '@/lib/integrity/chain';
import { createFlagService } from '@/lib/flags/service';
import { checkConsistency, type DatabaseDump } from '@/lib/storage/consistency';
import { downloads, exportEnv, flaggedDb, freshIndexedDb } from '../export/flow-support';
import { captureOf } from '../flags/support';
import { dumpDb } from './faults-support';

/** Three flags, one seen twice, one deleted, the other two exported in a batch. */
let healthy: DatabaseDump;
beforeAll(async () => {
  freshIndexedDb();
  const { db, flags } = await flaggedDb('anna', [
    { url: 'https://shop.example/ad/1' },
    { url: 'https://shop.example/ad/2' },
    { url: 'https://shop.example/ad/3' },
  ]);
  const service = createFlagService(db);
  await service.record(
    await captureOf('https://shop.example/ad/1', {
      evidence: [{ kind: 'screenshot', blob: new Blob(['second'], { type: 'image/png' }) }],
    }),
    'observe',
  );
  await service.remove(flags[2]!.id, 'anna', 'not an ad');
  await exportNewBatch(exportEnv(db, downloads().targets), await pendingFlagIds(db), 'json', {
    researcher: 'anna',
    survey: 'Ivory 2026',
  });
  healthy = await dumpDb(db);
  db.close();
});

const copy = (): DatabaseDump => structuredClone(healthy);
const flag = (dump: DatabaseDump, index: number) => dump.flags[index] as Record<string, any>;

describe('checkConsistency', () => {
  it('finds nothing wrong with a database Spoor wrote, deletion and export included', () => {
    expect(healthy.flags).toHaveLength(2);
    // Three screenshots, the second observation's, and the saved batch.json.
    expect(healthy.artifacts).toHaveLength(5);
    expect(checkConsistency(healthy)).toEqual([]);
  });

  it.each<[string, (dump: DatabaseDump) => void, RegExp]>([
    ['a half-written flag', (dump) => delete flag(dump, 0).observations, /^flag 1 does not parse/],
    [
      'a half-written audit entry',
      (dump) => ((dump.audit[0] as Record<string, unknown>).at = 'yesterday'),
      /^audit entry 1 does not parse/,
    ],
    [
      'evidence named but not stored',
      (dump) =>
        dump.artifacts.splice(
          dump.artifacts.findIndex((file) => file.key === flag(dump, 0).observations[0].artifacts[0].sha256),
          1,
        ),
      /observation 1 names evidence [0-9a-f]{64} that is not stored$/,
    ],
    [
      'evidence whose bytes changed',
      (dump) => (dump.artifacts[0]!.rehashed = '0'.repeat(64)),
      /re-hashes to 0{64}: its bytes changed$/,
    ],
    [
      'evidence of a different size',
      // The first flag's own screenshot: the artifacts are ordered by hash, and a deleted flag's or a
      // batch's file is not sized against an observation.
      (dump) => {
        const stored = dump.artifacts.find((file) => file.key === flag(dump, 0).observations[0].artifacts[0].sha256);
        stored!.bytes += 1;
      },
      /is stored with \d+ bytes, the record says \d+$/,
    ],
    [
      'evidence belonging to nothing',
      (dump) => dump.artifacts.push({ key: 'f'.repeat(64), bytes: 1, rehashed: 'f'.repeat(64) }),
      /^evidence f{64} belongs to no flag, deleted flag or saved batch$/,
    ],
    [
      'an audit entry moved to another flag',
      (dump) => ((dump.audit[0] as Record<string, unknown>).flagId = crypto.randomUUID()),
      /was changed after it was written$/,
    ],
    [
      'an audit entry of a flag never recorded (hashed as Spoor would)',
      (dump) =>
        dump.audit.push(
          chainEntry(
            { flagId: crypto.randomUUID(), at: '2026-04-01T00:00:00.000Z', by: 'x', action: 'create' },
            null,
            null,
          ),
        ),
      /belongs to the history of no flag and no deleted flag$/,
    ],
    [
      'a flag without an audit trail',
      (dump) => (dump.audit = dump.audit.filter((entry) => (entry as { flagId: string }).flagId !== flag(dump, 0).id)),
      /is missing$/,
    ],
    [
      'a flag record changed outside its history',
      (dump) => (flag(dump, 0).assessment.suspicion = 'low'),
      /was changed outside its history$/,
    ],
    [
      'a flag present and deleted at once',
      (dump) => ((dump.tombstones[0] as Record<string, unknown>).flagId = flag(dump, 0).id),
      /is both present and deleted$/,
    ],
    [
      'a saved batch whose batch.json is gone',
      (dump) => {
        const { sha256 } = (dump.batches[0] as { document: { sha256: string } }).document;
        dump.artifacts = dump.artifacts.filter((file) => file.key !== sha256);
      },
      /its saved batch\.json [0-9a-f]{64} is not stored$/,
    ],
    [
      'a batch saved before its file (not yet recorded as saved)',
      (dump) => delete (dump.batches[0] as Record<string, unknown>).savedAt,
      /records batch .*, which was never saved$/,
    ],
    [
      'a saved batch whose flag does not record it',
      (dump) => (flag(dump, 1).batchIds = []),
      /was saved with flag .*, which does not record it$/,
    ],
  ])('reports %s', (_label, damage, problem) => {
    const dump = copy();
    damage(dump);
    expect(checkConsistency(dump)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('accepts a flag imported from a batch.json without its evidence bundle, whose files are elsewhere', () => {
    const dump = copy();
    const imported = flag(dump, 0);
    dump.artifacts = dump.artifacts.filter(
      (file) =>
        !imported.observations.some((observation: { artifacts: { sha256: string }[] }) =>
          observation.artifacts.some((ref) => ref.sha256 === file.key),
        ),
    );
    expect(checkConsistency(dump)).toEqual(expect.arrayContaining([expect.stringMatching(/that is not stored$/)]));
    dump.batches.push({
      id: crypto.randomUUID(),
      createdAt: '2026-03-15T08:00:00.000Z',
      researcher: 'ben',
      survey: '',
      flagIds: [imported.id],
      imported: { fileName: 'b.json', importedAt: '2026-03-21T09:00:00.000Z', from: 'ben', evidence: false },
    });
    expect(checkConsistency(dump).filter((problem) => problem.endsWith('that is not stored'))).toEqual([]);
  });

  it("keeps a deleted flag's evidence and trail as consistent: the tombstone still names them", () => {
    const tombstone = healthy.tombstones[0] as { flagId: string };
    expect(healthy.flags.some((stored) => (stored as { id: string }).id === tombstone.flagId)).toBe(false);
    expect(checkConsistency(healthy)).toEqual([]);
  });
});
