import { knownBatches } from './merge';
import { AuditEntrySchema, type AuditEntry } from '@/lib/records/flag';
import type { SpoorDb } from '@/lib/storage/db';
import { BatchRecordSchema } from '@/lib/records/batch';

/** How this database knows a batch already: imported before, or exported from here. */
export interface KnownBatch {
  at: string;
  how: 'imported' | 'exported';
}

/**
 * Every batch this database has seen, by id: the batches store, and the import
 * and merge entries of the audit trail (which also cover batches merged
 * before the store existed). Read in one readonly transaction.
 * @example (await knownBatchIds(db)).get(batchId) // { at: '2026-04-02T08:00:00.000Z', how: 'imported' }
 */
export async function knownBatchIds(db: SpoorDb): Promise<Map<string, KnownBatch>> {
  const tx = db.transaction(['audit', 'batches'], 'readonly');
  const [audit, records] = await Promise.all([
    tx.objectStore('audit').getAll(),
    tx.objectStore('batches').getAll(),
    tx.done,
  ]);
  const entries = audit.flatMap((entry): AuditEntry[] => {
    const parsed = AuditEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  const known = new Map<string, KnownBatch>();
  for (const [id, at] of knownBatches(entries)) known.set(id, { at, how: 'imported' });
  for (const stored of records) {
    const record = BatchRecordSchema.safeParse(stored);
    if (!record.success) continue;
    const { id, imported, savedAt, createdAt } = record.data;
    known.set(
      id,
      imported ? { at: imported.importedAt, how: 'imported' } : { at: savedAt ?? createdAt, how: 'exported' },
    );
  }
  return known;
}
