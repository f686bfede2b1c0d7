import type { IDBPTransaction } from 'idb';
import type { SpoorDb } from '@/lib/storage/db';
import type { SpoorDbSchema, StoreName } from '@/lib/storage/schema';
import { SignerSchema, SigningKeySchema, type SignedBy, type Signer } from '@/lib/records/signing';
import { looksAlike } from '@/lib/matching/look-alike';

/**
 * How far the coordinator trusts the key an imported file was signed with:
 * - `own`: this profile's own key;
 * - `accepted`: a key accepted before for this researcher (since `firstSeen`);
 * - `unknown`: the first key seen for this researcher: compare fingerprints, then accept;
 * - `changed`: the researcher signed with other keys before (a reinstalled
 *   browser makes a new key; so would someone writing in their name);
 * - `revoked`: the coordinator revoked the key (lost or stolen): nothing it signs is imported, accepted or not.
 * A key not accepted yet also names the accepted researchers whose names look like its own (`lookAlikes`:
 * "аnna.k" with a Cyrillic "а", or "anna.k " with a trailing space, beside "anna.k"), so the coordinator is not led
 * to take a stranger for them.
 */
export type KeyTrust =
  | { status: 'own' }
  | { status: 'accepted'; firstSeen: string; acceptedBy: string }
  | { status: 'unknown'; lookAlikes?: string[] }
  | { status: 'changed'; previous: Array<{ fingerprint: string; firstSeen: string }>; lookAlikes?: string[] }
  | { status: 'revoked'; revoked: NonNullable<Signer['revoked']> };

/**
 * The trust in the key that signed a file, from this profile's keys and the signers it accepted.
 * @example if ((await keyTrust(db, signedBy)).status === 'changed') warn();
 */
export async function keyTrust(db: SpoorDb, signedBy: SignedBy): Promise<KeyTrust> {
  const tx = db.transaction(['keys', 'signers'], 'readonly');
  const [own, stored, sameResearcher, signers, ownKeys] = await Promise.all([
    tx.objectStore('keys').get(signedBy.fingerprint),
    tx.objectStore('signers').get(signedBy.fingerprint),
    tx.objectStore('signers').index('researcher').getAll(signedBy.researcher),
    tx.objectStore('signers').getAll(),
    tx.objectStore('keys').getAll(),
    tx.done,
  ]);
  if (SigningKeySchema.safeParse(own).success) return { status: 'own' };
  const signer = SignerSchema.safeParse(stored);
  // A revoked key stays revoked under any researcher id the file gives.
  if (signer.success && signer.data.revoked) return { status: 'revoked', revoked: signer.data.revoked };
  if (signer.success && signer.data.accepted && signer.data.researcher === signedBy.researcher)
    return { status: 'accepted', firstSeen: signer.data.firstSeen, acceptedBy: signer.data.accepted.by };
  const previous = sameResearcher
    .flatMap((record) => {
      const parsed = SignerSchema.safeParse(record);
      return parsed.success && parsed.data.accepted ? [parsed.data] : [];
    })
    .filter((known) => known.fingerprint !== signedBy.fingerprint)
    .map(({ fingerprint, firstSeen }) => ({ fingerprint, firstSeen }));
  const known = [
    ...signers.flatMap((record) => {
      const parsed = SignerSchema.safeParse(record);
      return parsed.success && parsed.data.accepted ? [parsed.data.researcher] : [];
    }),
    ...ownKeys.flatMap((record) => {
      const parsed = SigningKeySchema.safeParse(record);
      return parsed.success ? [parsed.data.researcherId] : [];
    }),
  ];
  const lookAlikes = [...new Set(known)].filter((name) => researcherLooksLike(name, signedBy.researcher));
  const alike = lookAlikes.length > 0 ? { lookAlikes } : {};
  return previous.length > 0 ? { status: 'changed', previous, ...alike } : { status: 'unknown', ...alike };
}

/** White space draws as nothing at a name's ends and as little inside it: "anna.k ", "anna .k" read as "anna.k". */
const WHITE_SPACE = /\p{White_Space}/gu;

/** Whether a sender's researcher id would be read as another, known one: look-alike letters, case or white space. */
function researcherLooksLike(known: string, sender: string): boolean {
  if (known === sender) return false;
  const [drawnKnown, drawnSender] = [known, sender].map((name) => name.replace(WHITE_SPACE, ''));
  return drawnKnown === drawnSender || looksAlike(drawnKnown, drawnSender);
}

/**
 * Records, inside an import's transaction, that the coordinator trusts the
 * key: first seen now, accepted now by `by`. A key already recorded (or this
 * profile's own) is left as it is.
 * @example await rememberSigner(tx, signedBy, at, 'coord');
 */
export async function rememberSigner(
  tx: IDBPTransaction<SpoorDbSchema, StoreName[], 'readwrite'>,
  signedBy: SignedBy,
  at: string,
  by: string,
): Promise<void> {
  if ((await tx.objectStore('keys').getKey(signedBy.fingerprint)) !== undefined) return;
  const stored = SignerSchema.safeParse(await tx.objectStore('signers').get(signedBy.fingerprint));
  if (stored.success && stored.data.revoked) throw new Error(`key ${signedBy.fingerprint} was revoked`);
  if (stored.success && stored.data.accepted && stored.data.researcher === signedBy.researcher) return;
  const signer: Signer = {
    fingerprint: signedBy.fingerprint,
    researcher: signedBy.researcher,
    publicKey: signedBy.publicKey,
    keyCreatedAt: signedBy.keyCreatedAt,
    firstSeen: stored.success ? stored.data.firstSeen : at,
    accepted: { at, by },
  };
  await tx.objectStore('signers').put(signer);
}

/**
 * When this profile holds the key (its own, or a signer seen before), the date the key was made as recorded then;
 * undefined for a key never seen. A file naming the same key with another date rewrote it: Spoor never does.
 * @example if ((await recordedKeyDate(db, fingerprint)) !== signedBy.keyCreatedAt) refuse();
 */
export async function recordedKeyDate(db: SpoorDb, fingerprint: string): Promise<string | undefined> {
  const tx = db.transaction(['keys', 'signers'], 'readonly');
  const [own, signer] = await Promise.all([
    tx.objectStore('keys').get(fingerprint),
    tx.objectStore('signers').get(fingerprint),
    tx.done,
  ]);
  const ownKey = SigningKeySchema.safeParse(own);
  if (ownKey.success) return ownKey.data.createdAt;
  const seen = SignerSchema.safeParse(signer);
  return seen.success ? seen.data.keyCreatedAt : undefined;
}
