import { beforeEach, describe, expect, it } from 'vitest';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { createFlagService } from '@/lib/flags/service';
import { importFiles } from '@/lib/import/import-flow';
import { onCommitted } from '@/lib/storage/committed';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { acceptingKeysOf, downloads, exportEnv, freshIndexedDb } from '../export/flow-support';
import { captureOf, steppingClock } from '../flags/support';

const AD = 'https://shop.example/ad/1';
const researcher = { researcherId: 'anna.k', survey: 'Ivory 2026' };

beforeEach(freshIndexedDb);

/** A connection that counts the committed writes of its flags. */
async function counting(name = 'spoor'): Promise<{ db: SpoorDb; commits: () => number }> {
  let commits = 0;
  const db = onCommitted(await openSpoorDb(name), 'flags', () => commits++);
  return { db, commits: () => commits };
}

describe('onCommitted', () => {
  it('hears every write of the flag service: capture, observation, edit, claim, deletion', async () => {
    const { db, commits } = await counting();
    const service = createFlagService(db, steppingClock());
    const { flag } = await service.record(await captureOf(AD), 'ask');
    expect(commits()).toBe(1);
    await service.record(await captureOf(AD), 'observe');
    await service.edit(flag.id, { assessment: { intent: 'selling' } }, 'ben');
    await service.claimUnnamed(researcher);
    await service.remove(flag.id, 'ben', 'duplicate');
    expect(commits()).toBe(5);
  });

  it("hears the pages' writes too: an export marking its flags, an import", async () => {
    const { db, commits } = await counting('anna');
    await createFlagService(db, steppingClock()).record(await captureOf(AD), 'ask');
    const saved = downloads();
    await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), 'json', {
      researcher: 'anna.k',
      survey: 'Ivory 2026',
    });
    expect(commits()).toBe(2);

    const coordinator = await counting('coordinator');
    const file = saved.files[0]!;
    const [report] = await importFiles(
      { db: coordinator.db, by: 'coord', clock: () => new Date('2026-04-02T08:00:00.000Z') },
      [file],
      await acceptingKeysOf([file]),
    );
    expect(report?.status).toBe('imported');
    expect(coordinator.commits()).toBe(1);
  });

  it("hears idb's shortcuts, and neither reads, other stores' writes nor an aborted write", async () => {
    const { db, commits } = await counting();
    const service = createFlagService(db, steppingClock());
    const { flag } = await service.record(await captureOf(AD), 'ask');
    await db.put('flags', { ...flag, status: 'reviewed' });
    expect(commits()).toBe(2);

    await db.getAll('flags');
    await db.put('batches', { id: 'b', label: 'b' } as never).catch(() => undefined);
    const aborted = db.transaction('flags', 'readwrite');
    aborted.abort();
    await aborted.done.catch(() => undefined);
    await expect(service.edit('no-such-flag', { assessment: { intent: 'selling' } }, 'ben')).rejects.toThrow();
    expect(commits()).toBe(2);
  });
});
