import type { ImportedBatch } from './validate';
import { mergeBatch, type MergeResult } from '@/lib/merge/merge';
import { distinctArtifacts } from '@/lib/batch-format/evidence-files';
import { FlagSchema, TombstoneSchema, type Flag, type Tombstone } from '@/lib/records/flag';
import { readableFingerprint } from '@/lib/signing/keys';
import { rememberSigner } from '@/lib/signing/trust';
import type { SpoorDb } from '@/lib/storage/db';
import type { StoredArtifact } from '@/lib/storage/schema';
import { writeAtomically } from '@/lib/storage/transaction';
import { BatchRecordSchema, type ReadingDisagreement } from '@/lib/records/batch';

export interface ImportContext {
  /** The coordinator importing (settings' researcher id). */
  by: string;
  at: Date;
  /** The coordinator accepted the batch's unknown or changed key for this import. */
  acceptedKey?: boolean;
  /** The coordinator's dictionary's disagreements with the batch's detections, kept on the batch record. */
  reading?: ReadingDisagreement[];
}

/**
 * Writes one validated batch, merged into the flags already here, in ONE
 * readwrite transaction: flags, evidence files, audit entries (the batch's own,
 * where not already stored, then one import or merge entry per flag), the
 * batch record and the signer's key land together or not at all. Everything
 * slow (reading the ZIP, hashing, verifying signatures) happened before;
 * inside, the transaction only waits for its own requests and the synchronous
 * merge, and reads the flags it merges into itself, so a flag saved in another
 * tab meanwhile is not lost.
 * @example const { summary, conflicts } = await writeImportedBatch(db, result.batch, { by: 'coord', at: new Date() });
 */
export async function writeImportedBatch(
  db: SpoorDb,
  imported: ImportedBatch,
  context: ImportContext,
): Promise<MergeResult> {
  const { document, signedBy } = imported;
  const at = context.at.toISOString();
  const refs = new Map(distinctArtifacts(document.flags).map((ref) => [ref.sha256, ref]));
  const tx = db.transaction(['flags', 'artifacts', 'audit', 'batches', 'tombstones', 'keys', 'signers'], 'readwrite');
  return writeAtomically(
    tx,
    async () => {
      if (await tx.objectStore('batches').get(document.batch.id))
        throw new Error(`batch ${document.batch.id} was imported meanwhile; nothing changed`);
      const existing = new Map<string, Flag>();
      const tombstones = new Map<string, Tombstone>();
      for (const incoming of document.flags) {
        const byId = await tx.objectStore('flags').get(incoming.id);
        const byUrl = await tx.objectStore('flags').index('canonicalUrl').getAll(incoming.canonicalUrl);
        for (const stored of [byId, ...byUrl]) if (stored) existing.set(stored.id, FlagSchema.parse(stored));
        const deleted = await tx.objectStore('tombstones').get(incoming.id);
        if (deleted) tombstones.set(incoming.id, TombstoneSchema.parse(deleted));
      }
      const signer = `${signedBy.researcher}, key ${readableFingerprint(signedBy.fingerprint)}`;
      const merged = mergeBatch([...existing.values()], document, { ...context, tombstones, signer });
      for (const [sha256, blob] of imported.artifacts) {
        if (await tx.objectStore('artifacts').getKey(sha256)) continue;
        const ref = refs.get(sha256)!;
        const artifact: StoredArtifact = { blob, mimeType: ref.mimeType, bytes: ref.bytes };
        await tx.objectStore('artifacts').put(artifact, sha256);
      }
      const byHash = tx.objectStore('audit').index('hash');
      for (const entry of [...document.audit, ...merged.audit])
        if ((await byHash.getKey(entry.hash)) === undefined) await tx.objectStore('audit').add(entry);
      for (const flag of merged.flags) await tx.objectStore('flags').put(flag);
      const { batch } = document;
      await tx.objectStore('batches').put(
        BatchRecordSchema.parse({
          ...batch,
          flagIds: merged.flags.map((flag) => flag.id),
          formats: [],
          imported: {
            fileName: imported.fileName,
            importedAt: at,
            from: batch.researcher,
            evidence: imported.evidenceIncluded,
            sha256: imported.sha256,
            signedBy: {
              researcher: signedBy.researcher,
              fingerprint: signedBy.fingerprint,
              acceptedNow: context.acceptedKey ?? false,
            },
            ...(context.reading && { reading: context.reading }),
          },
        }),
      );
      await rememberSigner(tx, signedBy, at, context.by);
      return merged;
    },
    'this batch was not imported and nothing here changed. Free disk space, or export and delete old flags, then import it again.',
  );
}
