import type { z } from 'zod';
import { readUtf8 } from '@/lib/files/text';
import { recordHash } from '@/lib/flags/hash';
import type { Flag } from '@/lib/records/flag';
import { artifactPath, JSON_FILES, PATHS, type ArtifactInfo, type BackupCounts, type BackupManifest } from './format';
import type { BackupRecords } from './contents';
import { InvalidBackupError, schemaProblems, type BackupProblem } from './problems';

/** The records of a backup, each parsed with its schema, and its evidence by SHA-256 (slices of the file, read when written). */
export interface BackupRecordsRead extends Omit<BackupRecords, 'artifactKeys'> {
  artifacts: ArtifactInfo[];
  evidence: Map<string, Blob>;
}

type JsonPath = keyof typeof JSON_FILES;

/** "3 (id 0f1e…)": one-based, as a researcher counts. */
const recordLabel = (index: number, raw: unknown) => {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `${index + 1} (id ${id})` : String(index + 1);
};

/**
 * Parses every JSON file of a verified backup record by record, then checks
 * what ties them together: evidence files against artifacts.json, the
 * evidence each flag names, the counts in the manifest. Collects every
 * problem before throwing, so one attempt shows all that is wrong.
 */
export async function checkRecords(
  manifest: BackupManifest,
  blobs: ReadonlyMap<string, Blob>,
): Promise<BackupRecordsRead> {
  const problems: BackupProblem[] = [];
  const values = new Map<JsonPath, unknown>();
  for (const [path, spec] of Object.entries(JSON_FILES) as [JsonPath, (typeof JSON_FILES)[JsonPath]][]) {
    const raw = await readJson(blobs.get(path), path, problems);
    if (raw === undefined) continue;
    if (spec.kind === 'one') {
      const parsed = (spec.schema as z.ZodType).safeParse(raw);
      if (parsed.success) values.set(path, parsed.data);
      else problems.push(...schemaProblems(parsed.error, path));
    } else if (!Array.isArray(raw)) {
      problems.push({ file: path, message: 'must be a JSON list of records' });
    } else {
      values.set(
        path,
        raw.flatMap((record, i) => {
          const parsed = (spec.schema as z.ZodType).safeParse(record);
          if (parsed.success) return [parsed.data];
          problems.push(...schemaProblems(parsed.error, path, recordLabel(i, record)));
          return [];
        }),
      );
    }
  }
  if (problems.length > 0) throw new InvalidBackupError(problems);
  const read = {
    settings: values.get(PATHS.settings),
    customTerms: values.get(PATHS.customTerms),
    dictionary: values.get(PATHS.dictionary),
    flags: values.get(PATHS.flags),
    audit: values.get(PATHS.audit),
    batches: values.get(PATHS.batches),
    artifacts: values.get(PATHS.artifacts),
  } as Omit<BackupRecordsRead, 'evidence'>;
  const evidence = linkEvidence(read, blobs, problems);
  checkDuplicates(read, problems);
  await checkRecordHashes(read.flags, problems);
  checkCounts(manifest.counts, read, problems);
  if (problems.length > 0) throw new InvalidBackupError(problems);
  return { ...read, evidence };
}

async function readJson(blob: Blob | undefined, path: string, problems: BackupProblem[]): Promise<unknown> {
  if (!blob) {
    problems.push({ file: path, message: 'missing from the backup' });
    return undefined;
  }
  try {
    return JSON.parse(await readUtf8(blob));
  } catch (error) {
    problems.push({
      file: path,
      message: `not readable JSON (${error instanceof Error ? error.message : String(error)})`,
    });
    return undefined;
  }
}

function linkEvidence(
  read: Omit<BackupRecordsRead, 'evidence'>,
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
  for (const path of blobs.keys()) {
    if (path.startsWith('artifacts/') && !evidence.has(path.slice('artifacts/'.length)))
      problems.push({ file: path, message: 'is not listed in artifacts.json' });
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

function checkCounts(counts: BackupCounts, read: Omit<BackupRecordsRead, 'evidence'>, problems: BackupProblem[]): void {
  for (const key of Object.keys(counts) as (keyof BackupCounts)[]) {
    if (counts[key] !== read[key].length)
      problems.push({
        file: PATHS.manifest,
        field: `counts.${key}`,
        message: `says ${counts[key]}, the backup holds ${read[key].length}`,
      });
  }
}

/** An id twice would make the restore keep one record silently: the backup was edited or badly made. */
function checkDuplicates(read: Omit<BackupRecordsRead, 'evidence'>, problems: BackupProblem[]): void {
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
  once(PATHS.flags, read.flags, (flag) => flag.observations.map((observation) => observation.id), 'observations.id');
  once(PATHS.batches, read.batches, (batch) => [batch.id], 'id');
  once(PATHS.customTerms, read.customTerms, (term) => [term.id], 'id');
  once(PATHS.artifacts, read.artifacts, (info) => [info.sha256], 'sha256');
}

/** An observation edited after capture no longer matches its own hash, even where the manifest was re-hashed to match. */
async function checkRecordHashes(flags: readonly Flag[], problems: BackupProblem[]): Promise<void> {
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
