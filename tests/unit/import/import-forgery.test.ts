import { beforeEach, describe, expect, it } from 'vitest';
import type { BatchDocument } from '@/lib/batch-format/schema';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { importFiles } from '@/lib/import/import-flow';
import { advance, chainEntry } from '@/lib/integrity/chain';
import { readHistory } from '@/lib/flags/history-store';
import { FlagSchema, type AuditEntry, type Flag } from '@/lib/records/flag';
import { createFlagService } from '@/lib/flags/service';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { resign } from '../export/builder';
import { acceptingKeysOf, downloads, exportEnv, flaggedDb, freshIndexedDb, storeCounts } from '../export/flow-support';
import { dumpDb } from '../reliability/faults-support';

/*
 * Forged history through an import (issue 10, point 1), written as an
 * adversary would: a file whose sender may compute any hash and sign with
 * their own key (accepted by the coordinator). What must never happen: an
 * entry landing in a history it does not belong to, a history that does not
 * chain, a flag record that its history does not describe, or a forged
 * "import" entry that makes a real batch look imported already.
 */

const YOURS = 'https://shop.example/ad/tusk';
const at = () => new Date('2026-04-02T08:00:00.000Z');

beforeEach(freshIndexedDb);

/** A researcher's profile exports its flags as batch.json; returns the file and its document. */
async function exportJson(db: SpoorDb, researcher: string): Promise<{ file: File; doc: BatchDocument }> {
  const saved = downloads();
  await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), 'json', {
    researcher,
    survey: 'Ivory 2026',
  });
  const file = saved.files[0]!;
  return { file, doc: JSON.parse(await file.text()) as BatchDocument };
}

/** Anna's flag of a replica tusk, with her own judgement, imported by the coordinator. */
async function coordinatorWithAnnasFlag() {
  const anna = await flaggedDb('anna', [{ url: YOURS, researcher: { researcherId: 'anna.k', survey: 'Ivory 2026' } }]);
  await createFlagService(anna.db, () => new Date('2026-03-15T00:00:00.000Z')).edit(
    anna.flags[0]!.id,
    { ad: { title: 'resin tusk (replica)' }, assessment: { suspicion: 'high' } },
    'anna.k',
  );
  const annas = await exportJson(anna.db, 'anna.k');
  const db = await openSpoorDb('coordinator');
  const [report] = await importFiles({ db, by: 'coord', clock: at }, [annas.file], await acceptingKeysOf([annas.file]));
  expect(report!.status).toBe('imported');
  const mallory = await flaggedDb('mallory', [
    { url: 'https://shop.example/ad/harmless', researcher: { researcherId: 'mallory', survey: 's' } },
  ]);
  return { db, anna, annas, mallorys: await exportJson(mallory.db, 'mallory') };
}

/** Mallory's file: her document, changed, signed with her key. */
async function forged(doc: BatchDocument): Promise<File> {
  return new File([JSON.stringify(await resign(doc, doc.batch.researcher))], 'forged.json');
}

async function importForged(db: SpoorDb, file: File) {
  const before = await dumpDb(db);
  const [report] = await importFiles({ db, by: 'coord', clock: at }, [file], await acceptingKeysOf([file]));
  return { report: report!, before, after: await dumpDb(db) };
}

const problemsOf = (report: Awaited<ReturnType<typeof importForged>>['report']) =>
  report.status === 'invalid' ? report.problems : [];

describe('a forged history in an imported batch', () => {
  it('is refused when it names a flag the file does not hold (an edit "by anna.k" of her flag), naming the entry', async () => {
    const { db, annas, mallorys } = await coordinatorWithAnnasFlag();
    const target = annas.doc.flags[0]!;
    const edit = chainEntry(
      {
        flagId: target.id,
        at: '2026-03-19T10:00:00.000Z',
        by: 'anna.k',
        action: 'edit',
        changes: [
          { path: 'ad.title', from: 'resin tusk (replica)', to: 'ivory tusk' },
          { path: 'assessment.suspicion', from: 'high', to: 'low' },
        ],
      },
      target.auditHead,
      { ...target, ad: { ...target.ad, title: 'ivory tusk' } },
    );
    const { report, before, after } = await importForged(
      db,
      await forged({ ...mallorys.doc, audit: [...mallorys.doc.audit, edit] }),
    );

    expect(report.status).toBe('invalid');
    expect(problemsOf(report)).toContainEqual({
      file: 'forged.json',
      path: `audit[${mallorys.doc.audit.length}] (flag ${target.id})`,
      message: expect.stringContaining('is not part of the history of any flag in this file'),
    });
    expect(after).toEqual(before);
    const { history, flag } = await readHistory(db, target.id);
    expect(history.problems).toEqual([]);
    expect(flag!.ad.title).toBe('resin tusk (replica)');
    expect(history.entries.some((entry) => entry.hash === edit.hash)).toBe(false);
  });

  it('cannot change the flag when it brings the flag with a forged continuation: fields kept, conflicts listed, the sender named', async () => {
    const { db, annas, mallorys } = await coordinatorWithAnnasFlag();
    const target = FlagSchema.parse(annas.doc.flags[0]);
    const changed: Flag = {
      ...target,
      ad: { ...target.ad, title: 'ivory tusk' },
      assessment: { ...target.assessment, suspicion: 'low' },
    };
    const { flag: rewritten, entry } = advance(
      changed,
      { flagId: target.id, at: '2026-03-19T10:00:00.000Z', by: 'anna.k', action: 'edit' },
      target.auditHead,
    );
    const doc = {
      ...mallorys.doc,
      flags: [...mallorys.doc.flags, rewritten],
      audit: [...mallorys.doc.audit, ...annas.doc.audit, entry],
    };
    doc.batch = { ...doc.batch, counts: { ...doc.batch.counts, flags: 2, observations: 2, artifacts: 2 } };
    const { report } = await importForged(db, await forged(doc));

    expect(report).toMatchObject({ status: 'imported' });
    const kept = FlagSchema.parse(await db.get('flags', target.id));
    expect([kept.ad.title, kept.assessment.suspicion]).toEqual(['resin tusk (replica)', 'high']);
    expect(report.status === 'imported' && report.conflicts.map((conflict) => conflict.field).sort()).toEqual([
      'ad.title',
      'assessment.suspicion',
    ]);
    const { history } = await readHistory(db, target.id);
    expect(history.problems).toEqual([]);
    const merge = history.line.at(-1)!.entry;
    expect(merge).toMatchObject({ action: 'merge', by: 'coord' });
    expect(merge.note).toContain('from mallory, signed by mallory');
  });

  it('is refused when an "import" entry names a batch its flag never recorded', async () => {
    const { db, mallorys } = await coordinatorWithAnnasFlag();
    const flag = mallorys.doc.flags[0]!;
    const fake = chainEntry(
      { flagId: flag.id, at: '2026-03-19T10:00:00.000Z', by: 'coord', action: 'import', batchId: crypto.randomUUID() },
      flag.auditHead,
      flag,
    );
    const doc = { ...mallorys.doc, flags: [{ ...flag, auditHead: fake.hash }], audit: [...mallorys.doc.audit, fake] };
    const { report, before, after } = await importForged(db, await forged(doc));
    expect(problemsOf(report)).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('which flag') }),
    );
    expect(after).toEqual(before);
  });

  it('cannot make a real batch look imported already with a fake "import" entry naming it', async () => {
    const { db, mallorys } = await coordinatorWithAnnasFlag();
    // Anna's next batch, whose id Mallory has seen before it reaches the coordinator.
    const next = await flaggedDb('anna', [
      { url: 'https://shop.example/ad/3', researcher: { researcherId: 'anna.k', survey: 'Ivory 2026' } },
    ]);
    const annasNext = await exportJson(next.db, 'anna.k');
    const flag = mallorys.doc.flags[0]!;
    const withBatch = { ...flag, batchIds: [annasNext.doc.batch.id] };
    const { flag: faked, entry } = advance(
      withBatch,
      {
        flagId: flag.id,
        at: '2026-03-19T10:00:00.000Z',
        by: 'coord',
        action: 'import',
        batchId: annasNext.doc.batch.id,
        changes: [{ path: 'batchIds', from: [], to: [annasNext.doc.batch.id] }],
      },
      flag.auditHead,
    );
    const doc = { ...mallorys.doc, flags: [faked], audit: [...mallorys.doc.audit, entry] };
    const fake = await importForged(db, await forged(doc));
    expect(fake.report.status).toBe('imported');

    const [real] = await importFiles(
      { db, by: 'coord', clock: at },
      [annasNext.file],
      await acceptingKeysOf([annasNext.file]),
    );
    expect(real).toMatchObject({ status: 'imported', summary: { added: 1 } });
  });

  it.each([
    [
      'an entry changed after it was written',
      (doc: BatchDocument) => ({ ...doc, audit: doc.audit.map((entry) => ({ ...entry, by: 'someone.else' })) }),
      'was changed after it was written',
    ],
    ['an entry removed from the chain', (doc: BatchDocument) => ({ ...doc, audit: doc.audit.slice(1) }), 'is missing'],
    [
      'the flag record changed without an entry',
      (doc: BatchDocument) => ({
        ...doc,
        flags: doc.flags.map((flag) => ({ ...flag, assessment: { ...flag.assessment, suspicion: 'low' as const } })),
      }),
      'changed outside its history',
    ],
    [
      'an entry that names this very batch',
      (doc: BatchDocument) => {
        const flag = doc.flags[0]!;
        const batchIds = [...flag.batchIds, doc.batch.id];
        const { flag: next, entry } = advance(
          { ...flag, batchIds },
          { flagId: flag.id, at: doc.batch.createdAt, by: 'mallory', action: 'export', batchId: doc.batch.id },
          flag.auditHead,
        );
        return { ...doc, flags: [next], audit: [...doc.audit, entry] };
      },
      'names this very batch',
    ],
    [
      'an entry given twice',
      (doc: BatchDocument) => ({ ...doc, audit: [...doc.audit, doc.audit[0]!] }),
      'appears twice',
    ],
    [
      'a head entry of another flag',
      (doc: BatchDocument) => ({
        ...doc,
        flags: doc.flags.map((flag) => ({ ...flag, id: crypto.randomUUID() })),
      }),
      'belongs to flag',
    ],
  ])('is refused: %s', async (_case, tamper, message) => {
    const { db, mallorys } = await coordinatorWithAnnasFlag();
    const { report, before, after } = await importForged(db, await forged(tamper(mallorys.doc)));
    expect(report.status).toBe('invalid');
    expect(
      problemsOf(report)
        .map((problem) => problem.message)
        .join('\n'),
    ).toContain(message);
    expect(after).toEqual(before);
  });
});

describe('the coordinator’s own counts stay honest', () => {
  it('a refused forgery changes no store', async () => {
    const { db, mallorys } = await coordinatorWithAnnasFlag();
    const before = await storeCounts(db);
    await importForged(db, await forged({ ...mallorys.doc, audit: [] as AuditEntry[] }));
    expect(await storeCounts(db)).toEqual(before);
  });
});
