import { zipStream, type ZipEntry } from '@/lib/files/zip-writer';
import type { ManifestFile } from '@/lib/batch-format/manifest';
import { sha256Hex } from '@/lib/integrity/hash';
import type { StoredArtifact } from '@/lib/storage/schema';
import type { DictionaryArea } from '@/lib/active-dictionary/chunked';
import type { SpoorDb } from '@/lib/storage/db';
import { readBackupRecords, type BackupRecords } from './contents';
import {
  artifactPath,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  PATHS,
  type ArtifactInfo,
  type BackupManifest,
} from './format';

export interface BackupSource {
  records: BackupRecords;
  /** One evidence file from the artifacts store; called once per file, one at a time, as the ZIP is read. */
  getArtifact(sha256: string): Promise<StoredArtifact | undefined>;
  createdAt: Date;
  extensionVersion: string;
}

/**
 * The backup as a stream of ZIP bytes (layout in format.ts). Evidence is read
 * only when the consumer reads on, so memory holds about one file at a time;
 * each is re-hashed and the stream fails, naming it, if its bytes no longer
 * match their key. manifest.json comes last, with the hash of every file.
 * @example await saveStream(backupStream({ records, getArtifact: (h) => db.get('artifacts', h), createdAt: new Date(),
 * extensionVersion }), backupFileName(new Date()), targets);
 */
export function backupStream(source: BackupSource): ReadableStream<Uint8Array<ArrayBuffer>> {
  return zipStream(backupEntries(source), source.createdAt);
}

/**
 * The name a backup is offered under.
 * @example backupFileName(new Date('2026-03-20T10:00:00Z')) // 'spoor-backup-2026-03-20.zip'
 */
export function backupFileName(createdAt: Date): string {
  return `spoor-backup-${createdAt.toISOString().slice(0, 10)}.zip`;
}

async function* backupEntries({
  records,
  getArtifact,
  createdAt,
  extensionVersion,
}: BackupSource): AsyncGenerator<ZipEntry> {
  const listed: ManifestFile[] = [];
  const entry = async (path: string, bytes: Uint8Array<ArrayBuffer>, compress: boolean): Promise<ZipEntry> => {
    listed.push({ path, sha256: await sha256Hex(bytes), bytes: bytes.length });
    return { path, bytes, compress };
  };
  const json = (path: string, value: unknown) => entry(path, new TextEncoder().encode(JSON.stringify(value)), true);

  yield await json(PATHS.settings, records.settings);
  yield await json(PATHS.customTerms, records.customTerms);
  yield await json(PATHS.dictionary, records.dictionary);
  yield await json(PATHS.flags, records.flags);
  yield await json(PATHS.audit, records.audit);
  yield await json(PATHS.tombstones, records.tombstones);
  yield await json(PATHS.batches, records.batches);
  yield await json(PATHS.signers, records.signers);
  const artifacts: ArtifactInfo[] = [];
  for (const sha256 of records.artifactKeys) {
    const stored = await getArtifact(sha256);
    if (!stored)
      throw new Error(`${artifactPath(sha256)}: the evidence file vanished while the backup was written; try again`);
    const file = await entry(artifactPath(sha256), new Uint8Array(await stored.blob.arrayBuffer()), false);
    if (listed.at(-1)!.sha256 !== sha256)
      throw new Error(`${file.path}: the stored evidence hashes to ${listed.at(-1)!.sha256}, not to its key`);
    artifacts.push({ sha256, mimeType: stored.mimeType, bytes: file.bytes.length });
    yield file;
  }
  yield await json(PATHS.artifacts, artifacts);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: createdAt.toISOString(),
    extensionVersion,
    counts: {
      flags: records.flags.length,
      audit: records.audit.length,
      batches: records.batches.length,
      artifacts: artifacts.length,
      customTerms: records.customTerms.length,
      tombstones: records.tombstones.length,
      signers: records.signers.length,
    },
    files: listed,
  };
  yield {
    path: PATHS.manifest,
    bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    compress: true,
  };
}

/**
 * Reads this profile (see readBackupRecords) and returns the backup's stream
 * and file name; evidence is read from the database as the stream is consumed.
 * @example const { stream, fileName } = await createBackup(db, browser.storage.local, version); await
 * saveStream(stream, fileName, targets);
 */
export async function createBackup(
  db: SpoorDb,
  area: DictionaryArea,
  extensionVersion: string,
  now: Date = new Date(),
) {
  const records = await readBackupRecords(db, area);
  const stream = backupStream({
    records,
    getArtifact: (sha256) => db.get('artifacts', sha256),
    createdAt: now,
    extensionVersion,
  });
  return {
    stream,
    fileName: backupFileName(now),
    counts: { flags: records.flags.length, artifacts: records.artifactKeys.length },
  };
}
