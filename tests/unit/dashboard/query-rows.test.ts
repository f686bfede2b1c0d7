import { beforeEach, describe, expect, it } from 'vitest';
import { archiveHandlers } from '@/lib/browser/dashboard-handlers';
import { listArchive } from '@/lib/dashboard/list';
import { flagRow, ListedFlagSchema } from '@/lib/dashboard/row';
import { taxonLookup } from '@/lib/dashboard/taxon-lookup';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import type { Detection, Flag } from '@/lib/records/flag';
import { createFlagService } from '@/lib/flags/service';
import type { SpoorDb } from '@/lib/storage/db';
import { flag, ivory, observation, uuid } from '../export/builder';
import { freshDb, steppingClock } from '../flags/support';

const lookup = taxonLookup(loadBundledDictionary());
const ivoryTerm: Detection = {
  ...ivory,
  entryId: 'ivory',
  kind: 'trade',
  label: 'Ivory',
  taxa: ['loxodonta-africana', 'elephas-maximus'],
};

async function oneFlag(n: number, detected: Detection[], assessment: Partial<Flag['assessment']> = {}): Promise<Flag> {
  const first = { ...(await observation({ n, capturedAt: '2026-03-14T09:00:00.000Z' })), detected };
  const second = await observation({ n: n + 100, capturedAt: '2026-03-10T09:00:00.000Z' });
  return flag({
    n,
    observations: [first, { ...second, detected: [] }],
    assessment: { confirmedTaxa: [], ...assessment },
  });
}
const rowOf = (stored: Flag) => flagRow(ListedFlagSchema.parse(stored), lookup);

describe('flagRow', () => {
  it('names the latest observation’s screenshot for the table’s thumbnail', async () => {
    const shot = (digit: string) => ({
      kind: 'screenshot' as const,
      sha256: digit.repeat(64),
      mimeType: 'image/png',
      bytes: 9,
    });
    const page = { kind: 'snapshot' as const, sha256: 'c'.repeat(64), mimeType: 'multipart/related', bytes: 9 };
    const stored = flag({
      n: 1,
      observations: [
        await observation({ n: 1, artifacts: [shot('a'), page] }),
        await observation({ n: 2, artifacts: [shot('b'), page] }),
        await observation({ n: 3, artifacts: [] }),
      ],
    });
    expect(rowOf(stored).screenshot).toBe('b'.repeat(64));
    expect(rowOf(flag({ n: 2, observations: [await observation({ n: 4 })] }))).not.toHaveProperty('screenshot');
  });

  it('lists the taxa detected by name, with their Appendix, Annex and trade group', async () => {
    const row = rowOf(await oneFlag(1, [ivory, ivoryTerm]));
    expect(row).toMatchObject({
      taxa: ['Loxodonta africana'],
      appendices: ['I/II'],
      annexes: ['A/B'],
      groups: ['elephants'],
    });
  });

  it('falls back to the taxa a trade term implies when no taxon is named', async () => {
    const row = rowOf(await oneFlag(2, [ivoryTerm]));
    expect(row.taxa).toEqual(['Loxodonta africana', 'Elephas maximus']);
    expect(row.groups).toEqual(['elephants']);
    expect(row.appendices).toEqual(['I/II', 'I']);
  });

  it("prefers the researcher's confirmed taxa, looked up in the dictionary; unknown names keep no listing", async () => {
    const row = rowOf(
      await oneFlag(3, [ivory], { confirmedTaxa: ['Psittacus erithacus', 'Fantasia imaginaria'], specimens: 4 }),
    );
    expect(row).toMatchObject({
      taxa: ['Psittacus erithacus', 'Fantasia imaginaria'],
      appendices: ['I'],
      annexes: ['A'],
      groups: ['birds'],
      specimens: 4,
    });
  });

  it('takes the first and last capture whatever the order of observations, and the ad fields', async () => {
    const row = rowOf(await oneFlag(4, [ivory]));
    expect(row).toMatchObject({
      firstCapturedAt: '2026-03-10T09:00:00.000Z',
      lastCapturedAt: '2026-03-14T09:00:00.000Z',
      observations: 2,
      platform: 'eBay',
      country: 'DE',
      title: 'Elfenbein Figur',
      seller: 'antik-hans',
      price: { amount: 450, currency: 'EUR' },
      intent: 'selling',
      status: 'new',
    });
  });
});

/** Counts the transactions the unit opens on the database, and their modes. */
function countingTransactions(db: SpoorDb): { db: SpoorDb; modes: string[] } {
  const modes: string[] = [];
  const counted = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
      return (...args: Parameters<SpoorDb['transaction']>) => {
        modes.push(args[1] ?? 'readonly');
        return target.transaction(...args);
      };
    },
  });
  return { db: counted, modes };
}

describe('listArchive', () => {
  // Writing 10,000 flags to fake IndexedDB takes seconds on a busy machine: the timeout follows the work.
  it(
    'lists 10,000 flags from one readonly transaction, and counts a damaged record instead of failing',
    { timeout: 120_000 },
    async () => {
      const db = await freshDb();
      const template = await oneFlag(1, [ivory]);
      const tx = db.transaction('flags', 'readwrite');
      for (let n = 0; n < 10_000; n += 1)
        void tx.store.put({ ...template, id: uuid('flag', n), canonicalUrl: `https://www.ebay.de/itm/${n}` });
      void tx.store.put({ ...template, id: uuid('flag', 10_001), observations: [] } as unknown as Flag);
      await tx.done;

      const { db: watched, modes } = countingTransactions(db);
      const { rows, unreadable } = await listArchive(watched, lookup);
      expect(modes).toEqual(['readonly']);
      expect(rows).toHaveLength(10_000);
      expect(unreadable).toBe(1);
      expect(new Set(rows.map((row) => row.url)).size).toBe(10_000);
    },
  );
});

describe('archive handlers', () => {
  let db: SpoorDb;
  let flags: Flag[];
  beforeEach(async () => {
    db = await freshDb();
    flags = [await oneFlag(1, [ivory]), await oneFlag(2, [ivory]), await oneFlag(3, [ivory])];
    for (const stored of flags) await db.put('flags', stored);
  });
  const handlers = () =>
    archiveHandlers(
      Promise.resolve({
        db,
        lookup,
        service: createFlagService(db, steppingClock()),
        researcher: async () => 'coord.lena',
      }),
    );

  it('marks flags reviewed in bulk, one audited edit each, and reports flags it could not find', async () => {
    const missing = uuid('flag', 99);
    const result = await handlers()['dashboard/setStatus']!(
      { ids: [flags[0]!.id, flags[2]!.id, missing], status: 'reviewed' },
      {},
    );
    expect(result.done).toEqual([flags[0]!.id, flags[2]!.id]);
    expect(result.failed).toEqual([{ id: missing, error: expect.stringMatching(/No flag/) }]);

    const { rows } = await handlers()['dashboard/list']!({}, {});
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({
      [flags[0]!.id]: 'reviewed',
      [flags[1]!.id]: 'new',
      [flags[2]!.id]: 'reviewed',
    });
    const audit = await db.getAll('audit');
    expect(audit).toMatchObject([
      {
        flagId: flags[0]!.id,
        action: 'edit',
        by: 'coord.lena',
        changes: [{ path: 'status', from: 'new', to: 'reviewed' }],
      },
      {
        flagId: flags[2]!.id,
        action: 'edit',
        by: 'coord.lena',
        changes: [{ path: 'status', from: 'new', to: 'reviewed' }],
      },
    ]);
  });

  it('deletes in bulk through the flag service: the audit log keeps each whole record and the reason', async () => {
    const result = await handlers()['dashboard/delete']!(
      { ids: [flags[0]!.id, flags[1]!.id], reason: 'duplicates' },
      {},
    );
    expect(result).toEqual({ done: [flags[0]!.id, flags[1]!.id], failed: [] });
    expect((await db.getAll('flags')).map((stored) => stored.id)).toEqual([flags[2]!.id]);
    const audit = await db.getAll('audit');
    expect(audit).toMatchObject([
      {
        flagId: flags[0]!.id,
        action: 'delete',
        by: 'coord.lena',
        note: 'duplicates',
        changes: [{ path: '', from: { id: flags[0]!.id }, to: null }],
      },
      {
        flagId: flags[1]!.id,
        action: 'delete',
        by: 'coord.lena',
        note: 'duplicates',
        changes: [{ path: '', from: { id: flags[1]!.id }, to: null }],
      },
    ]);
  });
});
