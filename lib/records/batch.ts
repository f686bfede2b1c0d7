import { z } from 'zod';
import { AppendixSchema, EuAnnexSchema } from '@/lib/dictionary/listing';

const isoUtc = z.iso.datetime({ offset: false });

/** The files a batch can be saved as: batch.csv, batch.json, or the evidence bundle ZIP. */
export const ExportFormatSchema = z.enum(['csv', 'json', 'zip']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** How a dictionary labels a detected entry: the sender's claim or the coordinator's reading. */
const ReadingLabelSchema = z.object({
  label: z.string(),
  appendix: z.enum(AppendixSchema.options),
  euAnnex: z.enum(EuAnnexSchema.options),
});

/**
 * Where the importing coordinator's own dictionary reads an imported observation's words otherwise than the batch's
 * detections (lib/import/detection-recheck.ts): the batch says the words name an entry this dictionary does not find in
 * them (`unconfirmed`), labels an entry with another Appendix or Annex (`differs`), or leaves out an entry this
 * dictionary finds in the ad's title, description or matched words (`unreported`). The signed record is never changed.
 */
export const ReadingDisagreementSchema = z.object({
  flagId: z.uuid(),
  observationId: z.uuid(),
  /** The flag's ad, as the batch gives it: what the coordinator recognises a flag by. */
  canonicalUrl: z.string(),
  /**
   * `unconfirmed`: no term of the entry in the words; `needs-context`: its term, whose sense needs more of the page
   * than the batch holds; `differs`: another Appendix or Annex; `unreported`: an entry the batch left out.
   */
  kind: z.enum(['unconfirmed', 'needs-context', 'differs', 'unreported']),
  entryId: z.string(),
  /** What the batch says of the entry (absent for `unreported`). */
  sent: ReadingLabelSchema.optional(),
  /** What this coordinator's dictionary says (absent for `unconfirmed`). */
  read: ReadingLabelSchema.optional(),
  /** The words concerned: the batch's matched words, or those this dictionary matched. */
  matched: z.array(z.string()),
  /** The language the words' page declared, when the batch records it: the table marks the words with it. */
  pageLang: z.string().optional(),
});
export type ReadingDisagreement = z.infer<typeof ReadingDisagreementSchema>;

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
      /** SHA-256 of the batch.json imported: another file under this id is refused (absent before stop 39). */
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
      /** The key the file was signed with (absent for batches imported before database version 3). */
      signedBy: z
        .object({
          researcher: z.string(),
          fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
          /** The coordinator accepted this key while importing the batch (an unknown or changed key). */
          acceptedNow: z.boolean(),
        })
        .optional(),
      /** Where the coordinator's dictionary read the batch's detections otherwise at import (absent before stop 46). */
      reading: z.array(ReadingDisagreementSchema).optional(),
    })
    .optional(),
  /**
   * The signed batch.json exactly as first saved, kept in the `artifacts` store
   * under its SHA-256: saving the batch again writes these bytes, so every
   * copy of a batch is the same file (absent for batches saved before database version 3).
   */
  document: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().positive() }).optional(),
});
export type BatchRecord = z.infer<typeof BatchRecordSchema>;
