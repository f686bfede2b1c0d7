import { z } from 'zod';

/**
 * Messages between the options page and the checklist import worker
 * (import-worker.ts). Both sides parse what they receive: a message crossing
 * threads is a boundary like any other.
 *
 * page → worker: `start` once, then maybe `cancel`.
 * worker → page: `format`, `progress`…, then either `chunk`… `done`, or one of
 * `invalid` / `cancelled` / `crashed`. The staged dictionary travels as
 * separate JSON chunks so that no single message (or storage write) holds the
 * page for long.
 */

const FormatSchema = z.enum(['cites-checklist', 'speciesplus']);

export const ImportProblemSchema = z.object({
  row: z.number().int().optional(),
  column: z.string().optional(),
  columnIndex: z.number().int().optional(),
  message: z.string(),
});

/** What an import found, without the taxa themselves (those are in the chunks). */
export const CheckSummarySchema = z.object({
  format: FormatSchema,
  rows: z.number().int().nonnegative(),
  /** Skipped rows per reason ("not listed (NC or no current listing)": 83). */
  skipped: z.record(z.string(), z.number().int().nonnegative()),
  counts: z.object({ taxa: z.number().int(), names: z.number().int(), synonyms: z.number().int() }),
});
export type CheckSummary = z.infer<typeof CheckSummarySchema>;

/** A file read and validated completely, ready to stage: its summary and its taxa as JSON pieces. */
export interface CheckedImport extends CheckSummary {
  /** `JSON.stringify` of the imported dictionary, cut into pieces; joined they parse back. */
  chunks: string[];
}

export const ToWorkerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start'), file: z.instanceof(Blob), listingsAsOf: z.string() }),
  z.object({ kind: z.literal('cancel') }),
]);
export type ToWorker = z.infer<typeof ToWorkerSchema>;

export const FromWorkerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('format'), format: FormatSchema }),
  z.object({ kind: z.literal('progress'), bytesRead: z.number(), totalBytes: z.number(), rows: z.number().int() }),
  z.object({ kind: z.literal('chunk'), index: z.number().int().nonnegative(), text: z.string() }),
  z.object({ kind: z.literal('done'), summary: CheckSummarySchema, chunkCount: z.number().int().positive() }),
  /** The file cannot be imported; the problems say where (row, column). */
  z.object({ kind: z.literal('invalid'), problems: z.array(ImportProblemSchema).min(1) }),
  z.object({ kind: z.literal('cancelled') }),
  /** Something unexpected broke (a bug, out of memory). */
  z.object({ kind: z.literal('crashed'), message: z.string() }),
]);
export type FromWorker = z.infer<typeof FromWorkerSchema>;
