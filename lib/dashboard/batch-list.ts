import type { SpoorDb } from '@/lib/storage/db';
import { BatchRecordSchema, type BatchRecord } from '@/lib/records/batch';

/**
 * Every batch record, newest first (by when it was saved or imported).
 * Records that no longer parse are left out rather than failing the list.
 * @example const batches = await listBatches(db);
 */
export async function listBatches(db: SpoorDb): Promise<BatchRecord[]> {
  const records = (await db.getAll('batches')).flatMap((stored) => {
    const parsed = BatchRecordSchema.safeParse(stored);
    return parsed.success ? [parsed.data] : [];
  });
  const when = (record: BatchRecord) => record.imported?.importedAt ?? record.savedAt ?? record.createdAt;
  return records.sort((a, b) => when(b).localeCompare(when(a)));
}
