import { describe, expect, it, vi } from 'vitest';
import { readZip } from '@/lib/files/zip-reader';
import { zipStream } from '@/lib/files/zip-writer';
import { readBackup } from '@/lib/backup/read';
import { InvalidBackupError } from '@/lib/backup/problems';
import { planRestore, restoreBackup } from '@/lib/backup/restore';
import { createBackup } from '@/lib/backup/write';
import { sha256Hex } from '@/lib/integrity/hash';
import { readHistory } from '@/lib/flags/history-store';
import { advance } from '@/lib/integrity/chain';
import { FlagSchema, type Flag } from '@/lib/records/flag';
import { createFlagService } from '@/lib/flags/service';
import { checkConsistency } from '@/lib/storage/consistency';
import { captureOf, steppingClock } from '../flags/support';
import { dumpDb } from '../reliability/faults-support';
import { freshProfile, rewriteBackup, type Profile } from './support';

/*
 * Restore is a union (issue 10, point 4): nothing local is removed; two
 * profiles that both changed a flag end with both changes; a flag deleted here
 * comes back only if the researcher says so, audited either way.
 */

// Each restore compiles the dictionary again: seconds on a busy machine, so the timeout follows the work.
vi.setConfig({ testTimeout: 120_000 });

const AD = 'https://shop.example/ad/1';
const backupOf = async (profile: Profile, at = '2026-03-20T00:00:00.000Z') =>
  readBackup(await new Response((await createBackup(profile.db, profile.area, '0.1.0', new Date(at))).stream).blob());

/** A profile holding one flagged ad, restored from the backup of another profile (the researcher's two browsers). */
async function twoProfilesFromOneBackup() {
  const first = await freshProfile();
  const flag = (await createFlagService(first.db, steppingClock()).record(await captureOf(AD), 'ask')).flag;
  const shared = await backupOf(first);
  const second = await freshProfile();
  await restoreBackup(second.env, shared);
  return { first, second, flag, shared };
}

async function stored(profile: Profile, id: string): Promise<Flag> {
  return FlagSchema.parse(await profile.db.get('flags', id));
}

async function verified(profile: Profile, id: string) {
  const { history, flag, tombstone } = await readHistory(profile.db, id);
  expect(history.problems).toEqual([]);
  return { history, flag, tombstone };
}

describe('restoring into a profile that changed since', () => {
  it('keeps both sides: an observation added here and a note added there (the issue’s two-profile case)', async () => {
    const { first, second, flag } = await twoProfilesFromOneBackup();
    const relisted = await captureOf(AD, {
      capturedAt: new Date('2026-04-01T00:00:00.000Z'),
      evidence: [{ kind: 'screenshot', blob: new Blob(['a new screenshot'], { type: 'image/png' }) }],
    });
    await createFlagService(first.db, steppingClock('2026-04-01T00:00:00.000Z')).record(relisted, 'observe');
    await createFlagService(second.db, steppingClock('2026-04-02T00:00:00.000Z')).edit(
      flag.id,
      { assessment: { notes: 'seller also on avito' } },
      'anna.k',
    );
    const before = await dumpDb(first.db);

    const report = await restoreBackup(first.env, await backupOf(second, '2026-04-03T00:00:00.000Z'));

    const united = await stored(first, flag.id);
    expect(united.observations).toHaveLength(2);
    expect(united.assessment.notes).toBe('seller also on avito');
    expect(report.flags).toMatchObject({ merged: 1 });
    const { history } = await verified(first, flag.id);
    expect(history.line.at(-1)!.entry).toMatchObject({ action: 'restore' });
    // Nothing local removed: every record, entry and file of before is still there.
    const after = await dumpDb(first.db);
    const hashes = (dump: typeof before) => (dump.audit as { hash: string }[]).map((entry) => entry.hash);
    expect(hashes(after)).toEqual(expect.arrayContaining(hashes(before)));
    expect(after.artifacts.map((file) => file.key)).toEqual(
      expect.arrayContaining(before.artifacts.map((file) => file.key)),
    );
    expect(checkConsistency(after)).toEqual([]);
  });

  it('takes the backup’s record when it is a later state of the one here, and keeps the one here when it is later', async () => {
    const { first, second, flag } = await twoProfilesFromOneBackup();
    await createFlagService(second.db, steppingClock('2026-04-02T00:00:00.000Z')).edit(
      flag.id,
      { assessment: { suspicion: 'high' } },
      'anna.k',
    );
    const later = await backupOf(second);
    expect((await restoreBackup(first.env, later)).flags).toMatchObject({ updated: 1, merged: 0 });
    expect((await stored(first, flag.id)).assessment.suspicion).toBe('high');
    // The older backup again: nothing goes back.
    expect((await restoreBackup(first.env, await backupOf(second))).flags).toMatchObject({ present: 1 });
    expect((await stored(first, flag.id)).assessment.suspicion).toBe('high');
  });
});

describe('a backup that claims a later state', () => {
  /** The backup of `profile` with its flag rewritten as a "later state": a forged entry chained on its head. */
  async function forgedLater(profile: Profile, flag: Flag, change: (flag: Flag) => Flag) {
    const { stream } = await createBackup(profile.db, profile.area, '0.1.0', new Date('2026-04-01T00:00:00.000Z'));
    const { flag: forged, entry } = advance(
      change(flag),
      { flagId: flag.id, at: '2026-04-01T00:00:00.000Z', by: 'anna.k', action: 'edit' },
      flag.auditHead,
    );
    return readBackup(
      await rewriteBackup(await new Response(stream).blob(), (path, text) => {
        if (path === 'flags.json') return JSON.stringify([forged]);
        if (path === 'audit.json') return JSON.stringify([...JSON.parse(text), entry]);
        if (path === 'manifest.json')
          return text.replace(/"audit":(\d+)/, (_match, count: string) => `"audit":${Number(count) + 1}`);
        return text;
      }),
    );
  }

  it('never drops an observation here: a "later state" without one is united, not taken', async () => {
    const profile = await freshProfile();
    const flags = createFlagService(profile.db, steppingClock());
    await flags.record(await captureOf(AD), 'ask');
    const relisted = await captureOf(AD, { capturedAt: new Date('2026-03-20T00:00:00.000Z') });
    const { flag } = await flags.record(relisted, 'observe');
    const backup = await forgedLater(profile, flag, (current) => ({
      ...current,
      observations: [current.observations[0]!],
    }));

    const report = await restoreBackup(profile.env, backup);
    expect(report.flags).toMatchObject({ updated: 0, merged: 1 });
    expect((await stored(profile, flag.id)).observations).toHaveLength(2);
    await verified(profile, flag.id);
  });

  it('takes a later state under a restore entry, so what it brought shows as the backup’s', async () => {
    const profile = await freshProfile();
    const { flag } = await createFlagService(profile.db, steppingClock()).record(await captureOf(AD), 'ask');
    const backup = await forgedLater(profile, flag, (current) => ({
      ...current,
      assessment: { ...current.assessment, suspicion: 'low' },
    }));

    const report = await restoreBackup(profile.env, backup);
    expect(report.flags).toMatchObject({ updated: 1 });
    const { history } = await verified(profile, flag.id);
    const restore = history.line.at(-1)!;
    expect(restore.entry).toMatchObject({ action: 'restore' });
    expect(restore.entry.note).toContain('taken from the backup');
    expect(restore.joined.flat().map((node) => node.entry.action)).toEqual(['edit']);
  });
});

describe('flags deleted here that a backup holds', () => {
  async function deletedAfterBackup() {
    const profile = await freshProfile();
    const flags = createFlagService(profile.db, steppingClock());
    const flag = (await flags.record(await captureOf(AD), 'ask')).flag;
    const backup = await backupOf(profile);
    await flags.remove(flag.id, 'anna.k', 'deleted on request of the platform');
    return { profile, flag, backup };
  }

  it('are listed before restoring, with who deleted them, when and why', async () => {
    const { profile, flag, backup } = await deletedAfterBackup();
    expect(await planRestore(profile.db, backup)).toEqual([
      {
        flagId: flag.id,
        canonicalUrl: AD,
        title: flag.ad.title,
        deletedAt: expect.any(String),
        deletedBy: 'anna.k',
        reason: 'deleted on request of the platform',
      },
    ]);
  });

  it('stay deleted unless the researcher brings them back, and the choice is in their history', async () => {
    const { profile, flag, backup } = await deletedAfterBackup();
    const report = await restoreBackup(profile.env, backup);
    expect(report.flags).toMatchObject({ keptDeleted: 1, added: 0 });
    expect(await profile.db.get('flags', flag.id)).toBeUndefined();
    const { history, tombstone } = await verified(profile, flag.id);
    expect(tombstone).toMatchObject({ reason: 'deleted on request of the platform' });
    expect(history.line.at(-1)!.entry).toMatchObject({ action: 'restore', flagSha256: null });
    expect(history.line.at(-1)!.entry.note).toContain('kept deleted');
    // Restoring the same backup again asks nothing and adds nothing.
    expect(await planRestore(profile.db, backup)).toEqual([]);
    const before = await dumpDb(profile.db);
    await restoreBackup(profile.env, backup);
    expect(await dumpDb(profile.db)).toEqual(before);
  });

  it('come back when the researcher chooses so, audited, the tombstone gone', async () => {
    const { profile, flag, backup } = await deletedAfterBackup();
    const report = await restoreBackup(profile.env, backup, new Map([[flag.id, 'bring-back']]));
    expect(report.flags).toMatchObject({ broughtBack: 1 });
    const { history, tombstone, flag: back } = await verified(profile, flag.id);
    expect(tombstone).toBeNull();
    expect(back!.observations).toEqual(flag.observations);
    expect(history.entries.map((entry) => entry.action)).toEqual(['create', 'delete', 'restore']);
    expect(checkConsistency(await dumpDb(profile.db))).toEqual([]);
  });
});

it('keeps a flag here that the backed-up profile deleted, joining the deletion to its history', async () => {
  const { first, second, flag } = await twoProfilesFromOneBackup();
  await createFlagService(second.db, steppingClock('2026-04-02T00:00:00.000Z')).remove(flag.id, 'anna.k', 'duplicate');
  const report = await restoreBackup(first.env, await backupOf(second));
  expect(report.flags).toMatchObject({ deletedInBackup: 1 });
  expect(await first.db.get('flags', flag.id)).toBeDefined();
  const { history } = await verified(first, flag.id);
  expect(history.entries.map((entry) => entry.action)).toEqual(['create', 'delete', 'restore']);
});

describe('a backup cannot rewrite a history either', () => {
  it.each([
    [
      'an audit entry’s author changed',
      (text: string) => text.replace('"by":"anna.k"', '"by":"mallory"'),
      'audit.json',
    ],
    [
      'a flag’s suspicion changed without an entry',
      (text: string) => text.replace('"suspicion":"medium"', '"suspicion":"low"'),
      'flags.json',
    ],
  ])('%s: refused, naming the file and record', async (_case, change, file) => {
    const profile = await freshProfile();
    await createFlagService(profile.db, steppingClock()).record(await captureOf(AD), 'ask');
    const { stream } = await createBackup(profile.db, profile.area, '0.1.0');
    const tampered = await rewriteBackup(await new Response(stream).blob(), (path, text) =>
      path === file ? change(text) : text,
    );
    const error = await readBackup(tampered).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidBackupError);
    expect((error as InvalidBackupError).problems).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/changed (after it was written|outside its history)/) }),
    );
  });
});

describe('a backup written before the chain of custody (format 1)', () => {
  /**
   * The backup as Spoor wrote it before version 3: plain audit entries, no tombstones or signers, "exported" a status.
   */
  async function asFormatOne(backup: Blob): Promise<Blob> {
    const files = await Promise.all(
      (await readZip(backup)).map(async (file) => ({
        path: file.path,
        text: await (await file.open()).text(),
        blob: await file.open(),
      })),
    );
    const legacy = (path: string, text: string) => {
      if (path === 'flags.json')
        return JSON.stringify(
          JSON.parse(text).map(({ auditHead: _h, claims: _c, ...flag }: Record<string, unknown>) => ({
            ...flag,
            status: 'exported',
          })),
        );
      if (path === 'audit.json')
        return JSON.stringify(
          JSON.parse(text).map(
            ({ hash: _h, prev: _p, flagSha256: _s, batchId: _b, joins: _j, ...entry }: Record<string, unknown>) =>
              entry,
          ),
        );
      return text;
    };
    const kept = files.filter((file) => !['tombstones.json', 'signers.json', 'manifest.json'].includes(file.path));
    const entries = await Promise.all(
      kept.map(async (file) => {
        const bytes = file.path.endsWith('.json')
          ? new TextEncoder().encode(legacy(file.path, file.text))
          : new Uint8Array(await file.blob.arrayBuffer());
        return { path: file.path, bytes: bytes as Uint8Array<ArrayBuffer>, compress: false };
      }),
    );
    const manifest = JSON.parse(files.find((file) => file.path === 'manifest.json')!.text);
    manifest.formatVersion = 1;
    delete manifest.counts.tombstones;
    delete manifest.counts.signers;
    manifest.files = await Promise.all(
      entries.map(async ({ path, bytes }) => ({ path, sha256: await sha256Hex(bytes), bytes: bytes.length })),
    );
    async function* all() {
      yield* entries;
      yield { path: 'manifest.json', bytes: new TextEncoder().encode(JSON.stringify(manifest)), compress: false };
    }
    return new Response(zipStream(all(), new Date())).blob();
  }

  it('restores, its history chained and closed by a migrate entry, "exported" back to a review status', async () => {
    const source = await freshProfile();
    const flag = (await createFlagService(source.db, steppingClock()).record(await captureOf(AD), 'ask')).flag;
    const { stream } = await createBackup(source.db, source.area, '0.1.0', new Date('2026-03-20T00:00:00.000Z'));
    const old = await asFormatOne(await new Response(stream).blob());

    const target = await freshProfile();
    await restoreBackup(target.env, await readBackup(old));
    const { history, flag: restored } = await verified(target, flag.id);
    expect(restored!.status).toBe('new');
    expect(history.entries.map((entry) => `${entry.action}${entry.legacy ? ' (legacy)' : ''}`)).toEqual([
      'create (legacy)',
      'migrate',
    ]);
    // The same old backup restored again adds nothing: its chaining is the same each time.
    const before = await dumpDb(target.db);
    await restoreBackup(target.env, await readBackup(old));
    expect(await dumpDb(target.db)).toEqual(before);
    expect(checkConsistency(before)).toEqual([]);
  });
});
