import { z } from 'zod';

const isoUtc = z.iso.datetime({ offset: false });

/** The files a batch can be saved as: batch.csv, batch.json, or the evidence bundle ZIP. */
export const ExportFormatSchema = z.enum(['csv', 'json', 'zip']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/**
 * A batch this Spoor knows: one it exported (savedAt set, once its file was
 * saved) or one a coordinator imported (imported set). Stored in the
 * `batches` store (database version 2), keyed by the batch id.
 */
export const BatchRecordSchema = z.object({
  /** The batch header's UUID, as in batch.json. */
  id: z.uuid(),
  createdAt: isoUtc,
  researcher: z.string(),
  survey: z.string(),
  /** The flags of the batch, as they are known in this database. */
  flagIds: z.array(z.uuid()),
  /** Formats saved from here, in the order they were first saved. */
  formats: z.array(ExportFormatSchema).default([]),
  /** When the file was first saved: absent until the picker resolved or the download started. */
  savedAt: isoUtc.optional(),
  imported: z
    .object({
      fileName: z.string(),
      importedAt: isoUtc,
      /** The researcher who exported it. */
      from: z.string(),
      /** false for a batch.json imported without its evidence bundle. */
      evidence: z.boolean(),
    })
    .optional(),
});
export type BatchRecord = z.infer<typeof BatchRecordSchema>;
