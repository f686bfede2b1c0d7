import { z } from 'zod';
import { AppendixSchema, EuAnnexSchema } from '@/lib/dictionary/schema';
import { AuditEntrySchema, FlagSchema } from '@/lib/records/flag';
import { SignatureSchema } from '@/lib/records/signing';

/**
 * The batch document a researcher sends to the coordinator (batch.json, or
 * inside the evidence bundle). Built from the Flag schema, so export, import
 * and docs/flag-batch.schema.json can never disagree about a flag's shape.
 * Version 2: every flag carries the head of its audit chain, the audit list
 * holds each flag's whole chain, and the document is signed.
 */
export const BATCH_FORMAT = 'spoor-batch';
export const BATCH_FORMAT_VERSION = 2;

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

/** A taxon as the exporting Spoor's dictionary describes it. */
export const TaxonFactsSchema = z.object({ label: z.string(), appendix: AppendixSchema, euAnnex: EuAnnexSchema });

export const UnsignedBatchSchema = z.object({
  format: z.literal(BATCH_FORMAT),
  formatVersion: z.literal(BATCH_FORMAT_VERSION),
  batch: BatchHeaderSchema,
  flags: z.array(FlagSchema).min(1),
  /** The chain of custody of the exported flags: every entry each flag's history reaches. */
  audit: z.array(AuditEntrySchema),
  /**
   * The taxa the flags' trade terms imply (detection `taxa` ids), as the
   * exporting Spoor's dictionary knew them: the CSV's detected_taxa and
   * appendices read them from here, so the file says what the dashboard said.
   */
  taxa: z.record(z.string(), TaxonFactsSchema).default({}),
});
export type UnsignedBatchDocument = z.infer<typeof UnsignedBatchSchema>;

export const BatchSchema = UnsignedBatchSchema.extend({ signature: SignatureSchema });
export type BatchDocument = z.infer<typeof BatchSchema>;
