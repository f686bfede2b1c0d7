import * as z from 'zod/mini';
import { checkClaims } from './claim-checks';
import { readUtf8 } from '@/lib/files/text';
import { parseStrictJson } from '@/lib/files/json';
import { chainLegacyHistory } from '@/lib/storage/migrations/legacy-history';
import type { BackupRecords } from './contents';
import {
  BACKUP_FORMAT_VERSION,
  JSON_FILES,
  JSON_FILES_V1,
  PATHS,
  type ArtifactInfo,
  type BackupManifest,
} from './format';
import { unknownFieldMessage, unknownFields } from '@/lib/records/unknown-fields';
import { InvalidBackupError, recordLabel, schemaProblems, type BackupProblem } from './problems';
import {
  checkChains,
  checkCounts,
  checkDuplicates,
  checkEvidenceKinds,
  checkFieldLimits,
  checkRecordHashes,
  checkSettings,
  linkEvidence,
} from './record-checks';

/**
 * The records of a backup, each parsed with its schema, and its evidence by SHA-256 (slices of the file, read when
 * written).
 */
export interface BackupRecordsRead extends Omit<BackupRecords, 'artifactKeys'> {
  artifacts: ArtifactInfo[];
  evidence: Map<string, Blob>;
}

type JsonPath = keyof typeof JSON_FILES;
/** Files read as raw lists from a version-1 backup, to be chained before they are checked. */
const LEGACY_LISTS = new Set<string>([PATHS.flags, PATHS.audit]);

/**
 * Parses every JSON file of a verified backup record by record, then checks
 * what ties them together: fields larger than Spoor accepts anywhere (lib/records/limits.ts), evidence files
 * against artifacts.json, the evidence each flag names, ids given twice, the counts in the manifest, and
 * every history (chained on reading for a version-1 backup, see
 * legacy-history.ts, with the backup's own time, so a backup always reads the
 * same), and posting days and platforms no Spoor writes (claim-checks.ts). Collects every problem before
 * throwing, so one attempt shows all that is wrong.
 */
export async function checkRecords(
  manifest: BackupManifest,
  blobs: ReadonlyMap<string, Blob>,
): Promise<BackupRecordsRead> {
  const problems: BackupProblem[] = [];
  const legacy = manifest.formatVersion === 1;
  const paths: readonly JsonPath[] = legacy ? JSON_FILES_V1 : (Object.keys(JSON_FILES) as JsonPath[]);
  const values = new Map<JsonPath, unknown>([
    [PATHS.tombstones, []],
    [PATHS.signers, []],
  ]);
  for (const path of paths) {
    const raw = await readJson(blobs.get(path), path, problems);
    if (raw === undefined) continue;
    const spec = JSON_FILES[path];
    if (spec.kind === 'one') {
      const parsed = z.safeParse(spec.schema as z.core.$ZodType, raw);
      if (parsed.success) values.set(path, parsed.data);
      else problems.push(...schemaProblems(parsed.error, path));
      if (parsed.success && !legacy) problems.push(...unknownFieldProblems(raw, parsed.data, path));
    } else if (!Array.isArray(raw)) {
      problems.push({ file: path, message: 'must be a JSON list of records' });
    } else if (legacy && LEGACY_LISTS.has(path)) {
      values.set(path, raw);
    } else {
      values.set(path, parseList(raw, spec.schema as z.core.$ZodType, path, problems, !legacy));
    }
  }
  if (problems.length > 0) throw new InvalidBackupError(problems);
  if (legacy) {
    const rawFlags = values.get(PATHS.flags) as unknown[];
    const rawAudit = values.get(PATHS.audit) as unknown[];
    checkCounts(manifest.counts, countable(values, rawFlags, rawAudit), problems);
    const chained = chainLegacyHistory(rawFlags, rawAudit, manifest.createdAt);
    values.set(PATHS.flags, parseList(chained.flags, JSON_FILES[PATHS.flags].schema, PATHS.flags, problems));
    values.set(
      PATHS.audit,
      parseList([...chained.audit, ...chained.migrate], JSON_FILES[PATHS.audit].schema, PATHS.audit, problems),
    );
    values.set(PATHS.tombstones, chained.tombstones);
    if (problems.length > 0) throw new InvalidBackupError(problems);
  }
  const read = {
    settings: values.get(PATHS.settings),
    customTerms: values.get(PATHS.customTerms),
    dictionary: values.get(PATHS.dictionary),
    flags: values.get(PATHS.flags),
    audit: values.get(PATHS.audit),
    tombstones: values.get(PATHS.tombstones),
    batches: values.get(PATHS.batches),
    signers: values.get(PATHS.signers),
    artifacts: values.get(PATHS.artifacts),
  } as Omit<BackupRecordsRead, 'evidence'>;
  checkFieldLimits(read, problems);
  checkSettings(read, problems);
  const evidence = linkEvidence(read, blobs, problems);
  await checkEvidenceKinds(read, evidence, problems);
  checkDuplicates(read, problems);
  await checkRecordHashes(read.flags, problems);
  if (!legacy) checkCounts(manifest.counts, read, problems);
  checkChains(read, problems);
  checkClaims(read.flags, problems);
  if (problems.length > 0) throw new InvalidBackupError(problems);
  return { ...read, evidence };
}

/** `knownFieldsOnly`: a current-version file (a version-1 backup's records are chained first, old fields dropped). */
function parseList(
  raw: readonly unknown[],
  schema: z.core.$ZodType,
  path: string,
  problems: BackupProblem[],
  knownFieldsOnly = false,
): unknown[] {
  return raw.flatMap((record, i) => {
    const parsed = z.safeParse(schema, record);
    if (!parsed.success) {
      problems.push(...schemaProblems(parsed.error, path, recordLabel(i, record)));
      return [];
    }
    if (knownFieldsOnly) problems.push(...unknownFieldProblems(record, parsed.data, path, recordLabel(i, record)));
    return [parsed.data];
  });
}

/** A field no schema of this backup version knows: refused, not dropped (lib/records/unknown-fields.ts). */
function unknownFieldProblems(raw: unknown, parsed: unknown, file: string, record?: string): BackupProblem[] {
  return unknownFields(raw, parsed).map((field) => ({
    file,
    ...(record === undefined ? {} : { record }),
    field: field.join('.'),
    message: unknownFieldMessage('the backup format', BACKUP_FORMAT_VERSION),
  }));
}

/** A version-1 backup's counts are of its files as written, before chaining adds entries. */
function countable(values: ReadonlyMap<JsonPath, unknown>, flags: unknown[], audit: unknown[]) {
  const list = (path: JsonPath) => (values.get(path) as unknown[] | undefined) ?? [];
  return {
    flags,
    audit,
    batches: list(PATHS.batches),
    artifacts: list(PATHS.artifacts),
    customTerms: list(PATHS.customTerms),
    tombstones: [],
    signers: [],
  };
}

async function readJson(blob: Blob | undefined, path: string, problems: BackupProblem[]): Promise<unknown> {
  if (!blob) {
    problems.push({ file: path, message: 'missing from the backup' });
    return undefined;
  }
  try {
    return parseStrictJson(await readUtf8(blob));
  } catch (error) {
    problems.push({
      file: path,
      message: `not readable JSON (${error instanceof Error ? error.message : String(error)})`,
    });
    return undefined;
  }
}
