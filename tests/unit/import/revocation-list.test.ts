import { beforeEach, describe, expect, it } from 'vitest';
import { importFiles, type FileReport } from '@/lib/import/import-flow';
import { SignerSchema } from '@/lib/records/signing';
import { ensureSigningKey } from '@/lib/signing/keys';
import { readRevocationList, revocationListText, type RevocationList } from '@/lib/signing/revocation-list';
import { mergeRevocations } from '@/lib/signing/revocation-merge';
import { revokeSigner } from '@/lib/signing/revoke';
import { signDocument } from '@/lib/signing/sign';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { exportedFrom, freshIndexedDb } from '../export/flow-support';

/*
 * A key reported lost at one coordinator's desk is refused at every desk: the coordinator exports the keys revoked
 * there as a signed list, another imports it. A list is read whole before anything is written, and merging never
 * un-revokes a key.
 */

const at = () => new Date('2026-04-02T08:00:00.000Z');
const revokedAt = new Date('2026-05-01T00:00:00.000Z');
let counter = 0;
const nextAd = () => `https://shop.example/ad/${(counter += 1)}`;

beforeEach(freshIndexedDb);

const fingerprintOf = (report: FileReport | undefined) =>
  report && 'signedBy' in report ? report.signedBy.fingerprint : '';

/** A coordinator's database that accepted the key of the researcher who exported `batch`; returns its fingerprint. */
async function accepting(name: string, batch: File): Promise<{ db: SpoorDb; fingerprint: string }> {
  const db = await openSpoorDb(name);
  const fingerprint = fingerprintOf((await importFiles({ db, by: name, clock: at }, [batch]))[0]);
  await importFiles({ db, by: name, clock: at }, [batch], { acceptKeys: new Set([fingerprint]) });
  return { db, fingerprint };
}

/** The list of keys `name` revoked, signed with that coordinator's key. */
async function listOf(db: SpoorDb, name: string): Promise<string> {
  return revocationListText(db, await ensureSigningKey(db, name, at), revokedAt);
}

async function readyList(text: string): Promise<RevocationList> {
  const read = await readRevocationList(text, 'revoked.json');
  if (read.status !== 'ready') throw new Error(JSON.stringify(read.problems));
  return read.list;
}

describe('a list of revoked keys', () => {
  it('carries a revocation to a coordinator who trusted the key and to one who never saw it', async () => {
    const first = await exportedFrom('anna-laptop', 'anna.k', nextAd());
    const stolen = await exportedFrom('anna-laptop', 'anna.k', nextAd());
    const lyon = await accepting('lyon', first);
    await revokeSigner(lyon.db, lyon.fingerprint, { at: revokedAt, by: 'lyon', reason: 'laptop stolen' });
    const text = await listOf(lyon.db, 'lyon');

    const read = await readRevocationList(text, 'revoked.json');
    expect(read).toMatchObject({ status: 'ready', signedBy: { researcher: 'lyon' } });
    const brussels = await accepting('brussels', first);
    const fresh = await openSpoorDb('fresh');
    for (const db of [brussels.db, fresh]) {
      const merged = await mergeRevocations(db, await readyList(text), at());
      expect(merged).toMatchObject({ alreadyRevoked: 0, revokedNow: [{ fingerprint: lyon.fingerprint }] });
      const [report] = await importFiles({ db, by: 'coord', clock: at }, [stolen], {
        acceptKeys: new Set([lyon.fingerprint]),
      });
      expect(report).toMatchObject({
        status: 'revoked-key',
        trust: { revoked: { at: revokedAt.toISOString(), by: 'lyon', reason: 'laptop stolen' } },
      });
    }
    // The key stays accepted as it was at Brussels: revoked beside it, never re-accepted or forgotten.
    expect(SignerSchema.parse(await brussels.db.get('signers', lyon.fingerprint)).accepted?.by).toBe('brussels');
  });

  it('never un-revokes: a key revoked on both sides keeps the earlier revocation, a list without it changes nothing', async () => {
    const first = await exportedFrom('anna-laptop', 'anna.k', nextAd());
    const lyon = await accepting('lyon', first);
    const brussels = await accepting('brussels', first);
    await revokeSigner(lyon.db, lyon.fingerprint, { at: revokedAt, by: 'lyon', reason: 'stolen' });
    const earlier = new Date('2026-04-20T00:00:00.000Z');
    await revokeSigner(brussels.db, lyon.fingerprint, { at: earlier, by: 'brussels', reason: 'lost' });
    const empty = await listOf(await openSpoorDb('nobody'), 'nobody');

    const merged = await mergeRevocations(brussels.db, await readyList(await listOf(lyon.db, 'lyon')), at());
    await mergeRevocations(brussels.db, await readyList(empty), at());

    expect(merged).toEqual({ revokedNow: [], alreadyRevoked: 1 });
    expect(SignerSchema.parse(await brussels.db.get('signers', lyon.fingerprint)).revoked).toEqual({
      at: earlier.toISOString(),
      by: 'brussels',
      reason: 'lost',
    });
    // And Lyon, importing Brussels' list, takes the earlier revocation too.
    await mergeRevocations(lyon.db, await readyList(await listOf(brussels.db, 'brussels')), at());
    expect(SignerSchema.parse(await lyon.db.get('signers', lyon.fingerprint)).revoked?.by).toBe('brussels');
  });
});

describe('a forged or damaged list', () => {
  /** Lyon's signed list revoking anna's key, as parsed JSON to tamper with. */
  async function lyonList(): Promise<{ json: Record<string, unknown>; db: SpoorDb }> {
    const lyon = await accepting('lyon', await exportedFrom('anna-laptop', 'anna.k', nextAd()));
    await revokeSigner(lyon.db, lyon.fingerprint, { at: revokedAt, by: 'lyon', reason: 'laptop stolen' });
    return { json: JSON.parse(await listOf(lyon.db, 'lyon')) as Record<string, unknown>, db: lyon.db };
  }
  const entry = (json: Record<string, unknown>) => (json.revocations as Array<Record<string, unknown>>)[0]!;

  it('is refused whole, saying the field, when a byte changed after signing', async () => {
    const { json } = await lyonList();
    entry(json).reason = 'nothing';
    (entry(json).revoked as Record<string, unknown>).reason = 'changed';
    const read = await readRevocationList(JSON.stringify(json), 'revoked.json');
    expect(read).toMatchObject({ status: 'invalid', problems: [{ file: 'revoked.json', path: 'revocations[0]' }] });

    delete entry(json).reason;
    const resigned = await readRevocationList(JSON.stringify(json), 'revoked.json');
    expect(resigned).toMatchObject({ status: 'invalid', problems: [{ path: 'signature' }] });
  });

  it('is refused when, signed by its forger, it names one key under another key’s fingerprint or twice', async () => {
    const { json, db } = await lyonList();
    const { signature: _signature, ...unsigned } = json;
    const forger = await ensureSigningKey(db, 'forger', at);
    const other = { ...entry(json), fingerprint: 'ab'.repeat(32) };
    const forged = await signDocument({ ...unsigned, revocations: [entry(json), other, entry(json)] }, forger);

    const read = await readRevocationList(JSON.stringify(forged), 'forged.json');

    expect(read).toEqual({
      status: 'invalid',
      problems: [
        {
          file: 'forged.json',
          path: 'revocations[1].fingerprint',
          message: 'not the fingerprint of the public key it names',
        },
        { file: 'forged.json', path: 'revocations[2].fingerprint', message: 'the key is listed twice' },
      ],
    });
  });

  it.each([
    ['another file', '{"format":"spoor-batch","batch":{}}', 'format'],
    ['not JSON', '{"format":', ''],
    ['a key written twice', '{"format":"spoor-revocations","format":"spoor-revocations"}', ''],
  ])('is refused when it is %s', async (_case, text, path) => {
    const read = await readRevocationList(text, 'x.json');
    expect(read).toMatchObject({ status: 'invalid', problems: [{ file: 'x.json', path }] });
  });

  it('is refused unsigned', async () => {
    const { json } = await lyonList();
    delete json.signature;
    const read = await readRevocationList(JSON.stringify(json), 'revoked.json');
    expect(read).toMatchObject({ status: 'invalid', problems: [{ path: 'signature' }] });
  });
});
