import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { importFiles, type FileReport } from '@/lib/import/import-flow';
import { BatchRecordSchema } from '@/lib/records/batch';
import { SignerSchema } from '@/lib/records/signing';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { exportedFrom, freshIndexedDb, storeCounts } from '../export/flow-support';
import { batchMeta, flag, observation, signedBatch } from '../export/builder';

/*
 * Signed batches (issue 10): the coordinator sees who signed each file and
 * with which key; an unknown key, or a researcher's new key, waits for the
 * coordinator to accept it (recorded); a bad signature is refused.
 */

const at = () => new Date('2026-04-02T08:00:00.000Z');
let counter = 0;

beforeEach(freshIndexedDb);

const ad = () => `https://shop.example/ad/${(counter += 1)}`;
const coordinator = (): Promise<SpoorDb> => openSpoorDb('coordinator');
const fingerprintOf = (report: FileReport | undefined) =>
  report && 'signedBy' in report ? report.signedBy.fingerprint : '';

describe('importing a signed batch', () => {
  it('holds a file signed with a key never seen, writing nothing, until the coordinator accepts it', async () => {
    const file = await exportedFrom('anna-laptop', 'anna.k', ad());
    const db = await coordinator();
    const before = await storeCounts(db);

    const [held] = await importFiles({ db, by: 'coord', clock: at }, [file]);
    expect(held).toMatchObject({
      status: 'untrusted-key',
      trust: { status: 'unknown' },
      signedBy: { researcher: 'anna.k' },
    });
    expect(await storeCounts(db)).toEqual(before);

    const [imported] = await importFiles({ db, by: 'coord', clock: at }, [file], {
      acceptKeys: new Set([fingerprintOf(held)]),
    });
    expect(imported).toMatchObject({ status: 'imported', acceptedNow: true, signedBy: { researcher: 'anna.k' } });
    const signer = SignerSchema.parse(await db.get('signers', fingerprintOf(held)));
    expect(signer).toMatchObject({
      researcher: 'anna.k',
      firstSeen: '2026-04-02T08:00:00.000Z',
      accepted: { at: '2026-04-02T08:00:00.000Z', by: 'coord' },
    });
    const batchId = imported!.status === 'imported' ? imported!.batch.id : '';
    expect(BatchRecordSchema.parse(await db.get('batches', batchId)).imported?.signedBy).toEqual({
      researcher: 'anna.k',
      fingerprint: fingerprintOf(held),
      acceptedNow: true,
    });
  });

  it('imports the next file signed with the accepted key at once, saying who signed it and since when', async () => {
    const first = await exportedFrom('anna-laptop', 'anna.k', ad());
    const second = await exportedFrom('anna-laptop', 'anna.k', ad());
    const db = await coordinator();
    const [held] = await importFiles({ db, by: 'coord', clock: at }, [first]);
    await importFiles({ db, by: 'coord', clock: at }, [first], { acceptKeys: new Set([fingerprintOf(held)]) });

    const [report] = await importFiles({ db, by: 'coord' }, [second]);
    expect(report).toMatchObject({
      status: 'imported',
      acceptedNow: false,
      trust: { status: 'accepted', firstSeen: '2026-04-02T08:00:00.000Z', acceptedBy: 'coord' },
      signedBy: { fingerprint: fingerprintOf(held) },
    });
  });

  it('warns that a researcher’s key changed (a reinstalled browser, or someone in their name) and holds the file', async () => {
    const before = await exportedFrom('anna-laptop', 'anna.k', ad());
    const after = await exportedFrom('anna-new-laptop', 'anna.k', ad());
    const db = await coordinator();
    const [first] = await importFiles({ db, by: 'coord', clock: at }, [before]);
    await importFiles({ db, by: 'coord', clock: at }, [before], { acceptKeys: new Set([fingerprintOf(first)]) });
    const counts = await storeCounts(db);

    const [report] = await importFiles({ db, by: 'coord' }, [after]);
    expect(report).toMatchObject({
      status: 'untrusted-key',
      trust: {
        status: 'changed',
        previous: [{ fingerprint: fingerprintOf(first), firstSeen: '2026-04-02T08:00:00.000Z' }],
      },
    });
    expect(fingerprintOf(report)).not.toBe(fingerprintOf(first));
    expect(await storeCounts(db)).toEqual(counts);
  });

  it('names the accepted researcher a new sender’s id looks like (a Cyrillic letter, a hidden space: forge17)', async () => {
    const real = await exportedFrom('anna-laptop', 'anna.k', ad());
    const db = await coordinator();
    const [first] = await importFiles({ db, by: 'coord', clock: at }, [real]);
    await importFiles({ db, by: 'coord', clock: at }, [real], { acceptKeys: new Set([fingerprintOf(first)]) });

    for (const impostor of ['\u0430nna.k', 'anna\u200B.k', 'Anna.K']) {
      const [report] = await importFiles({ db, by: 'coord' }, [await exportedFrom('mallory', impostor, ad())]);
      expect(report).toMatchObject({
        status: 'untrusted-key',
        signedBy: { researcher: impostor },
        trust: { status: 'unknown', lookAlikes: ['anna.k'] },
      });
    }
    const [stranger] = await importFiles({ db, by: 'coord' }, [await exportedFrom('ben-laptop', 'ben.o', ad())]);
    expect(stranger).toMatchObject({ status: 'untrusted-key', trust: { status: 'unknown' } });
    expect(stranger!.status === 'untrusted-key' && stranger!.trust).not.toHaveProperty('lookAlikes');
  });

  it('names the accepted researcher a sender’s id is with white space added (forge29: it drew as anna.k, unnamed)', async () => {
    const real = await exportedFrom('anna-laptop', 'anna.k', ad());
    const db = await coordinator();
    const [first] = await importFiles({ db, by: 'coord', clock: at }, [real]);
    await importFiles({ db, by: 'coord', clock: at }, [real], { acceptKeys: new Set([fingerprintOf(first)]) });
    const spaced = ['anna.k ', ' anna.k', 'anna .k', 'anna.k\u00A0', 'anna.k\u3000'];

    for (const [n, impostor] of spaced.entries()) {
      // Spoor trims the ids it writes, so the impostor signs a file of their own making with a key in that name.
      const observed = await observation({ n: 1, capturedAt: '2026-03-10T09:30:00.000Z' });
      const doc = await signedBatch([flag({ n: 1, observations: [observed] })], batchMeta(n + 1, impostor));
      const [report] = await importFiles({ db, by: 'coord', clock: at }, [
        new File([JSON.stringify(doc)], 'batch.json'),
      ]);
      expect(report).toMatchObject({
        status: 'untrusted-key',
        signedBy: { researcher: impostor },
        trust: { status: 'unknown', lookAlikes: ['anna.k'] },
      });
    }
  });

  it('refuses a file whose signature does not match, whatever keys are accepted', async () => {
    const file = await exportedFrom('anna-laptop', 'anna.k', ad());
    const db = await coordinator();
    const [held] = await importFiles({ db, by: 'coord' }, [file]);
    // One letter of the signed manifest changed: the bundle's own hashes cannot notice, the signature does.
    const files = unzipSync(new Uint8Array(await file.arrayBuffer()));
    const manifest = strFromU8(files['manifest.json']!).replace('"survey": "Ivory 2026"', '"survey": "ivory 2026"');
    const forged = new File([zipSync({ ...files, 'manifest.json': strToU8(manifest) })], 'forged.zip');

    const [report] = await importFiles({ db, by: 'coord' }, [forged], { acceptKeys: new Set([fingerprintOf(held)]) });
    expect(report).toMatchObject({ status: 'invalid' });
    expect(report!.status === 'invalid' && report!.problems).toContainEqual({
      file: 'manifest.json',
      path: 'signature',
      message: expect.stringContaining('signature does not match'),
    });
    expect(await db.count('flags')).toBe(0);
  });
});
