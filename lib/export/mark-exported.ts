import { diffChanges } from '@/lib/flags/audit';
import { advance } from '@/lib/integrity/chain';
import { FlagSchema, type Flag } from '@/lib/records/flag';
import type { SpoorDb } from '@/lib/storage/db';
import type { StoredArtifact } from '@/lib/storage/schema';
import { writeAtomically } from '@/lib/storage/transaction';
import type { SignedBatch } from './batch-document';
import { batchLabel } from '@/lib/batch-format/label';
import { BatchRecordSchema, type BatchRecord, type ExportFormat } from '@/lib/records/batch';

export interface SavedFile {
  signed: SignedBatch;
  format: ExportFormat;
  fileName: string;
  /** The researcher who saved it (settings), for the audit trail. */
  by: string;
  at: Date;
}

/**
 * Records a batch file that was saved: each flag still in the database gets
 * the batch id in batchIds and an "export" entry on its chain (its review
 * status stays as it is), the signed batch.json is kept in the artifacts store
 * the first time, and the batch record is written or gains the format. One
 * transaction; call it only once the file is saved, so a cancelled save leaves no trace.
 * @example const record = await recordSavedBatch(db, { signed, format: 'zip', fileName, by: 'anna.k', at: new Date()
 * });
 */
export async function recordSavedBatch(db: SpoorDb, saved: SavedFile): Promise<BatchRecord> {
  const { signed, format, fileName, by } = saved;
  const at = saved.at.toISOString();
  const header = signed.document.batch;
  const note = `batch ${batchLabel(header)} (${header.id}) saved as ${format.toUpperCase()}: ${fileName}`;
  const tx = db.transaction(['flags', 'audit', 'batches', 'artifacts'], 'readwrite');
  return writeAtomically(
    tx,
    async () => {
      const previous = await tx.objectStore('batches').get(header.id);
      const document = previous?.document ?? { sha256: signed.sha256, bytes: signed.json.length };
      if (!previous?.document && (await tx.objectStore('artifacts').getKey(signed.sha256)) === undefined) {
        const kept: StoredArtifact = {
          blob: new Blob([signed.json], { type: 'application/json' }),
          mimeType: 'application/json',
          bytes: signed.json.length,
        };
        await tx.objectStore('artifacts').put(kept, signed.sha256);
      }
      const record = BatchRecordSchema.parse(
        previous
          ? {
              ...previous,
              formats: [...new Set([...previous.formats, format])],
              savedAt: previous.savedAt ?? at,
              document,
            }
          : {
              ...header,
              flagIds: signed.document.flags.map((flag) => flag.id),
              formats: [format],
              savedAt: at,
              document,
            },
      );
      for (const flagId of record.flagIds) {
        const stored = await tx.objectStore('flags').get(flagId);
        // Deleted since it was read for the file: its tombstone and history already say what it was.
        if (!stored) continue;
        const current = FlagSchema.parse(stored);
        const next = inBatch(current, header.id, at);
        const changes = diffChanges(current, next).filter((change) => change.path !== 'updatedAt');
        const fields = { flagId, at, by, action: 'export', changes, note, batchId: header.id } as const;
        const written = advance(next, fields, current.auditHead);
        await tx.objectStore('flags').put(written.flag);
        await tx.objectStore('audit').add(written.entry);
      }
      await tx.objectStore('batches').put(record);
      return record;
    },
    `${fileName} was saved, but its flags are not marked exported and nothing here changed. Free disk space, then export them again.`,
  );
}

function inBatch(flag: Flag, batchId: string, at: string): Flag {
  const batchIds = flag.batchIds.includes(batchId) ? flag.batchIds : [...flag.batchIds, batchId];
  return { ...flag, batchIds, updatedAt: at };
}
