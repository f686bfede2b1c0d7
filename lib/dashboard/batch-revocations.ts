import { z } from 'zod';
import type { BatchRecord } from '@/lib/records/batch';
import { SignerSchema } from '@/lib/records/signing';
import type { SpoorDb } from '@/lib/storage/db';

/**
 * An imported batch whose signing key was revoked after the import. The batch stays (the import's date is this
 * profile's, so it was received before the revocation was known here), but its dates and contents are the key
 * holder's word, and a lost key may have been in other hands before anyone revoked it: the batch list says so.
 */
export const BatchRevocationSchema = z.object({
  batchId: z.uuid(),
  fingerprint: z.string(),
  revoked: SignerSchema.shape.revoked.unwrap(),
});
export type BatchRevocation = z.infer<typeof BatchRevocationSchema>;

/**
 * The imported batches among `batches` signed with a key this profile has revoked since.
 * @example const marked = await batchRevocations(db, await listBatches(db));
 */
export async function batchRevocations(db: SpoorDb, batches: readonly BatchRecord[]): Promise<BatchRevocation[]> {
  const signers = new Map(
    (await db.getAll('signers')).flatMap((stored) => {
      const parsed = SignerSchema.safeParse(stored);
      return parsed.success && parsed.data.revoked ? [[parsed.data.fingerprint, parsed.data.revoked] as const] : [];
    }),
  );
  return batches.flatMap(({ id, imported }) => {
    const fingerprint = imported?.signedBy?.fingerprint;
    const revoked = fingerprint === undefined ? undefined : signers.get(fingerprint);
    return fingerprint && revoked ? [{ batchId: id, fingerprint, revoked }] : [];
  });
}
