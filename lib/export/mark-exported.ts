import type { BatchDocument } from '@/lib/batch-format/schema';
import { diffChanges } from '@/lib/flags/audit';
import { AuditEntrySchema, FlagSchema, type Flag } from '@/lib/records/flag';
import type { SpoorDb } from '@/lib/storage/db';
import { writeAtomically } from '@/lib/storage/transaction';
import { batchLabel } from './files';
import { BatchRecordSchema, type BatchRecord, type ExportFormat } from '@/lib/records/batch';

export interface SavedFile {
  document: BatchDocument;
  format: ExportFormat;
  fileName: string;
  /** The researcher who saved it (settings), for the audit trail. */
  by: string;
  at: Date;
}

/**
 * Records a batch file that was saved: each flag still in the database gets
 * status "exported", the batch id in batchIds and an "export" audit entry,
 * and the batch record is written or gains the format. One transaction; call
 * it only once the file is saved, so a cancelled save leaves no trace.
 * @example const record = await recordSavedBatch(db, { document, format: 'zip', fileName, by: 'anna.k', at: new Date() });
 */
export async function recordSavedBatch(db: SpoorDb, saved: SavedFile): Promise<BatchRecord> {
  const { document, format, fileName, by } = saved;
  const at = saved.at.toISOString();
  const header = document.batch;
  const note = `batch ${batchLabel(header)} (${header.id}) saved as ${format.toUpperCase()}: ${fileName}`;
  const tx = db.transaction(['flags', 'audit', 'batches'], 'readwrite');
  return writeAtomically(
    tx,
    async () => {
      const previous = await tx.objectStore('batches').get(header.id);
      const record = BatchRecordSchema.parse(
        previous
          ? { ...previous, formats: [...new Set([...previous.formats, format])], savedAt: previous.savedAt ?? at }
          : { ...header, flagIds: document.flags.map((flag) => flag.id), formats: [format], savedAt: at },
      );
      for (const flagId of record.flagIds) {
        const stored = await tx.objectStore('flags').get(flagId);
        // Deleted since it was read for the file: its tombstone in the audit trail already says what it was.
        if (!stored) continue;
        const current = FlagSchema.parse(stored);
        const next = exported(current, header.id, at);
        const changes = diffChanges(current, next).filter((change) => change.path !== 'updatedAt');
        if (changes.length > 0) await tx.objectStore('flags').put(next);
        await tx.objectStore('audit').add(AuditEntrySchema.parse({ flagId, at, by, action: 'export', changes, note }));
      }
      await tx.objectStore('batches').put(record);
      return record;
    },
    `${fileName} was saved, but its flags are not marked exported and nothing here changed. Free disk space, then export them again.`,
  );
}

function exported(flag: Flag, batchId: string, at: string): Flag {
  if (flag.status === 'exported' && flag.batchIds.includes(batchId)) return flag;
  const batchIds = flag.batchIds.includes(batchId) ? flag.batchIds : [...flag.batchIds, batchId];
  return { ...flag, status: 'exported', batchIds, updatedAt: at };
}
