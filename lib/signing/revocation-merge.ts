import { SignerSchema, type Signer } from '@/lib/records/signing';
import type { SpoorDb } from '@/lib/storage/db';
import { writeAtomically } from '@/lib/storage/transaction';
import { signerOf, type RevocationList } from './revocation-list';
import { withRevocation } from './revoke';

/** What an imported list changed: keys revoked here by it, and keys this profile had revoked already. */
export interface RevocationMerge {
  /** Keys now refused here because of the list (unknown keys included: their first file will be refused). */
  revokedNow: Signer[];
  /** Keys revoked here before: each keeps the earlier of the two revocations. */
  alreadyRevoked: number;
}

/**
 * Merges another coordinator's list of revoked keys into this profile's signers, in one transaction: a key not
 * revoked here becomes revoked (a key never seen is recorded revoked, so its first file is refused), a key revoked on
 * both sides keeps the earlier revocation (lib/signing/revoke.ts), and nothing is ever un-revoked or accepted.
 * @example const { revokedNow } = await mergeRevocations(db, read.list, new Date());
 */
export async function mergeRevocations(db: SpoorDb, list: RevocationList, at: Date): Promise<RevocationMerge> {
  const tx = db.transaction('signers', 'readwrite');
  return writeAtomically(
    tx,
    async () => {
      const merged: RevocationMerge = { revokedNow: [], alreadyRevoked: 0 };
      for (const key of list.revocations) {
        const incoming = signerOf(key, at.toISOString());
        const stored = SignerSchema.safeParse(await tx.store.get(key.fingerprint));
        if (stored.success && stored.data.revoked) merged.alreadyRevoked += 1;
        const kept = stored.success ? withRevocation(stored.data, incoming) : incoming;
        if (!stored.success || !stored.data.revoked) merged.revokedNow.push(kept);
        await tx.store.put(kept);
      }
      return merged;
    },
    'the revocations were not saved. Free disk space and try again.',
  );
}
