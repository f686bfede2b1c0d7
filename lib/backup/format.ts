import { z } from 'zod';
import { ManifestFileSchema } from '@/lib/batch-format/manifest';
import { BatchRecordSchema } from '@/lib/records/batch';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { AuditEntrySchema, FlagSchema, TombstoneSchema } from '@/lib/records/flag';
import { SignerSchema } from '@/lib/records/signing';
import { CustomTermSchema } from '@/lib/dictionary/custom-terms-store';
import { SettingsSchema } from '@/lib/settings/schema';

/**
 * A Spoor backup: one ZIP with everything a researcher needs on a new machine.
 *
 *   settings.json       the settings (storage.local `settings`)
 *   custom-terms.json   the researcher's own dictionary terms
 *   dictionary.json     the imported checklist's own taxa, or { imported: null } for the bundled list
 *   flags.json          every flag, as stored
 *   audit.json          the audit trail (every chain), oldest first
 *   tombstones.json     deleted flags: who, when, why, and the head of their history (version 2)
 *   batches.json        batches exported or imported
 *   signers.json        keys accepted on imported batches (version 2; this profile's own
 *                       signing key cannot leave the browser, so a restore makes no copy of it)
 *   artifacts.json      every evidence file's hash, type and size
 *   artifacts/<sha256>  the evidence files, stored uncompressed
 *   manifest.json       last: format, version, counts, and every other file with its SHA-256
 */
export const BACKUP_FORMAT = 'spoor-backup';
/** Version 2: chained audit entries, tombstones and signers. Version 1 backups are read and chained on restore. */
export const BACKUP_FORMAT_VERSION = 2;

export const PATHS = {
  manifest: 'manifest.json',
  settings: 'settings.json',
  customTerms: 'custom-terms.json',
  dictionary: 'dictionary.json',
  flags: 'flags.json',
  audit: 'audit.json',
  tombstones: 'tombstones.json',
  batches: 'batches.json',
  signers: 'signers.json',
  artifacts: 'artifacts.json',
} as const;

/** @example artifactPath('ab12…') // 'artifacts/ab12…' */
export const artifactPath = (sha256: string) => `artifacts/${sha256}`;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 hex');

export const ArtifactInfoSchema = z.object({ sha256, mimeType: z.string(), bytes: z.number().int().nonnegative() });
export type ArtifactInfo = z.infer<typeof ArtifactInfoSchema>;

export const BackupDictionarySchema = z.object({
  imported: z.object({ source: DictionarySchema, fileName: z.string().optional(), activatedAt: z.string() }).nullable(),
});
export type BackupDictionary = z.infer<typeof BackupDictionarySchema>;

export const BackupCountsSchema = z.object({
  flags: z.number().int().nonnegative(),
  audit: z.number().int().nonnegative(),
  batches: z.number().int().nonnegative(),
  artifacts: z.number().int().nonnegative(),
  customTerms: z.number().int().nonnegative(),
  tombstones: z.number().int().nonnegative().optional(),
  signers: z.number().int().nonnegative().optional(),
});
export type BackupCounts = z.infer<typeof BackupCountsSchema>;

export const BackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: false }),
  extensionVersion: z.string(),
  counts: BackupCountsSchema,
  files: z.array(ManifestFileSchema),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

/** Every JSON file of a backup: a list file is checked record by record, so a problem names its record. */
export const JSON_FILES = {
  [PATHS.settings]: { kind: 'one', schema: SettingsSchema },
  [PATHS.dictionary]: { kind: 'one', schema: BackupDictionarySchema },
  [PATHS.customTerms]: { kind: 'list', schema: CustomTermSchema },
  [PATHS.flags]: { kind: 'list', schema: FlagSchema },
  [PATHS.audit]: { kind: 'list', schema: AuditEntrySchema },
  [PATHS.tombstones]: { kind: 'list', schema: TombstoneSchema },
  [PATHS.batches]: { kind: 'list', schema: BatchRecordSchema },
  [PATHS.signers]: { kind: 'list', schema: SignerSchema },
  [PATHS.artifacts]: { kind: 'list', schema: ArtifactInfoSchema },
} as const;

/** The files a version-1 backup had; its flags and audit trail are chained on reading (legacy-history.ts). */
export const JSON_FILES_V1 = [
  PATHS.settings,
  PATHS.dictionary,
  PATHS.customTerms,
  PATHS.flags,
  PATHS.audit,
  PATHS.batches,
  PATHS.artifacts,
] as const;
