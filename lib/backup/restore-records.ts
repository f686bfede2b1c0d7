import type { Conflict } from '@/lib/merge/merge-fields';
import type { AuditEntry } from '@/lib/records/flag';
import type { SpoorDb } from '@/lib/storage/db';
import { writeAtomically } from '@/lib/storage/transaction';
import { SignerSchema } from '@/lib/records/signing';
import { withRevocation } from '@/lib/signing/revoke';
import type { Backup } from './read';
import { restoreDeletion, restoreFlag, type RestoreStep, type TombstoneChoice } from './restore-flags';

export type { TombstoneChoice } from './restore-flags';
export { decidedBefore } from './restore-flags';

export interface RecordsReport {
  flags: {
    /** New here. */
    added: number;
    /** Already here as in the backup, or newer here. */
    present: number;
    /** The backup's record was a later state of this one: taken. */
    updated: number;
    /** Both changed since they parted: united (observations, history; fields kept, conflicts listed). */
    merged: number;
    /** Could not be one record (another ad under the same id, or a changed observation): kept beside the one here. */
    keptApart: number;
    keptDeleted: number;
    broughtBack: number;
    /** Deleted in the backed-up profile but present here: kept here, the deletion joined to its history. */
    deletedInBackup: number;
  };
  conflicts: Conflict[];
  audit: { added: number; present: number };
  artifacts: { added: number; present: number };
  batches: { added: number; present: number };
  tombstones: { added: number };
}

export interface RecordsContext {
  /** Who restores (settings' researcher id), for the restore entries. */
  by: string;
  at: Date;
  /** Choices for the flags planRestore listed; a flag not listed stays deleted. */
  choices: ReadonlyMap<string, TombstoneChoice>;
  newId?: () => string;
}

const counter = () => ({ added: 0, present: 0 });

/**
 * Writes a backup's records as a union with this profile, in ONE readwrite
 * transaction: nothing local is removed or replaced by an older or different
 * state. Evidence files, audit entries, batches and signers are added where
 * missing (entries by hash: they cannot differ). For each flag: present or
 * older in the backup → nothing; a later state of the one here → taken;
 * changed on both sides → united, with a "restore" entry joining both histories;
 * deleted here → kept deleted or brought back as chosen, with a "restore" entry
 * either way; deleted in the backup → kept here, the deletion joined to its history.
 * @example const report = await writeRecords(db, backup, { by: 'anna.k', at: new Date(), choices });
 */
export async function writeRecords(db: SpoorDb, backup: Backup, context: RecordsContext): Promise<RecordsReport> {
  const report: RecordsReport = {
    flags: {
      added: 0,
      present: 0,
      updated: 0,
      merged: 0,
      keptApart: 0,
      keptDeleted: 0,
      broughtBack: 0,
      deletedInBackup: 0,
    },
    conflicts: [],
    audit: counter(),
    artifacts: counter(),
    batches: counter(),
    tombstones: { added: 0 },
  };
  const at = context.at.toISOString();
  const newId = context.newId ?? (() => crypto.randomUUID());
  const tx = db.transaction(['flags', 'artifacts', 'audit', 'batches', 'tombstones', 'signers'], 'readwrite');
  await writeAtomically(
    tx,
    async () => {
      const artifacts = tx.objectStore('artifacts');
      for (const info of backup.artifacts) {
        const present = (await artifacts.getKey(info.sha256)) !== undefined;
        report.artifacts[present ? 'present' : 'added'] += 1;
        if (!present)
          await artifacts.put(
            { blob: backup.evidence.get(info.sha256)!, mimeType: info.mimeType, bytes: info.bytes },
            info.sha256,
          );
      }
      const audit = tx.objectStore('audit');
      const addEntry = async (entry: AuditEntry) => {
        const present = (await audit.index('hash').getKey(entry.hash)) !== undefined;
        if (!present) await audit.add(entry);
        return present;
      };
      for (const entry of backup.audit) report.audit[(await addEntry(entry)) ? 'present' : 'added'] += 1;
      const step: RestoreStep = {
        tx,
        at,
        by: context.by,
        newId,
        report,
        addEntry,
        backupCreatedAt: backup.manifest.createdAt,
      };
      for (const deleted of backup.tombstones) await restoreDeletion(step, deleted);
      for (const incoming of backup.flags) await restoreFlag(step, incoming, context.choices.get(incoming.id));

      for (const batch of backup.batches) {
        const present = (await tx.objectStore('batches').getKey(batch.id)) !== undefined;
        report.batches[present ? 'present' : 'added'] += 1;
        if (!present) await tx.objectStore('batches').put(batch);
      }
      for (const signer of backup.signers) {
        const stored = SignerSchema.safeParse(await tx.objectStore('signers').get(signer.fingerprint));
        if (!stored.success) await tx.objectStore('signers').put(signer);
        else if (signer.revoked && !stored.data.revoked)
          await tx.objectStore('signers').put(withRevocation(stored.data, signer));
      }
    },
    'nothing was restored. Free disk space and try again.',
  );
  return report;
}
