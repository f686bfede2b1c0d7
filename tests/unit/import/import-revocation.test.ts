import { beforeEach, describe, expect, it } from 'vitest';
import { readBackup } from '@/lib/backup/read';
import { restoreBackup } from '@/lib/backup/restore';
import { createBackup } from '@/lib/backup/write';
import { importFiles, type FileReport } from '@/lib/import/import-flow';
import { SignerSchema } from '@/lib/records/signing';
import { knownSigners, revokeSigner } from '@/lib/signing/revoke';
import type { SpoorDb } from '@/lib/storage/db';
import { exportedFrom, freshIndexedDb, storeCounts } from '../export/flow-support';
import { freshProfile, type Profile } from '../backup/support';

/*
 * A researcher's key was lost: the coordinator revokes it, and from then on nothing signed with it is imported,
 * whatever dates the file gives (whoever holds the key writes those). The revocation travels in backups and is never
 * undone by restoring an older one.
 */

const at = () => new Date('2026-04-02T08:00:00.000Z');
/** Later than any date these batches give: the thief's batches claim to predate the revocation, and are refused. */
const revokedAt = new Date('2031-01-01T00:00:00.000Z');
let counter = 0;

beforeEach(freshIndexedDb);

/** A new ad's address for each batch, so no two batches share a capture. */
const nextAd = () => `https://shop.example/ad/${(counter += 1)}`;

const fingerprintOf = (report: FileReport | undefined) =>
  report && 'signedBy' in report ? report.signedBy.fingerprint : '';

/** A coordinator profile that accepted anna.k's key on her first batch; returns that key's fingerprint. */
async function acceptedAnna(db: SpoorDb, first: File): Promise<string> {
  const [held] = await importFiles({ db, by: 'coord', clock: at }, [first]);
  const fingerprint = fingerprintOf(held);
  const [imported] = await importFiles({ db, by: 'coord', clock: at }, [first], { acceptKeys: new Set([fingerprint]) });
  expect(imported?.status).toBe('imported');
  return fingerprint;
}

const backupOf = async (profile: Profile) => {
  const { stream } = await createBackup(profile.db, profile.area, '0.1.0', at());
  return new Response(stream).blob();
};

describe('a revoked key', () => {
  it('refuses a batch signed with it, dated before the revocation, writing nothing, even when the key is accepted again', async () => {
    const first = await exportedFrom('anna-laptop', 'anna.k', nextAd());
    const stolen = await exportedFrom('anna-laptop', 'anna.k', nextAd());
    const { db } = await freshProfile();
    const fingerprint = await acceptedAnna(db, first);
    await revokeSigner(db, fingerprint, { at: revokedAt, by: 'coord', reason: 'laptop stolen in Lyon' });
    const before = await storeCounts(db);

    for (const options of [{}, { acceptKeys: new Set([fingerprint]) }]) {
      const [report] = await importFiles({ db, by: 'coord', clock: at }, [stolen], options);
      expect(report).toMatchObject({
        status: 'revoked-key',
        signedBy: { researcher: 'anna.k', fingerprint },
        trust: {
          status: 'revoked',
          revoked: { at: revokedAt.toISOString(), by: 'coord', reason: 'laptop stolen in Lyon' },
        },
      });
    }
    expect(await storeCounts(db)).toEqual(before);
  });

  it('stays revoked when the file names another researcher: the key is what was lost', async () => {
    const first = await exportedFrom('anna-laptop', 'anna.k', nextAd());
    const stolen = await exportedFrom('anna-laptop', 'anna.k', nextAd());
    const { db } = await freshProfile();
    const fingerprint = await acceptedAnna(db, first);
    await revokeSigner(db, fingerprint, { at: revokedAt, by: 'coord', reason: 'lost' });
    // The revoked record names ben.m: the file, signed with the same key, names anna.k.
    const signer = SignerSchema.parse(await db.get('signers', fingerprint));
    await db.put('signers', { ...signer, researcher: 'ben.m' });

    const [report] = await importFiles({ db, by: 'coord', clock: at }, [stolen]);
    expect(report?.status).toBe('revoked-key');
  });

  it('keeps the first revocation and its reason, and asks for a reason', async () => {
    const { db } = await freshProfile();
    const fingerprint = await acceptedAnna(db, await exportedFrom('anna-laptop', 'anna.k', nextAd()));
    await expect(revokeSigner(db, fingerprint, { at: revokedAt, by: 'coord', reason: '  ' })).rejects.toThrow(/reason/);
    await revokeSigner(db, fingerprint, { at: revokedAt, by: 'coord', reason: 'lost' });
    await revokeSigner(db, fingerprint, { at: new Date('2032-01-01T00:00:00.000Z'), by: 'other', reason: 'again' });
    expect((await knownSigners(db))[0]?.revoked).toEqual({ at: revokedAt.toISOString(), by: 'coord', reason: 'lost' });
  });
});

describe('a revocation in backups', () => {
  /** Each case writes and reads whole backup ZIPs (evidence, dictionary, settings): seconds on a busy machine. */
  const ZIP_WORK = 180_000;

  it(
    'is restored into a fresh profile and into one that still trusts the key',
    async () => {
      const first = await exportedFrom('anna-laptop', 'anna.k', nextAd());
      const stolen = await exportedFrom('anna-laptop', 'anna.k', nextAd());
      const trusting = await freshProfile();
      const fingerprint = await acceptedAnna(trusting.db, first);
      const revoking = await freshProfile();
      await acceptedAnna(revoking.db, first);
      await revokeSigner(revoking.db, fingerprint, { at: revokedAt, by: 'coord', reason: 'lost' });
      const backup = await readBackup(await backupOf(revoking));

      const fresh = await freshProfile();
      for (const { db, env } of [fresh, trusting]) {
        await restoreBackup(env, backup);
        expect(SignerSchema.parse(await db.get('signers', fingerprint)).revoked).toMatchObject({ reason: 'lost' });
        const [report] = await importFiles({ db, by: 'coord', clock: at }, [stolen]);
        expect(report?.status).toBe('revoked-key');
      }
    },
    ZIP_WORK,
  );

  it(
    'is not undone by restoring a backup made before it',
    async () => {
      const first = await exportedFrom('anna-laptop', 'anna.k', nextAd());
      const profile = await freshProfile();
      const fingerprint = await acceptedAnna(profile.db, first);
      const older = await readBackup(await backupOf(profile));
      await revokeSigner(profile.db, fingerprint, { at: revokedAt, by: 'coord', reason: 'lost' });

      await restoreBackup(profile.env, older);

      expect(SignerSchema.parse(await profile.db.get('signers', fingerprint)).revoked).toMatchObject({
        reason: 'lost',
      });
    },
    ZIP_WORK,
  );
});
