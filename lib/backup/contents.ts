import * as z from 'zod/mini';
import { readChunked, type DictionaryArea } from '@/lib/active-dictionary/chunked';
import { readMeta, sourcePrefixOf } from '@/lib/active-dictionary/layout';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { BatchRecordSchema, type BatchRecord } from '@/lib/records/batch';
import {
  AuditEntrySchema,
  FlagSchema,
  TombstoneSchema,
  type AuditEntry,
  type Flag,
  type Tombstone,
} from '@/lib/records/flag';
import { SignerSchema, type Signer } from '@/lib/records/signing';
import { readCustomTerms, type CustomTerm } from '@/lib/dictionary/custom-terms-store';
import type { Settings } from '@/lib/settings/schema';
import { readSettings } from '@/lib/settings/store';
import type { SpoorDb } from '@/lib/storage/db';
import type { BackupDictionary } from './format';

/** Everything a backup holds except the evidence bytes, which are read one file at a time. */
export interface BackupRecords {
  settings: Settings;
  customTerms: CustomTerm[];
  dictionary: BackupDictionary;
  flags: Flag[];
  audit: AuditEntry[];
  tombstones: Tombstone[];
  batches: BatchRecord[];
  signers: Signer[];
  /** Keys of the artifacts store: each evidence file's SHA-256. */
  artifactKeys: string[];
}

/**
 * Reads what a backup needs: the database's records in one readonly
 * transaction (a consistent snapshot; nothing else is awaited inside it),
 * then settings, custom terms and the imported checklist from storage.local.
 * Records are parsed on the way out, so a backup never carries one a restore would refuse.
 * @example const records = await readBackupRecords(db, browser.storage.local);
 */
export async function readBackupRecords(db: SpoorDb, area: DictionaryArea): Promise<BackupRecords> {
  const tx = db.transaction(['flags', 'audit', 'artifacts', 'batches', 'tombstones', 'signers'], 'readonly');
  const [flags, audit, artifactKeys, batches, tombstones, signers] = await Promise.all([
    tx.objectStore('flags').getAll(),
    tx.objectStore('audit').getAll(),
    tx.objectStore('artifacts').getAllKeys(),
    tx.objectStore('batches').getAll(),
    tx.objectStore('tombstones').getAll(),
    tx.objectStore('signers').getAll(),
  ]);
  await tx.done;
  return {
    settings: await readSettings(area),
    customTerms: await readCustomTerms(area),
    dictionary: await readImportedChecklist(area),
    flags: flags.map((flag) => parseStored(FlagSchema, flag, `flag ${flag.id}`)),
    audit: audit.map((entry, i) => parseStored(AuditEntrySchema, entry, `audit entry ${i + 1}`)),
    tombstones: tombstones.map((tombstone) => parseStored(TombstoneSchema, tombstone, `tombstone ${tombstone.flagId}`)),
    batches: batches.map((batch) => parseStored(BatchRecordSchema, batch, `batch ${batch.id}`)),
    signers: signers.map((signer) => parseStored(SignerSchema, signer, `signer ${signer.fingerprint}`)),
    artifactKeys: artifactKeys.map(String),
  };
}

/** The imported checklist's own taxa as activated (the bundled list needs no backing up: every Spoor has it). */
async function readImportedChecklist(area: DictionaryArea): Promise<BackupDictionary> {
  const meta = await readMeta(area);
  if (!meta || meta.sourceChunks === 0) return { imported: null };
  const parsed = DictionarySchema.safeParse(await readChunked(area, sourcePrefixOf(meta), meta.sourceChunks));
  if (!parsed.success)
    throw new Error('The imported checklist in storage is damaged: import it again before backing up.');
  return { imported: { source: parsed.data, fileName: meta.fileName, activatedAt: meta.activatedAt } };
}

function parseStored<S extends z.core.$ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = z.safeParse(schema, value);
  if (!parsed.success)
    throw new Error(`The database holds an invalid ${what}, so the backup would not restore: ${parsed.error.message}`);
  return parsed.data;
}
