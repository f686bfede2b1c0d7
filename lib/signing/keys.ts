import { base64FromBytes } from '@/lib/integrity/bytes';
import { sha256Hex } from '@/lib/integrity/hash';
import type { SpoorDb } from '@/lib/storage/db';
import { writeAtomically } from '@/lib/storage/transaction';
import { SIGNATURE_ALGORITHM, SigningKeySchema, type SigningKey } from '@/lib/records/signing';

/**
 * A new Ed25519 key pair for the researcher: the private key non-extractable
 * (it can sign, nobody can read it), the public key's fingerprint computed.
 * @example const key = await createSigningKey('anna.k', new Date());
 */
export async function createSigningKey(researcherId: string, now: Date): Promise<SigningKey> {
  const pair = (await crypto.subtle.generateKey({ name: SIGNATURE_ALGORITHM }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return SigningKeySchema.parse({
    fingerprint: await sha256Hex(raw),
    researcherId,
    createdAt: now.toISOString(),
    publicKey: base64FromBytes(raw),
    privateKey: pair.privateKey,
  });
}

/**
 * The researcher's signing key in this profile, the newest if there are
 * several; undefined when none was made yet.
 * @example const key = await signingKeyOf(db, 'anna.k');
 */
export async function signingKeyOf(db: SpoorDb, researcherId: string): Promise<SigningKey | undefined> {
  const stored = await db.getAllFromIndex('keys', 'researcherId', researcherId);
  const keys = stored.flatMap((record) => {
    const parsed = SigningKeySchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
  return keys.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/**
 * The researcher's key, made and stored now if this profile has none for
 * that id. The key is generated before the write transaction (WebCrypto is
 * async) and stored only if no other page stored one meanwhile, so each id
 * keeps one key.
 * @example const key = await ensureSigningKey(db, settings.researcherId);
 */
export async function ensureSigningKey(
  db: SpoorDb,
  researcherId: string,
  clock: () => Date = () => new Date(),
): Promise<SigningKey> {
  const id = researcherId.trim();
  if (!id) throw new Error('Set your researcher id first: your signing key is made with it.');
  const existing = await signingKeyOf(db, id);
  if (existing) return existing;
  const made = await createSigningKey(id, clock());
  const tx = db.transaction('keys', 'readwrite');
  return writeAtomically(
    tx,
    async () => {
      const raced = await tx.store.index('researcherId').getAll(id);
      const winner = raced.map((record) => SigningKeySchema.safeParse(record)).find((parsed) => parsed.success);
      if (winner?.success) return winner.data;
      await tx.store.put(made);
      return made;
    },
    'your signing key could not be stored. Free disk space and try again.',
  );
}

/**
 * A fingerprint as people read it out: the first 128 bits in groups of four.
 * @example readableFingerprint('ab12cd34…') // 'ab12 cd34 ef56 7890 1a2b 3c4d 5e6f 7a8b'
 */
export function readableFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 32).match(/.{1,4}/g) ?? []).join(' ');
}
