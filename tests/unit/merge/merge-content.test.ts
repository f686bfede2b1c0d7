import { describe, expect, it } from 'vitest';
import { mergeBatch } from '@/lib/merge/merge';
import { recordHash } from '@/lib/integrity/hash';
import { verifyHistory } from '@/lib/integrity/history';
import { ObservationSchema, type AuditEntry, type Flag } from '@/lib/records/flag';
import { batchMeta, ben, createEntryOf, flag, observation, signedBatch, uuid } from '../export/builder';

/*
 * Merge by content, never by id alone (issue 10, point 5): a batch that
 * reuses an id for something else must not merge into, or be dropped for,
 * the record that has the id here. Both records are kept; the conflict is listed.
 */

const context = { by: 'coordinator', at: new Date('2026-04-02T08:00:00.000Z'), newId: () => uuid('flag', 999) };
const HERE = 'https://www.ebay.de/itm/1';

async function mine(): Promise<Flag> {
  return flag({ n: 1, url: HERE, observations: [await observation({ n: 1, url: HERE })] });
}

/** Every entry of a merge's world, by hash, to check histories with. */
function entriesOf(...lists: AuditEntry[][]): (hash: string) => AuditEntry | undefined {
  const byHash = new Map(lists.flat().map((entry) => [entry.hash, entry]));
  return (hash) => byHash.get(hash);
}

async function check(existing: Flag, incoming: Flag) {
  const doc = await signedBatch([incoming], batchMeta(5, 'ben.o'));
  const result = mergeBatch([existing], doc, context);
  const find = entriesOf([createEntryOf(existing)], doc.audit, result.audit);
  return { doc, result, find };
}

describe('merge by content', () => {
  it('keeps a flag that reuses an id here for another ad apart, under a new id, and lists the conflict', async () => {
    const existing = await mine();
    const elsewhere = 'https://www.ebay.de/itm/2';
    const incoming = flag({
      n: 1,
      url: elsewhere,
      observations: [await observation({ n: 2, by: ben, url: elsewhere })],
    });
    const { result, find } = await check(existing, incoming);

    expect(result.conflicts).toMatchObject([{ flagId: existing.id, field: 'id', keptApartAs: uuid('flag', 999) }]);
    expect(result.summary).toMatchObject({ added: 0, merged: 0, keptApart: 1 });
    const copy = result.flags.find((candidate) => candidate.id === uuid('flag', 999))!;
    expect(copy.canonicalUrl).toBe(elsewhere);
    expect(copy.observations).toEqual(incoming.observations);
    // The flag here is not written at all: untouched.
    expect(result.flags.map((written) => written.id)).toEqual([uuid('flag', 999)]);
    expect(verifyHistory({ flag: copy }, find).problems).toEqual([]);
  });

  it('keeps apart a flag with the same id and URL on another platform', async () => {
    const existing = await mine();
    const incoming = { ...(await mine()), platform: { id: 'ebay-kleinanzeigen', name: 'x', host: 'www.ebay.de' } };
    const { result } = await check(existing, incoming);
    expect(result.conflicts).toMatchObject([{ field: 'id', keptApartAs: uuid('flag', 999) }]);
    expect(result.summary.keptApart).toBe(1);
  });

  it('keeps apart, under its own id, a flag of the same URL on another platform', async () => {
    const existing = await mine();
    const other = flag({ n: 7, url: HERE, observations: [await observation({ n: 7, by: ben, url: HERE })] });
    const incoming = { ...other, platform: { ...other.platform, id: 'forged' } };
    const { result } = await check(existing, incoming);
    expect(result.conflicts).toMatchObject([{ flagId: existing.id, field: 'platform', keptApartAs: incoming.id }]);
    expect(result.flags.map((written) => written.id)).toEqual([incoming.id]);
  });

  it('keeps a flag whose observation reuses an id with other content beside the one here, both whole', async () => {
    const existing = await mine();
    const original = existing.observations[0]!;
    const { recordSha256: _old, ...body } = { ...original, ad: { ...original.ad, title: 'resin tusk (replica)' } };
    const altered = ObservationSchema.parse({ ...body, recordSha256: await recordHash(body as never, 'recordSha256') });
    const incoming = flag({ n: 1, url: HERE, observations: [altered] });
    const { result, find } = await check(existing, incoming);

    expect(result.conflicts).toMatchObject([
      {
        flagId: existing.id,
        field: `observations[${original.id}]`,
        kept: { value: original.recordSha256 },
        other: { value: altered.recordSha256 },
        keptApartAs: uuid('flag', 999),
      },
    ]);
    const copy = result.flags.find((candidate) => candidate.id === uuid('flag', 999))!;
    expect(copy.observations).toEqual([altered]);
    expect(result.flags.some((written) => written.id === existing.id)).toBe(false);
    expect(verifyHistory({ flag: copy }, find).problems).toEqual([]);
  });

  it('never brings back a flag deleted here: the batch’s copy is kept apart and the conflict says so', async () => {
    const existing = await mine();
    const tombstone = {
      flagId: existing.id,
      canonicalUrl: HERE,
      at: '2026-03-30T10:00:00.000Z',
      by: 'coordinator',
      reason: 'not wildlife',
      auditHead: existing.auditHead,
    };
    const doc = await signedBatch([existing], batchMeta(6));
    const result = mergeBatch([], doc, { ...context, tombstones: new Map([[existing.id, tombstone]]) });
    expect(result.conflicts).toMatchObject([{ flagId: existing.id, field: 'deleted', keptApartAs: uuid('flag', 999) }]);
    expect(result.flags.map((written) => written.id)).toEqual([uuid('flag', 999)]);
  });

  it('merges the same ad under the same id as before: observations united, nothing kept apart', async () => {
    const existing = await mine();
    const later = flag({
      n: 1,
      url: HERE,
      observations: [existing.observations[0]!, await observation({ n: 3, by: ben, url: HERE })],
    });
    const { result } = await check(existing, later);
    expect(result.conflicts).toEqual([]);
    expect(result.summary).toMatchObject({ merged: 1, keptApart: 0, observationsAdded: 1 });
  });
});
