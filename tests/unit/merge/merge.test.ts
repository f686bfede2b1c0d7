import { describe, expect, it } from 'vitest';
import { mergeBatch } from '@/lib/merge/merge';
import { verifyHistory } from '@/lib/integrity/history';
import type { AuditEntry, Flag } from '@/lib/records/flag';
import { annasBatch, batchMeta, ben, createEntryOf, flag, observation, signedBatch } from '../export/builder';

const context = { by: 'coordinator', at: new Date('2026-04-02T08:00:00.000Z') };
const AD = 'https://www.ebay.de/itm/1';

/** Ben's own flag of the ad Anna also flagged (flag 1 of annasBatch), seen on another day. */
async function bensFlag(changes: Partial<Pick<Flag, 'ad' | 'assessment'>> = {}): Promise<Flag> {
  const seen = await observation({ n: 50, by: ben, capturedAt: '2026-03-11T12:00:00.000Z' });
  return flag({ n: 50, url: AD, observations: [seen], ad: changes.ad, assessment: changes.assessment });
}

describe('mergeBatch', () => {
  it('adds the flags of a new batch, marking them with the batch id', async () => {
    const { doc } = await annasBatch();
    const result = mergeBatch([], doc, context);
    expect(result.flags.map((merged) => [merged.id, merged.batchIds])).toEqual(
      doc.flags.map((added) => [added.id, [doc.batch.id]]),
    );
    expect(result.summary).toEqual({ added: 2, merged: 0, observationsAdded: 0, keptApart: 0, replayed: 0 });
    expect(result.audit.filter((entry) => entry.by === 'coordinator').map((entry) => entry.action)).toEqual([
      'import',
      'import',
    ]);
  });

  it('makes the same ad from two researchers one flag with everyone’s observations, in time order', async () => {
    const { doc } = await annasBatch();
    const existing = await bensFlag();
    const result = mergeBatch([existing], doc, context);
    const merged = result.flags.find((candidate) => candidate.canonicalUrl === AD)!;
    expect(merged.id).toBe(existing.id);
    expect(merged.observations.map((seen) => [seen.capturedBy.researcherId, seen.capturedAt])).toEqual([
      ['anna.k', '2026-03-10T09:30:00.000Z'],
      ['ben.o', '2026-03-11T12:00:00.000Z'],
      ['anna.k', '2026-03-12T10:00:00.000Z'],
    ]);
    expect(merged.batchIds).toEqual([doc.batch.id]);
    expect(result.summary).toEqual({ added: 1, merged: 1, observationsAdded: 2, keptApart: 0, replayed: 0 });
  });

  it('keeps each observation once when a batch brings observations already merged', async () => {
    const { doc } = await annasBatch();
    const once = mergeBatch([], doc, context).flags;
    const again = await signedBatch(doc.flags, batchMeta(2));
    const result = mergeBatch(once, again, context);
    expect(result.flags.map((merged) => merged.observations.length)).toEqual([2, 1]);
    expect(result.summary.observationsAdded).toBe(0);
    expect(result.conflicts).toEqual([]);
  });

  it.each([
    ['assessment.intent', { assessment: { intent: 'wanted' } }, 'wanted', 'selling'],
    ['assessment.suspicion', { assessment: { suspicion: 'low' } }, 'low', 'high'],
    ['assessment.specimens', { assessment: { specimens: 3 } }, 3, 1],
    [
      'assessment.confirmedTaxa',
      { assessment: { confirmedTaxa: ['Elephas maximus'] } },
      ['Elephas maximus'],
      ['Loxodonta africana'],
    ],
    [
      'ad.price',
      { ad: { price: { amount: 400, currency: 'EUR' } } },
      { amount: 400, currency: 'EUR' },
      { amount: 450, currency: 'EUR' },
    ],
  ] as const)('reports a conflict in %s, keeping the existing value', async (field, bensView, kept, other) => {
    const { doc } = await annasBatch();
    const annas = field === 'assessment.specimens' ? withSpecimens(doc, 1) : doc;
    const existing = await bensFlag(bensView as Partial<Pick<Flag, 'ad' | 'assessment'>>);
    const result = mergeBatch([existing], annas, context);
    expect(result.conflicts).toEqual([
      {
        flagId: existing.id,
        canonicalUrl: AD,
        field,
        kept: { researcher: 'ben.o', value: kept },
        other: { researcher: 'anna.k', value: other, batchId: doc.batch.id },
      },
    ]);
    const [section, key] = field.split('.') as ['ad' | 'assessment', string];
    expect((result.flags[0]![section] as Record<string, unknown>)[key]).toEqual(kept);
  });

  it.each([
    ['lists in another order', { assessment: { confirmedTaxa: ['Loxodonta africana'], tradeTerms: ['CAR'] } }],
    ['an incoming empty value', { ad: { location: 'Köln' } }],
  ] as const)('reports no conflict for %s', async (_case, bensView) => {
    const { doc } = await annasBatch();
    expect(
      mergeBatch([await bensFlag(bensView as Partial<Pick<Flag, 'ad' | 'assessment'>>)], doc, context).conflicts,
    ).toEqual([]);
  });

  it('fills fields the existing flag left empty and combines tags, in the audit entry', async () => {
    const { doc } = await annasBatch();
    const annas = {
      ...doc,
      flags: doc.flags.map((own) => ({
        ...own,
        assessment: { ...own.assessment, notes: 'seller in Köln', tags: ['ivory', 'repeat'] },
      })),
    };
    const existing = await bensFlag({ assessment: { notes: '', tags: ['ivory', 'urgent'] } as Flag['assessment'] });
    const result = mergeBatch([existing], annas, context);
    expect(result.flags[0]!.assessment).toMatchObject({ notes: 'seller in Köln', tags: ['ivory', 'urgent', 'repeat'] });
    const entry = result.audit.find((candidate) => candidate.action === 'merge')!;
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { path: 'assessment.notes', from: '', to: 'seller in Köln' },
        { path: 'assessment.tags', from: ['ivory', 'urgent'], to: ['ivory', 'urgent', 'repeat'] },
      ]),
    );
  });

  it('records conflicts in the merge entry, which joins the batch’s chain as it was written', async () => {
    const { doc } = await annasBatch();
    const existing = await bensFlag({ assessment: { intent: 'wanted' } as Flag['assessment'] });
    const result = mergeBatch([existing], doc, context);
    const merge = result.audit.find((entry) => entry.action === 'merge')!;
    expect(merge).toMatchObject({ flagId: existing.id, at: '2026-04-02T08:00:00.000Z', by: 'coordinator' });
    expect(merge.note).toContain('conflict assessment.intent: kept wanted (ben.o), other selling (anna.k)');
    expect(merge.prev).toBe(existing.auditHead);
    expect(merge.joins).toEqual([doc.flags[0]!.auditHead]);
    // The merged flag's whole history verifies: Ben's chain, Anna's chain joined, the merge on top.
    const entries = new Map(
      [createEntryOf(existing), ...doc.audit, ...result.audit].map((entry): [string, AuditEntry] => [
        entry.hash,
        entry,
      ]),
    );
    const merged = result.flags.find((candidate) => candidate.id === existing.id)!;
    const history = verifyHistory({ flag: merged }, (hash) => entries.get(hash));
    expect(history.problems).toEqual([]);
    expect(history.entries.map((entry) => `${entry.by} ${entry.action}`)).toEqual([
      'ben.o create',
      'anna.k create',
      'coordinator merge',
    ]);
  });

  it('merges two flags of the same ad within one batch', async () => {
    const first = flag({ n: 1, url: AD, observations: [await observation({ n: 1 })] });
    const second = flag({ n: 2, url: AD, observations: [await observation({ n: 2, by: ben })] });
    const batch = await signedBatch([first, second], batchMeta(7, 'coordinator-b'));
    const result = mergeBatch([], batch, context);
    expect(result.flags).toHaveLength(1);
    expect(result.flags[0]!.observations).toHaveLength(2);
  });
});

function withSpecimens(doc: Awaited<ReturnType<typeof annasBatch>>['doc'], specimens: number) {
  return { ...doc, flags: doc.flags.map((own) => ({ ...own, assessment: { ...own.assessment, specimens } })) };
}
