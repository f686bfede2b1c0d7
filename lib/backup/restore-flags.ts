import { firstResearcher } from '@/lib/merge/merge-fields';
import { identityConflict, observationConflicts } from '@/lib/merge/merge-identity';
import { unionOf } from '@/lib/merge/merge-union';
import { advance, chainEntry } from '@/lib/integrity/chain';
import { readChains } from '@/lib/flags/history-store';
import { FlagSchema, TombstoneSchema, type AuditEntry, type Flag, type Tombstone } from '@/lib/records/flag';
import type { SpoorDbSchema, StoreName } from '@/lib/storage/schema';
import type { IDBPTransaction } from 'idb';
import type { RecordsReport } from './restore-records';

/** What the researcher chose for a flag deleted here that the backup holds. */
export type TombstoneChoice = 'keep-deleted' | 'bring-back';

/** One restore's transaction and what every flag's step shares. */
export interface RestoreStep {
  tx: IDBPTransaction<SpoorDbSchema, StoreName[], 'readwrite'>;
  at: string;
  by: string;
  newId: () => string;
  report: RecordsReport;
  /** Adds an entry unless one with its hash is stored; true when it was already there. */
  addEntry(entry: AuditEntry): Promise<boolean>;
  backupCreatedAt: string;
}

const reaches = async (step: RestoreStep, head: string, hash: string) =>
  head === hash || (await readChains(step.tx, [head])).has(hash);
const restoreFields = (step: RestoreStep, flagId: string, text: string, joins: string[]) =>
  ({
    flagId,
    at: step.at,
    by: step.by,
    action: 'restore',
    joins,
    note: `restore of the backup of ${step.backupCreatedAt}: ${text}`,
  }) as const;

/**
 * A flag the backed-up profile deleted: kept here if it is here (the deletion
 * joined to its history), its deletion joined to the one here if deleted here
 * too, or its tombstone added.
 * @example await restoreDeletion(step, tombstone);
 */
export async function restoreDeletion(step: RestoreStep, deleted: Tombstone): Promise<void> {
  const { tx, report, at } = step;
  const entryFields = (flagId: string, text: string, joins: string[]) => restoreFields(step, flagId, text, joins);
  const local = await tx.objectStore('flags').get(deleted.flagId);
  const localTombstone = await tx.objectStore('tombstones').get(deleted.flagId);
  if (local) {
    const flag = FlagSchema.parse(local);
    if (await reaches(step, flag.auditHead, deleted.auditHead)) return;
    const text = `deleted in the backed-up profile on ${deleted.at} by ${deleted.by} (${deleted.reason}); kept here, as a restore never deletes`;
    const { flag: next, entry } = advance(
      { ...flag, updatedAt: at },
      entryFields(flag.id, text, [deleted.auditHead]),
      flag.auditHead,
    );
    await tx.objectStore('flags').put(next);
    await step.addEntry(entry);
    report.flags.deletedInBackup += 1;
  } else if (localTombstone) {
    const here = TombstoneSchema.parse(localTombstone);
    if (await reaches(step, here.auditHead, deleted.auditHead)) return;
    const entry = chainEntry(
      entryFields(here.flagId, 'its deletion in the backed-up profile joined', [deleted.auditHead]),
      here.auditHead,
      null,
    );
    await step.addEntry(entry);
    await tx.objectStore('tombstones').put({ ...here, auditHead: entry.hash });
  } else {
    await tx.objectStore('tombstones').put(deleted);
    report.tombstones.added += 1;
  }
}

/**
 * A flag of the backup, as a union with this profile: added, already here,
 * taken as a later state, united with the one here, kept apart, or (deleted
 * here) kept deleted or brought back as chosen.
 * @example await restoreFlag(step, flag, choices.get(flag.id));
 */
export async function restoreFlag(
  step: RestoreStep,
  incoming: Flag,
  chosen: TombstoneChoice | undefined,
): Promise<void> {
  const { tx, report, at, newId } = step;
  const entryFields = (flagId: string, text: string, joins: string[]) => restoreFields(step, flagId, text, joins);
  const local = await tx.objectStore('flags').get(incoming.id);
  const localTombstone = await tx.objectStore('tombstones').get(incoming.id);
  if (localTombstone) {
    const here = TombstoneSchema.parse(localTombstone);
    if (decidedBefore(await readChains(tx, [here.auditHead]), here, incoming.auditHead)) {
      report.flags.present += 1;
      return;
    }
    const choice = chosen ?? 'keep-deleted';
    const when = `deleted here on ${here.at} by ${here.by} (${here.reason})`;
    if (choice === 'keep-deleted') {
      const entry = chainEntry(
        entryFields(here.flagId, `in the backup; kept deleted as chosen (${when})`, [incoming.auditHead]),
        here.auditHead,
        null,
      );
      await step.addEntry(entry);
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
      await step.addEntry(entry);
      await tx.objectStore('tombstones').delete(here.flagId);
      report.flags.broughtBack += 1;
    }
    return;
  }
  const sameUrl = local ? undefined : await tx.objectStore('flags').index('canonicalUrl').get(incoming.canonicalUrl);
  const existing = local ?? sameUrl;
  if (!existing) {
    await tx.objectStore('flags').put(incoming);
    report.flags.added += 1;
    return;
  }
  const flag = FlagSchema.parse(existing);
  if (await reaches(step, flag.auditHead, incoming.auditHead)) {
    report.flags.present += 1;
    return;
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
    await step.addEntry(entry);
    report.conflicts.push(clash);
    report.flags.keptApart += 1;
  } else if (
    local &&
    keepsEveryObservation(incoming, flag) &&
    (await reaches(step, incoming.auditHead, flag.auditHead))
  ) {
    // A later state of this very flag: taken, under a restore entry that brings the backup's newer
    // entries in as a joined history, so the timeline shows where they came from.
    const text = 'taken from the backup, a later state of this flag';
    const { flag: next, entry } = advance(incoming, entryFields(flag.id, text, [incoming.auditHead]), flag.auditHead);
    await tx.objectStore('flags').put(next);
    await step.addEntry(entry);
    report.flags.updated += 1;
  } else {
    const union = unionOf(flag, incoming, { at, ...source });
    const fields = {
      ...entryFields(flag.id, 'united with the backup’s record of this ad', [incoming.auditHead]),
      changes: union.changes,
    };
    const { flag: next, entry } = advance(union.flag, fields, flag.auditHead);
    await tx.objectStore('flags').put(next);
    await step.addEntry(entry);
    report.conflicts.push(...union.conflicts);
    report.flags.merged += 1;
  }
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

/**
 * Whether a record holds every observation of another (a restore never drops one, whatever the backup's history says).
 */
function keepsEveryObservation(record: Flag, of: Flag): boolean {
  const held = new Set(record.observations.map((observation) => observation.id));
  return of.observations.every((observation) => held.has(observation.id));
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
