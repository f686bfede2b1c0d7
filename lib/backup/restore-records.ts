import { firstResearcher, type Conflict } from '@/lib/archive/merge-fields';
import { identityConflict, observationConflicts } from '@/lib/archive/merge-identity';
import { unionOf } from '@/lib/archive/merge-union';
import { advance, chainEntry } from '@/lib/flags/chain';
import { readChains } from '@/lib/flags/history-store';
import { FlagSchema, TombstoneSchema, type AuditEntry, type Flag, type Tombstone } from '@/lib/flags/schema';
import type { SpoorDb } from '@/lib/storage/db';
import { writeAtomically } from '@/lib/storage/transaction';
import type { Backup } from './read';

/** What the researcher chose for a flag deleted here that the backup holds. */
export type TombstoneChoice = 'keep-deleted' | 'bring-back';

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
      const reaches = async (head: string, hash: string) => head === hash || (await readChains(tx, [head])).has(hash);
      const note = (text: string) => `restore of the backup of ${backup.manifest.createdAt}: ${text}`;
      const entryFields = (flagId: string, text: string, joins: string[]) =>
        ({ flagId, at, by: context.by, action: 'restore', joins, note: note(text) }) as const;

      for (const deleted of backup.tombstones) {
        const local = await tx.objectStore('flags').get(deleted.flagId);
        const localTombstone = await tx.objectStore('tombstones').get(deleted.flagId);
        if (local) {
          const flag = FlagSchema.parse(local);
          if (await reaches(flag.auditHead, deleted.auditHead)) continue;
          const text = `deleted in the backed-up profile on ${deleted.at} by ${deleted.by} (${deleted.reason}); kept here, as a restore never deletes`;
          const { flag: next, entry } = advance(
            { ...flag, updatedAt: at },
            entryFields(flag.id, text, [deleted.auditHead]),
            flag.auditHead,
          );
          await tx.objectStore('flags').put(next);
          await addEntry(entry);
          report.flags.deletedInBackup += 1;
        } else if (localTombstone) {
          const here = TombstoneSchema.parse(localTombstone);
          if (await reaches(here.auditHead, deleted.auditHead)) continue;
          const entry = chainEntry(
            entryFields(here.flagId, 'its deletion in the backed-up profile joined', [deleted.auditHead]),
            here.auditHead,
            null,
          );
          await addEntry(entry);
          await tx.objectStore('tombstones').put({ ...here, auditHead: entry.hash });
        } else {
          await tx.objectStore('tombstones').put(deleted);
          report.tombstones.added += 1;
        }
      }

      for (const incoming of backup.flags) {
        const local = await tx.objectStore('flags').get(incoming.id);
        const localTombstone = await tx.objectStore('tombstones').get(incoming.id);
        if (localTombstone) {
          const here = TombstoneSchema.parse(localTombstone);
          if (decidedBefore(await readChains(tx, [here.auditHead]), here, incoming.auditHead)) {
            report.flags.present += 1;
            continue;
          }
          const choice = context.choices.get(incoming.id) ?? 'keep-deleted';
          const when = `deleted here on ${here.at} by ${here.by} (${here.reason})`;
          if (choice === 'keep-deleted') {
            const entry = chainEntry(
              entryFields(here.flagId, `in the backup; kept deleted as chosen (${when})`, [incoming.auditHead]),
              here.auditHead,
              null,
            );
            await addEntry(entry);
            await tx.objectStore('tombstones').put({ ...here, auditHead: entry.hash });
            report.flags.keptDeleted += 1;
          } else {
            const body = withDeletedObservations(
              { ...incoming, updatedAt: at },
              lastRecord(await readChains(tx, [here.auditHead]), here),
            );
            const { flag, entry } = advance(
              body,
              entryFields(here.flagId, `brought back from the backup as chosen (${when})`, [incoming.auditHead]),
              here.auditHead,
            );
            await tx.objectStore('flags').put(flag);
            await addEntry(entry);
            await tx.objectStore('tombstones').delete(here.flagId);
            report.flags.broughtBack += 1;
          }
          continue;
        }
        const sameUrl = local
          ? undefined
          : await tx.objectStore('flags').index('canonicalUrl').get(incoming.canonicalUrl);
        const existing = local ?? sameUrl;
        if (!existing) {
          await tx.objectStore('flags').put(incoming);
          report.flags.added += 1;
          continue;
        }
        const flag = FlagSchema.parse(existing);
        if (await reaches(flag.auditHead, incoming.auditHead)) {
          report.flags.present += 1;
          continue;
        }
        const source = { researcher: firstResearcher(incoming) };
        const clash =
          identityConflict(flag, incoming, source, local ? 'id' : 'platform') ??
          observationConflicts(flag, incoming, source)[0];
        if (clash) {
          const id = local ? newId() : incoming.id;
          clash.keptApartAs = id;
          const copy = { ...incoming, id, updatedAt: at };
          const entry = chainEntry(
            entryFields(id, `kept apart from flag ${flag.id}: ${clash.field} differs`, [incoming.auditHead]),
            null,
            copy,
          );
          await tx.objectStore('flags').put({ ...copy, auditHead: entry.hash });
          await addEntry(entry);
          report.conflicts.push(clash);
          report.flags.keptApart += 1;
        } else if (local && (await reaches(incoming.auditHead, flag.auditHead))) {
          await tx.objectStore('flags').put(incoming);
          report.flags.updated += 1;
        } else {
          const union = unionOf(flag, incoming, { at, ...source });
          const fields = {
            ...entryFields(flag.id, 'united with the backup’s record of this ad', [incoming.auditHead]),
            changes: union.changes,
          };
          const { flag: next, entry } = advance(union.flag, fields, flag.auditHead);
          await tx.objectStore('flags').put(next);
          await addEntry(entry);
          report.conflicts.push(...union.conflicts);
          report.flags.merged += 1;
        }
      }

      for (const batch of backup.batches) {
        const present = (await tx.objectStore('batches').getKey(batch.id)) !== undefined;
        report.batches[present ? 'present' : 'added'] += 1;
        if (!present) await tx.objectStore('batches').put(batch);
      }
      for (const signer of backup.signers)
        if ((await tx.objectStore('signers').getKey(signer.fingerprint)) === undefined)
          await tx.objectStore('signers').put(signer);
    },
    'nothing was restored. Free disk space and try again.',
  );
  return report;
}

/**
 * Whether a restore already recorded a choice about this very backed-up record
 * (a restore entry on the deleted flag's line joined its head): restoring the
 * same backup again asks nothing and adds nothing.
 * @example decidedBefore(entries, tombstone, incoming.auditHead) // true after a first restore
 */
export function decidedBefore(
  entries: ReadonlyMap<string, AuditEntry>,
  tombstone: Tombstone,
  incomingHead: string,
): boolean {
  for (let entry = entries.get(tombstone.auditHead); entry; entry = entry.prev ? entries.get(entry.prev) : undefined)
    if (entry.action === 'restore' && entry.joins?.includes(incomingHead)) return true;
  return false;
}

/** The record a deleted flag had: its delete entry keeps it whole. */
function lastRecord(entries: ReadonlyMap<string, AuditEntry>, tombstone: Tombstone): Flag | undefined {
  for (let entry = entries.get(tombstone.auditHead); entry; entry = entry.prev ? entries.get(entry.prev) : undefined) {
    if (entry.action !== 'delete') continue;
    const parsed = FlagSchema.safeParse(entry.changes[0]?.from);
    return parsed.success ? parsed.data : undefined;
  }
  return undefined;
}

/** A flag brought back keeps every observation it had when it was deleted here, too. */
function withDeletedObservations(flag: Flag, deleted: Flag | undefined): Flag {
  if (!deleted) return flag;
  const known = new Set(flag.observations.map((observation) => observation.id));
  const missing = deleted.observations.filter((observation) => !known.has(observation.id));
  if (missing.length === 0) return flag;
  const observations = [...flag.observations, ...missing].sort(
    (a, b) => Date.parse(a.capturedAt) - Date.parse(b.capturedAt),
  );
  return { ...flag, observations };
}
