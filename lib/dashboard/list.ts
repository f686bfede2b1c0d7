import { exportedFlagIds } from '@/lib/export/exported';
import type { SpoorDb } from '@/lib/storage/db';
import { flagRow, ListedFlagSchema, type ArchiveRow } from './row';
import type { TaxonLookup } from './taxon-lookup';

export interface ArchiveList {
  rows: ArchiveRow[];
  /** Stored records that no longer parse: counted, so the dashboard can say so rather than hide them silently. */
  unreadable: number;
}

/**
 * Every flag as a dashboard row. The flags and batches stores are read in one
 * readonly transaction; parsing and mapping run after it has finished.
 * @example const { rows } = await listArchive(db, taxonLookup(loadBundledDictionary()));
 */
export async function listArchive(db: SpoorDb, lookup: TaxonLookup): Promise<ArchiveList> {
  const tx = db.transaction(['flags', 'batches'], 'readonly');
  const [stored, batches] = await Promise.all([
    tx.objectStore('flags').getAll(),
    tx.objectStore('batches').getAll(),
    tx.done,
  ]);
  const exported = exportedFlagIds(batches);
  const rows: ArchiveRow[] = [];
  let unreadable = 0;
  for (const record of stored) {
    const parsed = ListedFlagSchema.safeParse(record);
    if (parsed.success) rows.push(flagRow(parsed.data, lookup, exported.has(parsed.data.id)));
    else unreadable += 1;
  }
  return { rows, unreadable };
}
