import { beforeEach, describe, expect, it } from 'vitest';
import { chainEntry, entryDigest, flagDigest } from '@/lib/integrity/chain';
import { canonicalJson, sha256Hex } from '@/lib/integrity/hash';
import { verifyHistory } from '@/lib/integrity/history';
import { AuditEntrySchema, FlagSchema, TombstoneSchema, type AuditEntry, type Flag } from '@/lib/records/flag';
import { createFlagService, type FlagService } from '@/lib/flags/service';
import type { SpoorDb } from '@/lib/storage/db';
import { captureOf, freshDb, steppingClock } from '../flags/support';

/*
 * The chain of custody (issue 10, point 1): each audit entry's SHA-256 covers
 * its canonical JSON with the hash of the entry before it and the hash of the
 * record it left; the flag carries the newest one. Any change, removal or
 * insertion, or a record changed without an entry, breaks the check.
 */

const AD = 'https://shop.example/ad/1';
let db: SpoorDb;
let flags: FlagService;

beforeEach(async () => {
  db = await freshDb();
  flags = createFlagService(db, steppingClock());
});

/** A flag with a create, an observation, two edits: four links. */
async function flagWithHistory(): Promise<{ flag: Flag; entries: AuditEntry[] }> {
  const { flag } = await flags.record(await captureOf(AD), 'ask');
  await flags.record(await captureOf(AD, { capturedAt: new Date('2026-04-01T00:00:00.000Z') }), 'observe');
  await flags.edit(flag.id, { ad: { title: 'resin tusk (replica)' } }, 'anna.k');
  const last = await flags.edit(flag.id, { assessment: { suspicion: 'high' } }, 'anna.k');
  return { flag: last, entries: (await flags.history(flag.id)).history.entries };
}

const finder = (entries: readonly AuditEntry[]) => {
  const byHash = new Map(entries.map((entry) => [entry.hash, entry]));
  return (hash: string) => byHash.get(hash);
};
const rehash = (entry: Omit<AuditEntry, 'hash'>): AuditEntry =>
  AuditEntrySchema.parse({ ...entry, hash: entryDigest(entry) });

describe('the chain each write extends', () => {
  it('links every entry to the one before and the flag to the newest, in one verified history', async () => {
    const { flag, entries } = await flagWithHistory();
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'observe', 'edit', 'edit']);
    expect(entries[0]!.prev).toBeNull();
    entries.slice(1).forEach((entry, index) => expect(entry.prev).toBe(entries[index]!.hash));
    expect(flag.auditHead).toBe(entries.at(-1)!.hash);
    expect(entries.at(-1)!.flagSha256).toBe(flagDigest(flag));
    expect(verifyHistory({ flag }, finder(entries)).problems).toEqual([]);
  });

  it('hashes the canonical JSON, as anyone can recompute with a standard SHA-256', async () => {
    const { entries } = await flagWithHistory();
    for (const entry of entries) {
      const { hash, ...body } = entry;
      expect(await sha256Hex(canonicalJson(body))).toBe(hash);
    }
  });

  it('leaves a tombstone (id, when, who, why) and a delete that closes the chain', async () => {
    const { flag } = await flagWithHistory();
    await flags.remove(flag.id, 'ben', 'not wildlife: resin');
    const tombstone = TombstoneSchema.parse(await db.get('tombstones', flag.id));
    expect(tombstone).toMatchObject({ flagId: flag.id, by: 'ben', reason: 'not wildlife: resin', canonicalUrl: AD });
    const { history, flag: gone } = await flags.history(flag.id);
    expect(gone).toBeNull();
    expect(history.problems).toEqual([]);
    expect(history.entries.at(-1)).toMatchObject({ action: 'delete', flagSha256: null, hash: tombstone.auditHead });
  });
});

describe('verifyHistory refuses a history that was tampered with', () => {
  it.each([
    [
      'an entry changed (the author of an edit)',
      (entries: AuditEntry[]) => entries.map((entry, i) => (i === 2 ? { ...entry, by: 'someone.else' } : entry)),
      'was changed after it was written',
    ],
    [
      'an entry removed from the middle',
      (entries: AuditEntry[]) => entries.filter((_entry, i) => i !== 1),
      'which is missing',
    ],
    [
      'an edit inserted with a recomputed hash (the next entry still names the old one)',
      (entries: AuditEntry[]) => {
        const forged = rehash({ ...entries[2]!, by: 'ben', note: 'forged' });
        return [...entries.slice(0, 3), forged, ...entries.slice(3)].filter((entry) => entry !== entries[2]);
      },
      'which is missing',
    ],
  ])('%s', async (_case, tamper, message) => {
    const { flag, entries } = await flagWithHistory();
    const problems = verifyHistory({ flag }, finder(tamper(entries))).problems;
    expect(problems.map((problem) => problem.message).join('\n')).toContain(message);
  });

  it('a flag record changed without an entry (suspicion high → low)', async () => {
    const { flag, entries } = await flagWithHistory();
    const changed = FlagSchema.parse({ ...flag, assessment: { ...flag.assessment, suspicion: 'low' } });
    expect(verifyHistory({ flag: changed }, finder(entries)).problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('changed outside its history') }),
    ]);
  });

  it('a whole forged chain whose first entry is not a create', async () => {
    const { flag } = await flagWithHistory();
    const edit = chainEntry({ flagId: flag.id, at: flag.updatedAt, by: 'x', action: 'edit' }, null, flag);
    const forged = { ...flag, auditHead: edit.hash };
    expect(verifyHistory({ flag: forged }, finder([edit])).problems[0]!.message).toContain('only a create');
  });

  it('an entry of another flag spliced into the chain', async () => {
    const { flag, entries } = await flagWithHistory();
    const other = (await flags.record(await captureOf('https://shop.example/ad/2'), 'ask')).flag;
    const [otherCreate] = (await flags.history(other.id)).history.entries;
    const spliced = rehash({ ...entries[1]!, prev: otherCreate!.hash });
    const tail = chainEntry({ flagId: flag.id, at: flag.updatedAt, by: 'x', action: 'edit' }, spliced.hash, flag);
    const problems = verifyHistory(
      { flag: { ...flag, auditHead: tail.hash } },
      finder([otherCreate!, spliced, tail]),
    ).problems;
    expect(problems.map((problem) => problem.message).join('\n')).toContain('follows an entry of another flag');
  });
});
