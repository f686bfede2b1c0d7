import { canonicalJson, sha256Hex } from '@/lib/integrity/hash';
import { verifyDocument } from '@/lib/signing/sign';
import type { BatchDocument } from '@/lib/batch-format/schema';
import { distinctArtifacts, evidencePath } from '@/lib/batch-format/evidence-files';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  CSV_PATH,
  JSON_PATH,
  MANIFEST_PATH,
  ManifestSchema,
  sha256Sums,
  SUMS_PATH,
  type Manifest,
} from '@/lib/batch-format/manifest';
import { describePath, type ProblemList } from './problems';
import { parseJsonText } from './document-checks';
import { evidenceKindProblem } from '@/lib/batch-format/evidence-kind';
import { readUtf8 } from '@/lib/files/text';
import { unknownFieldMessage, unknownFields } from '@/lib/records/unknown-fields';
import type { ZipFile } from '@/lib/files/zip-reader';

/**
 * The bundle's manifest, its signature checked and the manifest parsed and
 * validated, or undefined with problems recorded.
 * @example const manifest = await readManifest(files, problems);
 */
export async function readManifest(
  files: ReadonlyMap<string, ZipFile>,
  problems: ProblemList,
): Promise<Manifest | undefined> {
  const file = files.get(MANIFEST_PATH);
  if (!file) {
    problems.add(MANIFEST_PATH, '', 'missing: not a Spoor evidence bundle, or an incomplete one');
    return undefined;
  }
  const raw = await readJsonFile(file, problems);
  if (raw === undefined) return undefined;
  const { format, formatVersion } = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (format !== BUNDLE_FORMAT) {
    problems.add(
      MANIFEST_PATH,
      'format',
      `not a Spoor bundle manifest (format is ${JSON.stringify(format)}, expected "${BUNDLE_FORMAT}")`,
    );
    return undefined;
  }
  if (typeof formatVersion === 'number' && formatVersion > BUNDLE_FORMAT_VERSION) {
    problems.add(
      MANIFEST_PATH,
      'formatVersion',
      `made by a newer Spoor (bundle format version ${formatVersion}; this one reads ${BUNDLE_FORMAT_VERSION}): update Spoor`,
    );
    return undefined;
  }
  if (typeof formatVersion === 'number' && formatVersion < BUNDLE_FORMAT_VERSION) {
    problems.add(
      MANIFEST_PATH,
      'formatVersion',
      `made by an older Spoor (bundle format version ${formatVersion}), without signatures: ask the sender to update Spoor and export the bundle again`,
    );
    return undefined;
  }
  const verification = await verifyDocument(raw);
  if (verification.status !== 'valid') {
    problems.add(
      MANIFEST_PATH,
      'signature',
      verification.status === 'unsigned' ? 'the manifest is not signed' : verification.reason,
    );
    return undefined;
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add(MANIFEST_PATH, describePath(raw, issue.path), issue.message);
    return undefined;
  }
  const unknown = unknownFields(raw, parsed.data);
  for (const path of unknown)
    problems.add(
      MANIFEST_PATH,
      describePath(raw, path),
      unknownFieldMessage('the bundle format', BUNDLE_FORMAT_VERSION),
    );
  return unknown.length > 0 ? undefined : parsed.data;
}

/**
 * A JSON file of the bundle, parsed; undefined with a problem recorded if it does not inflate or parse.
 * @example const raw = await readJsonFile(files.get('manifest.json')!, problems);
 */
async function readJsonFile(file: ZipFile, problems: ProblemList): Promise<unknown> {
  const blob = await openFile(file, problems);
  return blob && readJsonBlob(blob, file.path, problems);
}

/** A file of the bundle inflated; undefined with a problem recorded if it does not inflate. */
export async function openFile(file: ZipFile, problems: ProblemList): Promise<Blob | undefined> {
  return file.open().catch((error: Error) => void problems.add(file.path, '', error.message));
}

/** An inflated JSON file of the bundle, parsed; undefined with a problem recorded if it is not UTF-8 or not JSON. */
export async function readJsonBlob(blob: Blob, path: string, problems: ProblemList): Promise<unknown> {
  const text = await readUtf8(blob).catch((error: Error) => void problems.add(path, '', error.message));
  return text === undefined ? undefined : parseJsonText(text, path, problems);
}

export interface VerifiedFile {
  blob: Blob;
  sha256: string;
}

/**
 * Hashes every file against the manifest, one file at a time. Returns the
 * files whose bytes match, by path. Every file but the manifest must be listed, and every listed file present.
 * A file in `opened` (batch.json, read before for its parse) is taken as inflated there, not inflated again; one
 * that failed to inflate there (undefined) is skipped, its problem recorded already.
 * @example const verified = await verifyFiles(files, manifest, problems, new Map([['batch.json', batchBlob]]));
 */
export async function verifyFiles(
  files: ReadonlyMap<string, ZipFile>,
  manifest: Manifest,
  problems: ProblemList,
  opened: ReadonlyMap<string, Blob | undefined> = new Map(),
): Promise<Map<string, VerifiedFile>> {
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    if (listed.has(entry.path)) problems.add(MANIFEST_PATH, 'files', `lists ${entry.path} twice`);
    listed.add(entry.path);
  }
  for (const path of files.keys()) {
    if (path !== MANIFEST_PATH && !listed.has(path)) problems.add(path, '', 'in the bundle but not in the manifest');
  }
  const verified = new Map<string, VerifiedFile>();
  for (const entry of manifest.files) {
    if (problems.full) break;
    const file = files.get(entry.path);
    if (!file) {
      problems.add(entry.path, '', 'listed in the manifest but missing from the bundle');
      continue;
    }
    const blob = opened.has(entry.path) ? opened.get(entry.path) : await openFile(file, problems);
    if (!blob) continue;
    const sha256 = await sha256Hex(blob);
    if (sha256 !== entry.sha256)
      problems.add(
        entry.path,
        '',
        `SHA-256 is ${sha256}, the manifest says ${entry.sha256}: the file was changed or damaged`,
      );
    else if (blob.size !== entry.bytes)
      problems.add(entry.path, '', `${blob.size} bytes, the manifest says ${entry.bytes}`);
    else verified.set(entry.path, { blob, sha256 });
  }
  return verified;
}

/**
 * Checks that every evidence file a flag references is in the bundle, verified,
 * and what its record says it is (lib/batch-format/evidence-kind.ts), and returns them by SHA-256.
 * @example const artifacts = await checkEvidence(doc, verified, problems);
 */
export async function checkEvidence(
  doc: BatchDocument,
  verified: ReadonlyMap<string, VerifiedFile>,
  problems: ProblemList,
): Promise<Map<string, Blob>> {
  const artifacts = new Map<string, Blob>();
  for (const flag of doc.flags) {
    for (const [index, observation] of flag.observations.entries()) {
      for (const [position, ref] of observation.artifacts.entries()) {
        const path = evidencePath(ref);
        const file = verified.get(path);
        const where = `flag ${flag.id} › observations[${index}].artifacts[${position}]`;
        // The manifest could have been rewritten to match altered evidence; the flag's own hash cannot.
        if (!file)
          problems.add(JSON_PATH, where, `its ${ref.kind} ${path} is not in the bundle (or failed its hash check)`);
        else if (file.sha256 !== ref.sha256)
          problems.add(path, where, `SHA-256 is ${file.sha256}, the flag says ${ref.sha256}`);
        else if (file.blob.size !== ref.bytes)
          problems.add(JSON_PATH, where, `says ${ref.bytes} bytes, ${path} has ${file.blob.size}`);
        else {
          const wrongKind = await evidenceKindProblem(ref, file.blob);
          if (wrongKind) problems.add(path, where, wrongKind);
          else artifacts.set(ref.sha256, file.blob);
        }
      }
    }
  }
  return artifacts;
}

/**
 * Verified manifest entries count only if the manifest describes the same
 * batch as batch.json and was signed with the same key, named as batch.json names it.
 * @example checkManifestMatches(manifest, doc, problems);
 */
export function checkManifestMatches(manifest: Manifest, doc: BatchDocument, problems: ProblemList): void {
  if (manifest.batch.id !== doc.batch.id)
    problems.add(MANIFEST_PATH, 'batch.id', `is ${manifest.batch.id}, batch.json says ${doc.batch.id}`);
  else if (canonicalJson(manifest.batch) !== canonicalJson(doc.batch))
    problems.add(MANIFEST_PATH, 'batch', 'describes the batch differently from batch.json');
  if (manifest.signature.fingerprint !== doc.signature.fingerprint)
    problems.add(
      MANIFEST_PATH,
      'signature.fingerprint',
      `signed with key ${manifest.signature.fingerprint}, batch.json with key ${doc.signature.fingerprint}`,
    );
  // One key, one owner and one date: a manifest naming another would show the coordinator two signers.
  else
    for (const field of ['researcher', 'keyCreatedAt'] as const)
      if (manifest.signature[field] !== doc.signature[field])
        problems.add(
          MANIFEST_PATH,
          `signature.${field}`,
          `is ${manifest.signature[field]}, batch.json's signature says ${doc.signature[field]}`,
        );
}

/**
 * A bundle holds the files Spoor writes into one and no others: the CSV, the
 * JSON, SHA256SUMS, the manifest and the evidence its flags reference. A
 * file no flag references is checked by nothing but its hash, yet a person
 * unpacking the bundle opens it as the batch's evidence (an `evidence/<sha>.html`
 * that runs scripts, a `readme.html`); so it is refused, even when the
 * sender listed and signed it. SHA256SUMS must say what the manifest says, as
 * the export writes it, since `sha256sum -c` is what a person checks with.
 * @example checkBundleFiles(files, verified, manifest, doc, problems);
 */
export async function checkBundleFiles(
  paths: Iterable<string>,
  verified: ReadonlyMap<string, VerifiedFile>,
  manifest: Manifest,
  doc: BatchDocument,
  problems: ProblemList,
): Promise<void> {
  const written = new Set([CSV_PATH, JSON_PATH, SUMS_PATH, MANIFEST_PATH]);
  for (const ref of distinctArtifacts(doc.flags)) written.add(evidencePath(ref));
  for (const path of paths)
    if (!written.has(path))
      problems.add(path, '', 'is not a file of a Spoor bundle: no flag references it, so nothing checks what it is');
  const sums = verified.get(SUMS_PATH);
  if (!sums) return;
  const expected = sha256Sums(manifest.files.filter((file) => file.path !== SUMS_PATH));
  if ((await sums.blob.text()) !== expected)
    problems.add(
      SUMS_PATH,
      '',
      'does not list the files and hashes the manifest lists: `sha256sum -c` would check other files',
    );
}
