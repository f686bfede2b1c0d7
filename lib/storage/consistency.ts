import { BatchRecordSchema, type BatchRecord } from '@/lib/records/batch';
import { verifyHistory } from '@/lib/integrity/history';
import {
  AuditEntrySchema,
  FlagSchema,
  TombstoneSchema,
  type AuditEntry,
  type Flag,
  type Tombstone,
} from '@/lib/records/flag';

/**
 * Every store of Spoor's database as read back, with each evidence file
 * re-hashed by the reader (hashing is async; this check is not).
 */
export interface DatabaseDump {
  flags: unknown[];
  audit: unknown[];
  batches: unknown[];
  tombstones: unknown[];
  artifacts: { key: string; bytes: number; rehashed: string }[];
}

/**
 * What ties Spoor's stores together, checked over a dump. After any crash,
 * full disk or aborted write these must hold, because every operation writes
 * all its records in one transaction:
 * - every record parses (no half-written record);
 * - every flag's and every deleted flag's history verifies whole from its head
 *   (lib/integrity/history.ts), and every audit entry belongs to one of them;
 * - no flag is both present and deleted;
 * - every evidence file a flag names exists, re-hashes to its key and has the recorded size
 *   (unless the flag came in a batch.json imported without its evidence bundle);
 * - every evidence file belongs to a flag, to a deleted flag whose last record names it
 *   (deletion keeps the files: the history still refers to them), or is a saved batch's batch.json;
 * - every flag of a saved batch still here carries that batch's id, and no flag carries the id of
 *   a batch recorded as not yet saved.
 * Returns one line per problem; an empty list means consistent.
 * @example checkConsistency(dump) // [] or ['flag 0f1e…: observation 2 names evidence ab12… that is not stored']
 */
export function checkConsistency(dump: DatabaseDump): string[] {
  const problems: string[] = [];
  const flags = parseAll(dump.flags, FlagSchema, 'flag', problems);
  const audit = parseAll(dump.audit, AuditEntrySchema, 'audit entry', problems);
  const batches = parseAll(dump.batches, BatchRecordSchema, 'batch', problems);
  const tombstones = parseAll(dump.tombstones, TombstoneSchema, 'tombstone', problems);
  const withoutEvidence = new Set(
    batches.flatMap((batch) => (batch.imported?.evidence === false ? batch.flagIds : [])),
  );
  const deletions = checkHistories(flags, tombstones, audit, problems);
  checkEvidence(flags, deletions, batches, dump.artifacts, withoutEvidence, problems);
  checkExports(flags, batches, problems);
  return problems;
}

function parseAll<T>(
  records: unknown[],
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  what: string,
  problems: string[],
): T[] {
  return records.flatMap((record, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) return [parsed.data];
    problems.push(`${what} ${index + 1} does not parse: a half-written or damaged record`);
    return [];
  });
}

/** Verifies every history; returns the delete entries reached (they hold the deleted records). */
function checkHistories(flags: Flag[], tombstones: Tombstone[], audit: AuditEntry[], problems: string[]): AuditEntry[] {
  const byHash = new Map<string, AuditEntry>();
  for (const entry of audit) {
    if (byHash.has(entry.hash)) problems.push(`audit entry ${entry.hash} is stored twice`);
    byHash.set(entry.hash, entry);
  }
  const reached = new Set<string>();
  const holders = [
    ...flags.map((flag) => ({ holder: { flag }, name: `flag ${flag.id}` })),
    ...tombstones.map((tombstone) => ({ holder: { tombstone }, name: `deleted flag ${tombstone.flagId}` })),
  ];
  for (const { holder, name } of holders) {
    const history = verifyHistory(holder, (hash) => byHash.get(hash));
    for (const problem of history.problems) problems.push(`${name}: ${problem.message}`);
    for (const entry of history.entries) reached.add(entry.hash);
  }
  const live = new Set(flags.map((flag) => flag.id));
  for (const tombstone of tombstones)
    if (live.has(tombstone.flagId)) problems.push(`flag ${tombstone.flagId} is both present and deleted`);
  for (const entry of audit) {
    if (!reached.has(entry.hash))
      problems.push(
        `audit entry "${entry.action}" at ${entry.at} (flag ${entry.flagId}) belongs to the history of no flag and no deleted flag`,
      );
  }
  return audit.filter((entry) => entry.action === 'delete' && reached.has(entry.hash));
}

function checkEvidence(
  flags: Flag[],
  deletions: AuditEntry[],
  batches: BatchRecord[],
  artifacts: DatabaseDump['artifacts'],
  withoutEvidence: Set<string>,
  problems: string[],
): void {
  const stored = new Map(artifacts.map((artifact) => [artifact.key, artifact]));
  const named = new Set<string>();
  for (const flag of flags) {
    flag.observations.forEach((observation, index) => {
      for (const ref of observation.artifacts) {
        named.add(ref.sha256);
        const file = stored.get(ref.sha256);
        if (!file && !withoutEvidence.has(flag.id))
          problems.push(`flag ${flag.id}: observation ${index + 1} names evidence ${ref.sha256} that is not stored`);
        else if (file && file.bytes !== ref.bytes)
          problems.push(
            `flag ${flag.id}: evidence ${ref.sha256} is stored with ${file.bytes} bytes, the record says ${ref.bytes}`,
          );
      }
    });
  }
  // A delete entry keeps the whole deleted flag, so the files it names are still evidence.
  for (const entry of deletions)
    for (const sha256 of JSON.stringify(entry.changes).match(/[0-9a-f]{64}/g) ?? []) named.add(sha256);
  for (const batch of batches) {
    if (!batch.document) continue;
    named.add(batch.document.sha256);
    if (!stored.has(batch.document.sha256))
      problems.push(`batch ${batch.id}: its saved batch.json ${batch.document.sha256} is not stored`);
  }
  for (const file of artifacts) {
    if (file.rehashed !== file.key)
      problems.push(`evidence ${file.key} re-hashes to ${file.rehashed}: its bytes changed`);
    if (!named.has(file.key)) problems.push(`evidence ${file.key} belongs to no flag, deleted flag or saved batch`);
  }
}

function checkExports(flags: Flag[], batches: BatchRecord[], problems: string[]): void {
  const byId = new Map(flags.map((flag) => [flag.id, flag]));
  // A batch record is written when its file was saved (or imported): one that is neither was never saved.
  const unsaved = new Set(batches.filter((batch) => !batch.imported && !batch.savedAt).map((batch) => batch.id));
  for (const flag of flags)
    for (const id of flag.batchIds)
      if (unsaved.has(id)) problems.push(`flag ${flag.id} records batch ${id}, which was never saved`);
  for (const batch of batches) {
    if (batch.imported || !batch.savedAt) continue;
    for (const id of batch.flagIds) {
      const flag = byId.get(id);
      if (flag && !flag.batchIds.includes(batch.id))
        problems.push(`batch ${batch.id} was saved with flag ${id}, which does not record it`);
    }
  }
}
