import type { ImportedBatch } from './validate';
import { mergeBatch, type MergeResult } from './merge';
import { distinctArtifacts } from '@/lib/batch-format/evidence-files';
import { FlagSchema, type Flag } from '@/lib/records/flag';
import type { SpoorDb } from '@/lib/storage/db';
import type { StoredArtifact } from '@/lib/storage/schema';
import { writeAtomically } from '@/lib/storage/transaction';
import { BatchRecordSchema } from '@/lib/records/batch';

export interface ImportContext {
  /** The coordinator importing (settings' researcher id). */
  by: string;
  at: Date;
}

/**
 * Writes one validated batch, merged into the flags already here, in ONE
 * readwrite transaction: flags, evidence files, audit entries and the batch
 * record land together or not at all. Everything slow (reading the ZIP,
 * hashing) happened in importBatchFile before; inside, the transaction only
 * waits for its own requests and the synchronous merge, and reads the flags
 * it merges into itself, so a flag saved in another tab meanwhile is not lost.
 * @example const { summary, conflicts } = await writeImportedBatch(db, result.batch, { by: 'coord', at: new Date() });
 */
export async function writeImportedBatch(
  db: SpoorDb,
  imported: ImportedBatch,
  context: ImportContext,
): Promise<MergeResult> {
  const { document } = imported;
  const at = context.at.toISOString();
  const refs = new Map(distinctArtifacts(document.flags).map((ref) => [ref.sha256, ref]));
  const tx = db.transaction(['flags', 'artifacts', 'audit', 'batches'], 'readwrite');
  return writeAtomically(
    tx,
    async () => {
      if (await tx.objectStore('batches').get(document.batch.id))
        throw new Error(`batch ${document.batch.id} was imported meanwhile; nothing changed`);
      const existing = new Map<string, Flag>();
      for (const incoming of document.flags) {
        const byId = await tx.objectStore('flags').get(incoming.id);
        const byUrl = await tx.objectStore('flags').index('canonicalUrl').getAll(incoming.canonicalUrl);
        for (const stored of [byId, ...byUrl]) if (stored) existing.set(stored.id, FlagSchema.parse(stored));
      }
      const merged = mergeBatch([...existing.values()], document, context);
      for (const [sha256, blob] of imported.artifacts) {
        if (await tx.objectStore('artifacts').getKey(sha256)) continue;
        const ref = refs.get(sha256)!;
        const artifact: StoredArtifact = { blob, mimeType: ref.mimeType, bytes: ref.bytes };
        await tx.objectStore('artifacts').put(artifact, sha256);
      }
      for (const flag of merged.flags) await tx.objectStore('flags').put(flag);
      for (const entry of merged.audit) await tx.objectStore('audit').add(entry);
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
          },
        }),
      );
      return merged;
    },
    'this batch was not imported and nothing here changed. Free disk space, or export and delete old flags, then import it again.',
  );
}
