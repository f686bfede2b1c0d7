import { z } from 'zod';
import { SignatureSchema } from '@/lib/records/signing';
import { BatchHeaderSchema } from './schema';

/**
 * manifest.json, the last file of an evidence bundle: every other file with
 * its SHA-256 and size, and what the batch is, signed (version 2). SHA256SUMS
 * carries the same hashes in the format `sha256sum -c` reads.
 */
export const BUNDLE_FORMAT = 'spoor-bundle';
export const BUNDLE_FORMAT_VERSION = 2;
export const MANIFEST_PATH = 'manifest.json';
export const SUMS_PATH = 'SHA256SUMS';
export const CSV_PATH = 'batch.csv';
export const JSON_PATH = 'batch.json';

export const ManifestFileSchema = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 hex'),
  bytes: z.number().int().nonnegative(),
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

export const UnsignedManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  batch: BatchHeaderSchema,
  files: z.array(ManifestFileSchema),
});
export type UnsignedManifest = z.infer<typeof UnsignedManifestSchema>;

export const ManifestSchema = UnsignedManifestSchema.extend({ signature: SignatureSchema });
export type Manifest = z.infer<typeof ManifestSchema>;

/**
 * SHA256SUMS text: `<hash>  <path>` per line (two spaces: GNU coreutils' text mode, which `sha256sum -c` accepts).
 * @example sha256Sums([{ path: 'batch.csv', sha256: 'ab…', bytes: 3 }]) // 'ab…  batch.csv\n'
 */
export function sha256Sums(files: readonly ManifestFile[]): string {
  return files.map((file) => `${file.sha256}  ${file.path}\n`).join('');
}
