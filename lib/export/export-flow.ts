import { buildBatch } from './json';
import { saveStream, type SaveTargets } from '@/lib/files/save';
import { AuditEntrySchema, FlagSchema, type AuditEntry, type Flag } from '@/lib/records/flag';
import type { SpoorDb } from '@/lib/storage/db';
import { batchFileName, batchFileStream, FILE_TYPES, savedOrCancelled } from './files';
import { recordSavedBatch } from './mark-exported';
import { BatchRecordSchema, type BatchRecord, type ExportFormat } from '@/lib/records/batch';

/*
 * Why the export runs here, in the extension page, reading IndexedDB itself:
 * the file must be written by a page (Chrome's MV3 service worker has neither
 * a file picker nor URL.createObjectURL), and the evidence is Blobs, which do
 * not cross runtime messaging in Chrome: asking the background for them would
 * mean base64 copies of every screenshot held in memory at once, defeating the
 * streaming ZIP. The page shares the background's origin, hence its database;
 * IndexedDB orders the two sides' transactions, so nothing interleaves.
 * This module is the only page code that reads flags for a file: flags and
 * audit in one readonly transaction, then artifacts one at a time as the ZIP
 * pulls them, so no transaction is held across hashing or zipping.
 */

export interface ExportEnv {
  db: SpoorDb;
  save: SaveTargets;
  /** Stamped into the batch header. */
  extensionVersion: string;
  clock?: () => Date;
}

export interface Exporter {
  /** Settings' researcher id: the batch's sender and the audit entries' author. */
  researcher: string;
  survey: string;
}

export type ExportOutcome =
  | { status: 'saved'; record: BatchRecord; fileName: string; how: 'picked' | 'downloaded'; flags: number }
  | { status: 'cancelled' };

/**
 * Exports the flags as a new batch in one format. They are marked exported
 * only after the file was saved; a cancelled picker changes nothing.
 * @example const outcome = await exportNewBatch(env, await pendingFlagIds(env.db), 'zip', { researcher: 'anna.k', survey: 'Ivory 2026' });
 */
export async function exportNewBatch(
  env: ExportEnv,
  flagIds: readonly string[],
  format: ExportFormat,
  exporter: Exporter,
): Promise<ExportOutcome> {
  const { flags, audit } = await readFlagsWithAudit(env.db, flagIds);
  const meta = { id: crypto.randomUUID(), createdAt: now(env), ...exporter, extensionVersion: env.extensionVersion };
  return saveAndRecord(env, buildBatch(flags, audit, meta), format, exporter.researcher);
}

/**
 * Saves a past batch again (same id and header, its flags as they are now),
 * in any format; flags deleted since are left out.
 * @example await exportAgain(env, record.id, 'json', 'anna.k');
 */
export async function exportAgain(
  env: ExportEnv,
  batchId: string,
  format: ExportFormat,
  by: string,
): Promise<ExportOutcome> {
  const stored = await env.db.get('batches', batchId);
  if (!stored) throw new Error(`No batch ${batchId} in this database`);
  const record = BatchRecordSchema.parse(stored);
  const { flags, audit } = await readFlagsWithAudit(env.db, record.flagIds);
  if (flags.length === 0) throw new Error('Every flag of this batch has been deleted: there is nothing to export');
  const meta = {
    id: record.id,
    createdAt: new Date(record.createdAt),
    researcher: record.researcher,
    survey: record.survey,
    extensionVersion: env.extensionVersion,
  };
  return saveAndRecord(env, buildBatch(flags, audit, meta), format, by);
}

async function saveAndRecord(
  env: ExportEnv,
  document: ReturnType<typeof buildBatch>,
  format: ExportFormat,
  by: string,
): Promise<ExportOutcome> {
  const fileName = batchFileName(document.batch, format);
  const stream = batchFileStream(document, format, (sha256) => readArtifact(env.db, sha256));
  const how = await savedOrCancelled(saveStream(stream, fileName, env.save, FILE_TYPES[format]));
  if (how === 'cancelled') return { status: 'cancelled' };
  const record = await recordSavedBatch(env.db, { document, format, fileName, by, at: now(env) });
  return { status: 'saved', record, fileName, how, flags: document.flags.length };
}

/**
 * Flags and their audit trails in ONE readonly transaction, parsed after it
 * ends. Ids no longer in the database are left out.
 * @example const { flags, audit } = await readFlagsWithAudit(db, selection);
 */
export async function readFlagsWithAudit(
  db: SpoorDb,
  flagIds: readonly string[],
): Promise<{ flags: Flag[]; audit: AuditEntry[] }> {
  const tx = db.transaction(['flags', 'audit'], 'readonly');
  const ids = [...new Set(flagIds)];
  const [stored, trails] = await Promise.all([
    Promise.all(ids.map((id) => tx.objectStore('flags').get(id))),
    Promise.all(ids.map((id) => tx.objectStore('audit').index('flagId').getAll(id))),
    tx.done,
  ]);
  const present = stored.flatMap((flag, index) => (flag ? [{ flag, trail: trails[index]! }] : []));
  return {
    flags: present.map(({ flag }) => FlagSchema.parse(flag)),
    audit: present.flatMap(({ trail }) => trail.map((entry) => AuditEntrySchema.parse(entry))),
  };
}

/**
 * Ids of the flags not yet exported (status new or reviewed): the export's default choice.
 * @example await exportNewBatch(env, await pendingFlagIds(db), 'zip', exporter);
 */
export async function pendingFlagIds(db: SpoorDb): Promise<string[]> {
  const tx = db.transaction('flags', 'readonly');
  const byStatus = tx.store.index('status');
  const [fresh, reviewed] = await Promise.all([byStatus.getAllKeys('new'), byStatus.getAllKeys('reviewed'), tx.done]);
  return [...fresh, ...reviewed];
}

/** One evidence file, in its own short transaction, when the ZIP asks for it. */
export async function readArtifact(db: SpoorDb, sha256: string): Promise<Blob> {
  const artifact = await db.get('artifacts', sha256);
  if (!artifact) throw new Error('it is missing from the database');
  return artifact.blob;
}

const now = (env: ExportEnv) => (env.clock ?? (() => new Date()))();
