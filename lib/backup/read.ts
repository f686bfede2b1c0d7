import { readUtf8 } from '@/lib/files/text';
import { parseStrictJson } from '@/lib/files/json';
import { readZip, type ZipFile } from '@/lib/files/zip-reader';
import { withoutOsLitter } from '@/lib/files/os-litter';
import { mixedRootsMessage, withoutTopFolder } from '@/lib/files/top-folder';
import { unknownFieldMessage, unknownFields } from '@/lib/records/unknown-fields';
import { sha256Hex } from '@/lib/integrity/hash';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupManifestSchema, PATHS, type BackupManifest } from './format';
import { InvalidBackupError, schemaProblems, type BackupProblem } from './problems';
import { checkRecords, type BackupRecordsRead } from './records';

/** A backup whose every file, record and hash was checked; evidence stays in the file until written. */
export interface Backup extends BackupRecordsRead {
  manifest: BackupManifest;
}

const ARCHIVE = 'the backup file';

/**
 * Opens a backup and checks ALL of it before anything is written: that it is
 * a complete ZIP, the manifest's format and version, that the files are
 * exactly those the manifest lists with the SHA-256 it states, that every
 * record passes its schema, and that every evidence file a flag names is
 * there. Throws InvalidBackupError listing each problem (file, record, field).
 * @example const backup = await readBackup(input.files[0]); const report = await restoreBackup(env, backup);
 */
export async function readBackup(archive: Blob): Promise<Backup> {
  const archived = await openArchive(archive);
  const manifest = await readManifest(archived.find((file) => file.path === PATHS.manifest));
  const claimed = new Set(manifest.files.map(({ path }) => path));
  const files = await withoutOsLitter(archived, (path) => claimed.has(path));
  const byPath = new Map(files.map((file) => [file.path, file]));
  const blobs = await verifiedFiles(manifest, files, byPath);
  return { manifest, ...(await checkRecords(manifest, blobs)) };
}

async function openArchive(archive: Blob): Promise<ZipFile[]> {
  const fail = (message: string): never => {
    throw new InvalidBackupError([{ file: ARCHIVE, message }]);
  };
  const archived = await readZip(archive).catch((error: unknown) =>
    fail(error instanceof Error ? error.message : String(error)),
  );
  const read = withoutTopFolder(archived, PATHS.manifest);
  return 'roots' in read ? fail(mixedRootsMessage(read.roots)) : read.files;
}

async function readManifest(file: ZipFile | undefined): Promise<BackupManifest> {
  const fail = (message: string, field?: string): never => {
    throw new InvalidBackupError([{ file: PATHS.manifest, ...(field ? { field } : {}), message }]);
  };
  if (!file) return fail('missing: this ZIP is not a Spoor backup');
  let raw: unknown;
  try {
    raw = parseStrictJson(await readUtf8(await file.open()));
  } catch (error) {
    return fail(`not readable JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const { format, formatVersion } = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (format !== BACKUP_FORMAT)
    return fail(
      `says format ${JSON.stringify(format)}, not "${BACKUP_FORMAT}": this is not a Spoor backup (an evidence bundle is imported on the dashboard)`,
      'format',
    );
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    return fail(
      `format version ${formatVersion} was written by a newer Spoor (this one reads version ${BACKUP_FORMAT_VERSION}); update Spoor first`,
      'formatVersion',
    );
  }
  const parsed = BackupManifestSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidBackupError(schemaProblems(parsed.error, PATHS.manifest));
  const unknown = parsed.data.formatVersion === BACKUP_FORMAT_VERSION ? unknownFields(raw, parsed.data) : [];
  if (unknown.length > 0)
    throw new InvalidBackupError(
      unknown.map((field) => ({
        file: PATHS.manifest,
        field: field.join('.'),
        message: unknownFieldMessage('the backup format', BACKUP_FORMAT_VERSION),
      })),
    );
  return parsed.data;
}

/** Each listed file, hashed one at a time; a file the manifest does not list, or lists but lacks, is a problem too. */
async function verifiedFiles(
  manifest: BackupManifest,
  files: readonly ZipFile[],
  byPath: ReadonlyMap<string, ZipFile>,
): Promise<Map<string, Blob>> {
  const problems: BackupProblem[] = [];
  const listed = new Set(manifest.files.map((file) => file.path));
  const inZip = new Set<string>();
  for (const file of files) {
    if (inZip.has(file.path)) problems.push({ file: file.path, message: 'appears twice in the ZIP' });
    else if (file.path !== PATHS.manifest && !listed.has(file.path))
      problems.push({ file: file.path, message: 'is in the ZIP but not listed in manifest.json' });
    inZip.add(file.path);
  }
  if (listed.size < manifest.files.length)
    problems.push({ file: PATHS.manifest, field: 'files', message: 'lists a file twice' });
  const blobs = new Map<string, Blob>();
  for (const expected of manifest.files) {
    const file = byPath.get(expected.path);
    if (!file) {
      problems.push({ file: expected.path, message: 'is listed in manifest.json but missing from the ZIP' });
      continue;
    }
    try {
      const blob = await file.open();
      const actual = await sha256Hex(blob);
      if (actual !== expected.sha256)
        problems.push({
          file: expected.path,
          message: `its SHA-256 is ${actual}, but manifest.json says ${expected.sha256}: the file was changed or damaged`,
        });
      else blobs.set(expected.path, blob);
    } catch (error) {
      problems.push({ file: expected.path, message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (problems.length > 0) throw new InvalidBackupError(problems);
  return blobs;
}
