import { saveStream, type SaveTargets } from '@/lib/files/save';
import type { SpoorDb } from '@/lib/storage/db';
import { readFlagsWithAudit, signedBatchOf, storedBatchOf, type SignedBatch, type TaxaOf } from './batch-document';
import { exportedFlagIds } from './exported';
import { batchFileName, batchFileStream, FILE_TYPES, savedOrCancelled } from './files';
import { recordSavedBatch } from './mark-exported';
import { BatchRecordSchema, type BatchRecord, type ExportFormat } from '@/lib/records/batch';

export { readFlagsWithAudit } from './batch-document';

/*
 * Why the export runs here, in the extension page, reading IndexedDB itself:
 * the file must be written by a page (Chrome's MV3 service worker has neither
 * a file picker nor URL.createObjectURL), and the evidence is Blobs, which do
 * not cross runtime messaging in Chrome: asking the background for them would
 * mean base64 copies of every screenshot held in memory at once, defeating the
 * streaming ZIP. The page shares the background's origin, hence its database
 * and the signing key stored in it; IndexedDB orders the two sides'
 * transactions, so nothing interleaves. Flags and audit are read in one
 * readonly transaction, then artifacts one at a time as the ZIP pulls them,
 * so no transaction is held across hashing, signing or zipping.
 */

export interface ExportEnv {
  db: SpoorDb;
  save: SaveTargets;
  /** Stamped into the batch header. */
  extensionVersion: string;
  /** Facts of the taxa trade terms imply, from the dashboard's dictionary. */
  taxa: TaxaOf;
  clock?: () => Date;
}

export interface Exporter {
  /** Settings' researcher id: the batch's sender, its signer and the audit entries' author. */
  researcher: string;
  survey: string;
}

export type ExportOutcome =
  | { status: 'saved'; record: BatchRecord; fileName: string; how: 'picked' | 'downloaded'; flags: number }
  | { status: 'cancelled' };

/**
 * Exports the flags as a new, signed batch in one format. The batch and its
 * flags are recorded (with the batch.json kept, so the batch can be saved
 * again as the very same file) only after the file was saved; a cancelled
 * picker changes nothing. Flags keep their review status.
 * @example const outcome = await exportNewBatch(env, await pendingFlagIds(env.db), 'zip', { researcher: 'anna.k',
 * survey: 'Ivory 2026' });
 */
export async function exportNewBatch(
  env: ExportEnv,
  flagIds: readonly string[],
  format: ExportFormat,
  exporter: Exporter,
): Promise<ExportOutcome> {
  const read = await readFlagsWithAudit(env.db, flagIds);
  const meta = { id: crypto.randomUUID(), createdAt: now(env), ...exporter, extensionVersion: env.extensionVersion };
  return saveAndRecord(env, await signedBatchOf(env.db, read, meta, env.taxa, env.clock), format, exporter.researcher);
}

/**
 * Saves a past batch again in any format: the same batch.json as first saved
 * (so the same CSV, and the same bundle while this profile holds the key that
 * signed it). A batch saved before database version 3 kept no document: it is
 * made from its flags as they are now (those deleted since left out), and kept from then on.
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
  const kept = await storedBatchOf(env.db, record);
  if (kept) return saveAndRecord(env, kept, format, by);
  const read = await readFlagsWithAudit(env.db, record.flagIds);
  if (read.flags.length === 0) throw new Error('Every flag of this batch has been deleted: there is nothing to export');
  const meta = {
    id: record.id,
    createdAt: new Date(record.createdAt),
    researcher: record.researcher,
    survey: record.survey,
    extensionVersion: env.extensionVersion,
  };
  return saveAndRecord(env, await signedBatchOf(env.db, read, meta, env.taxa, env.clock), format, by);
}

async function saveAndRecord(
  env: ExportEnv,
  signed: SignedBatch,
  format: ExportFormat,
  by: string,
): Promise<ExportOutcome> {
  const fileName = batchFileName(signed.document.batch, format);
  const stream = batchFileStream(signed, format, (sha256) => readArtifact(env.db, sha256));
  const how = await savedOrCancelled(saveStream(stream, fileName, env.save, FILE_TYPES[format]));
  if (how === 'cancelled') return { status: 'cancelled' };
  const record = await recordSavedBatch(env.db, { signed, format, fileName, by, at: now(env) });
  return { status: 'saved', record, fileName, how, flags: signed.document.flags.length };
}

/**
 * Ids of the flags not yet saved in a batch from here: the export's default
 * choice. (Flags that arrived in an imported batch count as not exported.)
 * @example await exportNewBatch(env, await pendingFlagIds(db), 'zip', exporter);
 */
export async function pendingFlagIds(db: SpoorDb): Promise<string[]> {
  const tx = db.transaction(['flags', 'batches'], 'readonly');
  const [ids, batches] = await Promise.all([
    tx.objectStore('flags').getAllKeys(),
    tx.objectStore('batches').getAll(),
    tx.done,
  ]);
  const exported = exportedFlagIds(batches);
  return ids.filter((id) => !exported.has(id));
}

/** One evidence file, in its own short transaction, when the ZIP asks for it. */
export async function readArtifact(db: SpoorDb, sha256: string): Promise<Blob> {
  const artifact = await db.get('artifacts', sha256);
  if (!artifact) throw new Error('it is missing from the database');
  return artifact.blob;
}

const now = (env: ExportEnv) => (env.clock ?? (() => new Date()))();
