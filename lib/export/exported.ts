import { BatchRecordSchema } from '@/lib/records/batch';

/**
 * The ids of the flags saved in a batch from this Spoor (not batches imported
 * here): being exported is a fact about batches, not a review status.
 * @example exportedFlagIds(await db.getAll('batches')).has(flag.id)
 */
export function exportedFlagIds(records: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const record of records) {
    const parsed = BatchRecordSchema.safeParse(record);
    if (parsed.success && parsed.data.savedAt && !parsed.data.imported)
      for (const id of parsed.data.flagIds) ids.add(id);
  }
  return ids;
}
