import { SignerSchema, type Signer } from '@/lib/records/signing';
import type { SpoorDb } from '@/lib/storage/db';
import { writeAtomically } from '@/lib/storage/transaction';

/**
 * The keys imported files were signed with, as this profile knows them: accepted, waiting or revoked, the researcher
 * first, then the newest key.
 * @example (await knownSigners(db)).filter((signer) => signer.accepted && !signer.revoked)
 */
export async function knownSigners(db: SpoorDb): Promise<Signer[]> {
  const signers = (await db.getAll('signers')).flatMap((record) => {
    const parsed = SignerSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
  return signers.sort(
    (a, b) => a.researcher.localeCompare(b.researcher) || b.keyCreatedAt.localeCompare(a.keyCreatedAt),
  );
}

/**
 * Revokes a key the coordinator has seen: from now on every file it signs is refused, whatever dates the file gives,
 * since whoever holds a lost key writes those dates too. A key revoked before keeps its first revocation.
 * @example await revokeSigner(db, fingerprint, { at: new Date(), by: 'coord', reason: 'laptop stolen' });
 */
export async function revokeSigner(
  db: SpoorDb,
  fingerprint: string,
  revocation: { at: Date; by: string; reason: string },
): Promise<Signer> {
  const reason = revocation.reason.trim();
  if (!reason) throw new Error('Say why the key is revoked: the reason is kept with it.');
  const tx = db.transaction('signers', 'readwrite');
  return writeAtomically(
    tx,
    async () => {
      const stored = SignerSchema.safeParse(await tx.store.get(fingerprint));
      if (!stored.success) throw new Error(`no imported file was signed with key ${fingerprint}`);
      if (stored.data.revoked) return stored.data;
      const revoked: Signer = {
        ...stored.data,
        revoked: { at: revocation.at.toISOString(), by: revocation.by, reason },
      };
      await tx.store.put(revoked);
      return revoked;
    },
    'the key was not revoked. Free disk space and try again.',
  );
}

/**
 * The signer to store when a backup brings one this profile already holds: a revocation on either side stays (the
 * earlier one), so restoring an older backup never un-revokes a key, and a backup's revocation reaches this profile.
 * @example const kept = withRevocation(stored, fromBackup);
 */
export function withRevocation(stored: Signer, incoming: Signer): Signer {
  const revocations = [stored.revoked, incoming.revoked].flatMap((revoked) => (revoked ? [revoked] : []));
  const earliest = revocations.sort((a, b) => a.at.localeCompare(b.at))[0];
  return earliest ? { ...stored, revoked: earliest } : stored;
}
