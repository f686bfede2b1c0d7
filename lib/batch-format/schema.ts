import { z } from 'zod';
import { AuditEntrySchema, FlagSchema } from '@/lib/records/flag';

/**
 * The batch document a researcher sends to the coordinator (batch.json, or
 * inside the evidence bundle). Built from the Flag schema, so export, import
 * and docs/flag-batch.schema.json can never disagree about a flag's shape.
 */
export const BATCH_FORMAT = 'spoor-batch';
export const BATCH_FORMAT_VERSION = 1;

const isoUtc = z.iso.datetime({ offset: false });

/** Who sent the batch, what it covers and how much is in it. */
export const BatchHeaderSchema = z.object({
  id: z.uuid(),
  createdAt: isoUtc,
  /** The exporting researcher's id (Settings → researcher). */
  researcher: z.string().min(1),
  survey: z.string(),
  extensionVersion: z.string(),
  /** First and last capture time over every observation in the batch. */
  dateRange: z.object({ from: isoUtc, to: isoUtc }),
  counts: z.object({
    flags: z.number().int().nonnegative(),
    observations: z.number().int().nonnegative(),
    /** Distinct evidence files (by SHA-256) the flags reference. */
    artifacts: z.number().int().nonnegative(),
  }),
});
export type BatchHeader = z.infer<typeof BatchHeaderSchema>;

export const BatchSchema = z.object({
  format: z.literal(BATCH_FORMAT),
  formatVersion: z.literal(BATCH_FORMAT_VERSION),
  batch: BatchHeaderSchema,
  flags: z.array(FlagSchema).min(1),
  /** The chain of custody of the exported flags. */
  audit: z.array(AuditEntrySchema),
});
export type BatchDocument = z.infer<typeof BatchSchema>;
