import { recordHash } from '@/lib/integrity/hash';
import { describeEntry, verifyHistory } from '@/lib/integrity/history';
import type { AuditEntry, Flag, Tombstone } from '@/lib/records/flag';
import { artifactPath, PATHS, type BackupCounts } from './format';
import { recordLabel, type BackupProblem } from './problems';
import type { BackupRecordsRead } from './records';
import { evidenceKindProblem } from '@/lib/batch-format/evidence-kind';
import { oversizeFields } from '@/lib/records/limits';
import { isPlainColor } from '@/lib/settings/colors';

type Read = Omit<BackupRecordsRead, 'evidence'>;

/**
 * A file the manifest lists that Spoor never writes into a backup ("readme.html", "artifacts∕<sha>" with a look-alike
 * slash): nothing restores it or checks what it is, yet a person unpacking the backup opens it as the profile's.
 */
const NOT_WRITTEN =
  'is not a file of a Spoor backup: nothing restores it or checks what it is, yet a person unpacking the backup would open it';

/**
 * The evidence files of the backup by SHA-256, checked against artifacts.json
 * and the flags that name them; every other listed file must be one Spoor writes.
 * @example const evidence = linkEvidence(read, blobs, problems);
 */
export function linkEvidence(
  read: Read,
  blobs: ReadonlyMap<string, Blob>,
  problems: BackupProblem[],
): Map<string, Blob> {
  const evidence = new Map<string, Blob>();
  read.artifacts.forEach((info, i) => {
    const blob = blobs.get(artifactPath(info.sha256));
    const record = recordLabel(i, info);
    if (!blob)
      problems.push({
        file: PATHS.artifacts,
        record,
        field: 'sha256',
        message: `no file ${artifactPath(info.sha256)} in the backup`,
      });
    else if (blob.size !== info.bytes)
      problems.push({
        file: PATHS.artifacts,
        record,
        field: 'bytes',
        message: `says ${info.bytes} bytes, the file has ${blob.size}`,
      });
    else evidence.set(info.sha256, blob);
  });
  const written = new Set<string>(Object.values(PATHS));
  for (const path of blobs.keys()) {
    if (path.startsWith('artifacts/')) {
      if (!evidence.has(path.slice('artifacts/'.length)))
        problems.push({ file: path, message: 'is not listed in artifacts.json' });
    } else if (!written.has(path)) problems.push({ file: path, message: NOT_WRITTEN });
  }
  const listed = new Set(read.artifacts.map((info) => info.sha256));
  read.flags.forEach((flag, i) =>
    flag.observations.forEach((observation, o) =>
      observation.artifacts.forEach((ref, a) => {
        if (!listed.has(ref.sha256)) {
          problems.push({
            file: PATHS.flags,
            record: recordLabel(i, flag),
            field: `observations.${o}.artifacts.${a}.sha256`,
            message: 'names an evidence file the backup does not hold',
          });
        }
      }),
    ),
  );
  return evidence;
}

/**
 * Every evidence file a flag names must be what its record says it is, as in
 * an imported batch (lib/batch-format/evidence-kind.ts): a backup is a file that can
 * come from anyone, and a "screenshot" that is an HTML page, or an HTML
 * snapshot without Spoor's Content-Security-Policy, would be written into
 * later bundles and run its scripts when opened.
 * @example await checkEvidenceKinds(read, evidence, problems);
 */
export async function checkEvidenceKinds(
  read: Read,
  evidence: ReadonlyMap<string, Blob>,
  problems: BackupProblem[],
): Promise<void> {
  for (const [i, flag] of read.flags.entries())
    for (const [o, observation] of flag.observations.entries())
      for (const [a, ref] of observation.artifacts.entries()) {
        const blob = evidence.get(ref.sha256);
        const wrongKind = blob && (await evidenceKindProblem(ref, blob));
        if (wrongKind)
          problems.push({
            file: artifactPath(ref.sha256),
            record: recordLabel(i, flag),
            field: `observations.${o}.artifacts.${a}`,
            message: wrongKind,
          });
      }
}

/**
 * The manifest's counts against what the backup holds (a count the manifest does not give is not checked).
 * @example checkCounts(manifest.counts, read, problems);
 */
export function checkCounts(
  counts: BackupCounts,
  read: Record<keyof BackupCounts, readonly unknown[]>,
  problems: BackupProblem[],
): void {
  for (const key of Object.keys(counts) as (keyof BackupCounts)[]) {
    const count = counts[key];
    if (count !== undefined && count !== read[key].length)
      problems.push({
        file: PATHS.manifest,
        field: `counts.${key}`,
        message: `says ${count}, the backup holds ${read[key].length}`,
      });
  }
}

/**
 * No record may hold a field that nothing else in Spoor accepts (lib/records/limits.ts: the edit form, an edit
 * message, an imported batch): a text longer than MAX_FIELD_CHARS or a list longer than MAX_FIELD_ITEMS in a flag, an
 * audit entry or a deleted flag's record. A forged backup would otherwise store them here, and this profile's next
 * batch would carry them to a coordinator whose import refuses it.
 * @example checkFieldLimits(read, problems); // flags.json, record 2 (id …), field assessment.notes: 100,001 characters
 */
export function checkFieldLimits(read: Read, problems: BackupProblem[]): void {
  const check = (file: string, records: readonly object[], label: (record: object, i: number) => string) =>
    records.forEach((record, i) =>
      oversizeFields(record, '', (path, message) =>
        problems.push({ file, record: label(record, i), field: path.replace(/\[(\d+)\]/g, '.$1'), message }),
      ),
    );
  check(PATHS.flags, read.flags, (flag, i) => recordLabel(i, flag));
  check(PATHS.audit, read.audit, (entry, i) => `${i + 1} (flag ${(entry as AuditEntry).flagId})`);
  check(PATHS.tombstones, read.tombstones, (tombstone, i) => `${i + 1} (flag ${(tombstone as Tombstone).flagId})`);
}

/**
 * The settings' highlight colours must be colours: a backup is not signed, and a `url(…)` restored as a colour would
 * make every Spoor page fetch from a server the researcher never chose (lib/settings/colors.ts).
 * @example checkSettings(read, problems); // settings.json, field colors.trade: "url(…)" is not a colour…
 */
export function checkSettings(read: Read, problems: BackupProblem[]): void {
  for (const [category, color] of Object.entries(read.settings.colors))
    if (!isPlainColor(color))
      problems.push({
        file: PATHS.settings,
        field: `colors.${category}`,
        message: `${JSON.stringify(color.slice(0, 80))} is not a colour (hex, a name or rgb()/hsl()…): Spoor's pages would load it from the network`,
      });
}

/**
 * An id twice would make the restore keep one record silently: the backup was edited or badly made.
 * @example checkDuplicates(read, problems);
 */
export function checkDuplicates(read: Read, problems: BackupProblem[]): void {
  const once = <T>(file: string, records: readonly T[], keyOf: (record: T) => string[], field: string) => {
    const seen = new Set<string>();
    records.forEach((record, i) => {
      for (const key of keyOf(record)) {
        if (seen.has(key))
          problems.push({ file, record: recordLabel(i, record), field, message: `${key} appears twice` });
        seen.add(key);
      }
    });
  };
  once(PATHS.flags, read.flags, (flag) => [flag.id], 'id');
  // Per flag: a record kept apart after a conflict holds the same observation ids as the flag it clashed with.
  read.flags.forEach((flag, i) => {
    const seen = new Set<string>();
    for (const observation of flag.observations) {
      if (seen.has(observation.id))
        problems.push({
          file: PATHS.flags,
          record: recordLabel(i, flag),
          field: 'observations.id',
          message: `${observation.id} appears twice`,
        });
      seen.add(observation.id);
    }
  });
  once(PATHS.tombstones, read.tombstones, (tombstone) => [tombstone.flagId], 'flagId');
  const live = new Set(read.flags.map((flag) => flag.id));
  read.tombstones.forEach((tombstone, i) => {
    if (live.has(tombstone.flagId))
      problems.push({
        file: PATHS.tombstones,
        record: String(i + 1),
        field: 'flagId',
        message: `flag ${tombstone.flagId} is both in flags.json and deleted`,
      });
  });
  once(PATHS.batches, read.batches, (batch) => [batch.id], 'id');
  once(PATHS.signers, read.signers, (signer) => [signer.fingerprint], 'fingerprint');
  once(PATHS.customTerms, read.customTerms, (term) => [term.id], 'id');
  once(PATHS.artifacts, read.artifacts, (info) => [info.sha256], 'sha256');
}

/**
 * An observation edited after capture no longer matches its own hash, even where the manifest was re-hashed to match.
 * @example await checkRecordHashes(read.flags, problems);
 */
export async function checkRecordHashes(flags: readonly Flag[], problems: BackupProblem[]): Promise<void> {
  for (const [i, flag] of flags.entries()) {
    for (const [o, observation] of flag.observations.entries()) {
      if ((await recordHash(observation, 'recordSha256')) !== observation.recordSha256) {
        problems.push({
          file: PATHS.flags,
          record: recordLabel(i, flag),
          field: `observations.${o}.recordSha256`,
          message: `observation ${observation.id} was changed after capture`,
        });
      }
    }
  }
}

/**
 * Every flag's and deleted flag's history verifies whole within the backup,
 * and every audit entry belongs to one: a backup cannot rewrite a history either.
 * @example checkChains(read, problems);
 */
export function checkChains(read: Read, problems: BackupProblem[]): void {
  const byHash = new Map<string, { entry: AuditEntry; index: number }>();
  read.audit.forEach((entry, index) => {
    if (byHash.has(entry.hash))
      problems.push({ file: PATHS.audit, record: String(index + 1), message: 'the same entry appears twice' });
    else byHash.set(entry.hash, { entry, index });
  });
  const reached = new Set<string>();
  const holders = [
    ...read.flags.map((flag, i) => ({ holder: { flag }, file: PATHS.flags, record: recordLabel(i, flag) })),
    ...read.tombstones.map((tombstone, i) => ({
      holder: { tombstone },
      file: PATHS.tombstones,
      record: `${i + 1} (flag ${tombstone.flagId})`,
    })),
  ];
  for (const { holder, file, record } of holders) {
    const history = verifyHistory(holder, (hash) => byHash.get(hash)?.entry);
    for (const problem of history.problems)
      problems.push({ file, record, field: 'auditHead', message: problem.message });
    for (const entry of history.entries) reached.add(entry.hash);
  }
  read.audit.forEach((entry, index) => {
    if (!reached.has(entry.hash))
      problems.push({
        file: PATHS.audit,
        record: `${index + 1} (flag ${entry.flagId})`,
        message: `${describeEntry(entry)} is not part of the history of any flag or deleted flag in the backup`,
      });
  });
}
