import type { SignedBy } from '@/lib/records/signing';
import type { BatchDocument } from '@/lib/batch-format/schema';
import {
  checkBundleFiles,
  checkEvidence,
  checkManifestMatches,
  openFile,
  readJsonBlob,
  readManifest,
  verifyFiles,
} from './bundle-checks';
import { checkBatchDocument, parseJsonText, rawBatchId } from './document-checks';
import { checkBundleCsv } from './csv-checks';
import { CSV_PATH, JSON_PATH, MANIFEST_PATH } from '@/lib/batch-format/manifest';
import { ProblemList, type ImportProblem } from './problems';
import { readUtf8 } from '@/lib/files/text';
import { megabytes, ZIP_LIMITS } from '@/lib/files/zip-limits';
import { readZip, type ZipFile } from '@/lib/files/zip-reader';
import { withoutOsLitter } from '@/lib/files/os-litter';
import { mixedRootsMessage, withoutTopFolder } from '@/lib/files/top-folder';
import { sha256Hex } from '@/lib/integrity/hash';

/** A batch that passed every check, ready for mergeBatch. */
export interface ImportedBatch {
  fileName: string;
  document: BatchDocument;
  /** Evidence by SHA-256, each verified; empty for a batch.json imported on its own. */
  artifacts: Map<string, Blob>;
  evidenceIncluded: boolean;
  /** The key batch.json (and the bundle's manifest) was signed with, checked. */
  signedBy: SignedBy;
  /** SHA-256 of batch.json's bytes: one batch id names one file (lib/import/known.ts). */
  sha256: string;
}

export type ImportResult =
  | { status: 'ready'; batch: ImportedBatch }
  | { status: 'invalid'; problems: ImportProblem[]; moreProblems: number }
  | {
      status: 'duplicate';
      batchId: string;
      importedAt: string;
      message: string;
      /** Who made the batch and when, as the file says: the batch's label is made of them. */
      header?: { id: string; researcher: string; createdAt: string };
    };

export interface ImportOptions {
  /** Batches imported before: id → when (see knownBatches in merge.ts). */
  knownBatches: ReadonlyMap<string, string>;
  /** The SHA-256 of a known batch's batch.json, where this database has it: id → hash. */
  knownContents?: ReadonlyMap<string, string>;
  /** The moment of the import, to refuse a batch made after it (default: now). */
  now?: Date;
  /** How many problems to list before only counting them. */
  maxProblems?: number;
}

/**
 * Reads a batch.json or an evidence bundle ZIP and validates all of it
 * before anything may be written: format and version, the signatures of
 * batch.json and the manifest, every flag and audit entry, every flag's chain
 * of custody, every file's SHA-256 against the manifest, every referenced
 * evidence file, every observation's record hash. Nothing partial comes back:
 * either a ready batch, the list of problems, or "already imported". Whether
 * the signing key is trusted is the import flow's question (lib/signing/trust.ts).
 * @example const result = await importBatchFile(file, file.name, { knownBatches: knownBatches(audit) });
 */
export async function importBatchFile(file: Blob, fileName: string, options: ImportOptions): Promise<ImportResult> {
  const problems = new ProblemList(options.maxProblems ?? 50);
  const outcome = (await isZip(file))
    ? await importBundle(file, fileName, options, problems)
    : await importJson(file, fileName, options, problems);
  if ('status' in outcome) return outcome;
  if (problems.any || !outcome.document || !outcome.sha256)
    return { status: 'invalid', problems: problems.shown, moreProblems: problems.more };
  const { signature } = outcome.document;
  return {
    status: 'ready',
    batch: {
      fileName,
      document: outcome.document,
      artifacts: outcome.artifacts,
      evidenceIncluded: outcome.evidenceIncluded,
      signedBy: {
        researcher: signature.researcher,
        publicKey: signature.publicKey,
        fingerprint: signature.fingerprint,
        keyCreatedAt: signature.keyCreatedAt,
      },
      sha256: outcome.sha256,
    },
  };
}

type Outcome =
  | Extract<ImportResult, { status: 'duplicate' }>
  | { document?: BatchDocument; artifacts: Map<string, Blob>; evidenceIncluded: boolean; sha256?: string };

async function isZip(file: Blob): Promise<boolean> {
  const magic = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return magic[0] === 0x50 && magic[1] === 0x4b && (magic[2] === 3 || magic[2] === 5);
}

async function importJson(
  file: Blob,
  fileName: string,
  options: ImportOptions,
  problems: ProblemList,
): Promise<Outcome> {
  const nothing = { artifacts: new Map<string, Blob>(), evidenceIncluded: false };
  // Refused by size before reading: a batch.json is text held whole in memory to parse.
  if (file.size > ZIP_LIMITS.maxFileBytes) {
    problems.add(
      fileName,
      '',
      `${megabytes(file.size)}: over Spoor's limit of ${megabytes(ZIP_LIMITS.maxFileBytes)} for a batch file (not a batch.json or evidence bundle?)`,
    );
    return nothing;
  }
  if (file.size === 0) {
    problems.add(fileName, '', 'the file is empty');
    return nothing;
  }
  const text = await readUtf8(file).catch((error: Error) => void problems.add(fileName, '', error.message));
  if (text === undefined) return nothing;
  const raw = parseJsonText(text, fileName, problems);
  const sha256 = await sha256Hex(file);
  const duplicate = duplicateOf(raw, sha256, options, fileName, problems);
  if (duplicate === OTHER_CONTENTS) return nothing;
  if (duplicate) return duplicate;
  const document = raw === undefined ? undefined : await checkBatchDocument(raw, fileName, problems, options.now);
  return { ...nothing, document, sha256 };
}

async function importBundle(
  file: Blob,
  fileName: string,
  options: ImportOptions,
  problems: ProblemList,
): Promise<Outcome> {
  const nothing = { artifacts: new Map<string, Blob>(), evidenceIncluded: true };
  const archived = await listFiles(file, fileName, problems);
  const manifest = archived && (await readManifest(archived, problems));
  if (!archived || !manifest) return nothing;
  const claimed = new Set(manifest.files.map(({ path }) => path));
  const files = new Map(
    (await withoutOsLitter(archived.values(), (path) => claimed.has(path))).map((entry) => [entry.path, entry]),
  );
  const batchFile = files.get(JSON_PATH);
  if (!batchFile) {
    problems.add(JSON_PATH, '', 'missing from the bundle');
    return nothing;
  }
  // Inflated once, for its parse, its known-id hash and its manifest check.
  const batchBlob = await openFile(batchFile, problems);
  const raw = batchBlob && (await readJsonBlob(batchBlob, JSON_PATH, problems));
  const sha256 = batchBlob && raw !== undefined ? await sha256Hex(batchBlob) : '';
  const duplicate = duplicateOf(raw, sha256, options, JSON_PATH, problems);
  if (duplicate === OTHER_CONTENTS) return nothing;
  if (duplicate) return duplicate;
  const document = raw === undefined ? undefined : await checkBatchDocument(raw, JSON_PATH, problems, options.now);
  const verified = await verifyFiles(files, manifest, problems, new Map([[JSON_PATH, batchBlob]]));
  if (!document) return nothing;
  checkManifestMatches(manifest, document, problems);
  await checkBundleFiles(files.keys(), verified, manifest, document, problems);
  await checkBundleCsv(verified.get(CSV_PATH)?.blob, document, problems);
  return { document, artifacts: await checkEvidence(document, verified, problems), evidenceIncluded: true, sha256 };
}

async function listFiles(
  file: Blob,
  fileName: string,
  problems: ProblemList,
): Promise<Map<string, ZipFile> | undefined> {
  try {
    const read = withoutTopFolder(await readZip(file), MANIFEST_PATH);
    if ('roots' in read) {
      problems.add(fileName, '', mixedRootsMessage(read.roots));
      return undefined;
    }
    const files = new Map<string, ZipFile>();
    for (const entry of read.files) {
      if (files.has(entry.path)) problems.add(fileName, entry.path, 'appears twice in the archive');
      files.set(entry.path, entry);
    }
    return files;
  } catch (error) {
    problems.add(fileName, '', error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/** What duplicateOf says of a file whose batch id is known here with another batch.json: refused, a problem listed. */
const OTHER_CONTENTS = 'other contents';

/**
 * "Already imported" for a batch this database knows, with the same batch.json; a known id with other bytes is a
 * forgery or a damaged copy (Spoor writes one file per batch id, lib/records/batch.ts), refused with the problem named.
 */
function duplicateOf(
  raw: unknown,
  sha256: string,
  options: ImportOptions,
  fileName: string,
  problems: ProblemList,
): Extract<ImportResult, { status: 'duplicate' }> | typeof OTHER_CONTENTS | undefined {
  const batchId = rawBatchId(raw);
  const importedAt = batchId === undefined ? undefined : options.knownBatches.get(batchId);
  if (batchId === undefined || importedAt === undefined) return undefined;
  const knownSha256 = options.knownContents?.get(batchId);
  if (knownSha256 !== undefined && knownSha256 !== sha256) {
    problems.add(
      fileName,
      'batch.id',
      `batch ${batchId} is known here since ${importedAt} with another batch.json (SHA-256 ${knownSha256}, this file's ${sha256}): a batch id names one file, so this one is forged or damaged`,
    );
    return OTHER_CONTENTS;
  }
  const { researcher, createdAt } = (raw as { batch: Record<string, unknown> }).batch;
  return {
    status: 'duplicate',
    batchId,
    importedAt,
    message: `batch ${batchId} was already imported on ${importedAt}; nothing changed`,
    ...(typeof researcher === 'string' &&
      typeof createdAt === 'string' && { header: { id: batchId, researcher, createdAt } }),
  };
}
