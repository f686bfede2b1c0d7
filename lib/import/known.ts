import { batchLabel } from '@/lib/batch-format/label';
import type { SpoorDb } from '@/lib/storage/db';
import { BatchRecordSchema } from '@/lib/records/batch';

/** How this database knows a batch already: imported before, or exported from here. */
export interface KnownBatch {
  at: string;
  how: 'imported' | 'exported';
  /** The batch's label (batchLabel), where this database holds its record. */
  label?: string;
  /** SHA-256 of its batch.json, where this database has it: the one file this batch id names. */
  sha256?: string;
}

/**
 * Every batch this database has recorded, by id, from the batches store
 * alone: the record an import or an export writes itself. Audit entries are
 * not asked: they can arrive in a file, and a forged "import" entry must not
 * make a real batch look imported already.
 * @example (await knownBatchIds(db)).get(batchId) // { at: '2026-04-02T08:00:00.000Z', how: 'imported' }
 */
export async function knownBatchIds(db: SpoorDb): Promise<Map<string, KnownBatch>> {
  const known = new Map<string, KnownBatch>();
  for (const stored of await db.getAll('batches')) {
    const record = BatchRecordSchema.safeParse(stored);
    if (!record.success) continue;
    const { id, imported, savedAt, createdAt, document } = record.data;
    const label = batchLabel(record.data);
    const sha256 = imported ? imported.sha256 : document?.sha256;
    known.set(id, {
      ...(imported ? { at: imported.importedAt, how: 'imported' } : { at: savedAt ?? createdAt, how: 'exported' }),
      label,
      ...(sha256 && { sha256 }),
    });
  }
  return known;
}
