import { BatchRecordSchema, type BatchRecord } from '@/lib/records/batch';
import { AuditEntrySchema, FlagSchema, type AuditEntry, type Flag } from '@/lib/records/flag';

/**
 * Every store of Spoor's database as read back, with each evidence file
 * re-hashed by the reader (hashing is async; this check is not).
 */
export interface DatabaseDump {
  flags: unknown[];
  audit: unknown[];
  batches: unknown[];
  artifacts: { key: string; bytes: number; rehashed: string }[];
}

/**
 * What ties Spoor's stores together, checked over a dump. After any crash,
 * full disk or aborted write these must hold, because every operation writes
 * all its records in one transaction:
 * - every record parses (no half-written record);
 * - every evidence file a flag names exists, re-hashes to its key and has the recorded size
 *   (unless the flag came in a batch.json imported without its evidence bundle);
 * - every evidence file belongs to a flag, or to a deleted flag whose tombstone names it
 *   (deletion keeps the files: the audit trail still refers to them);
 * - every audit entry belongs to a flag, or to a flag the trail records as deleted;
 * - a flag is "exported" only in a batch recorded as saved or imported with it,
 *   and every flag of a saved batch still here carries that batch's id.
 * Returns one line per problem; an empty list means consistent.
 * @example checkConsistency(dump) // [] or ['flag 0f1e…: observation 2 names evidence ab12… that is not stored']
 */
export function checkConsistency(dump: DatabaseDump): string[] {
  const problems: string[] = [];
  const flags = parseAll(dump.flags, FlagSchema, 'flag', problems);
  const audit = parseAll(dump.audit, AuditEntrySchema, 'audit entry', problems);
  const batches = parseAll(dump.batches, BatchRecordSchema, 'batch', problems);
  const tombstones = audit.filter((entry) => entry.action === 'delete');
  const withoutEvidence = new Set(
    batches.flatMap((batch) => (batch.imported?.evidence === false ? batch.flagIds : [])),
  );
  checkEvidence(flags, tombstones, dump.artifacts, withoutEvidence, problems);
  checkTrail(flags, audit, tombstones, problems);
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

function checkEvidence(
  flags: Flag[],
  tombstones: AuditEntry[],
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
  // A tombstone keeps the whole deleted flag, so the files it names are still evidence.
  for (const entry of tombstones)
    for (const sha256 of JSON.stringify(entry.changes).match(/[0-9a-f]{64}/g) ?? []) named.add(sha256);
  for (const file of artifacts) {
    if (file.rehashed !== file.key)
      problems.push(`evidence ${file.key} re-hashes to ${file.rehashed}: its bytes changed`);
    if (!named.has(file.key)) problems.push(`evidence ${file.key} belongs to no flag and no deleted flag`);
  }
}

function checkTrail(flags: Flag[], audit: AuditEntry[], tombstones: AuditEntry[], problems: string[]): void {
  const known = new Set([...flags.map((flag) => flag.id), ...tombstones.map((entry) => entry.flagId)]);
  for (const entry of audit) {
    if (!known.has(entry.flagId))
      problems.push(
        `audit entry "${entry.action}" at ${entry.at} names flag ${entry.flagId}, which neither exists nor was deleted`,
      );
  }
  const trailed = new Set(audit.map((entry) => entry.flagId));
  for (const flag of flags) if (!trailed.has(flag.id)) problems.push(`flag ${flag.id} has no audit entry`);
}

function checkExports(flags: Flag[], batches: BatchRecord[], problems: string[]): void {
  const recorded = new Map(
    batches.filter((batch) => batch.savedAt || batch.imported).map((batch) => [batch.id, batch]),
  );
  for (const flag of flags) {
    const inBatch = flag.batchIds.some((id) => recorded.get(id)?.flagIds.includes(flag.id));
    if (flag.status === 'exported' && !inBatch)
      problems.push(`flag ${flag.id} is marked exported, but no saved batch holds it`);
  }
  const byId = new Map(flags.map((flag) => [flag.id, flag]));
  for (const batch of recorded.values()) {
    if (batch.imported) continue;
    for (const id of batch.flagIds) {
      const flag = byId.get(id);
      if (flag && !flag.batchIds.includes(batch.id))
        problems.push(`batch ${batch.id} was saved with flag ${id}, which does not record it`);
    }
  }
}
