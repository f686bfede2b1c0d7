import { z } from 'zod';
import { DictionarySchema } from '@/lib/dictionary/schema';

/**
 * What the options page and popup show about the dictionary in use. Kept apart
 * from active.ts so the message protocol does not pull the bundled list and
 * the compiler into every page.
 */
export const ActiveStatusSchema = z.object({
  source: DictionarySchema.shape.source,
  listingsAsOf: z.string(),
  /** Name of the imported file. */
  fileName: z.string().optional(),
  /** ISO time it became active; empty while the bundled list has not been stored yet. */
  activatedAt: z.string(),
  counts: z.object({ taxa: z.number(), names: z.number(), synonyms: z.number(), tradeTerms: z.number() }),
  /** Characters of the compiled dictionary in storage (about bytes). */
  storedChars: z.number(),
});
export type ActiveStatus = z.infer<typeof ActiveStatusSchema>;

/**
 * An import the options page has parsed and left in storage for the background
 * to merge and compile (compiling 38,000 taxa would freeze the page for a second).
 */
export const StagedImportSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+$/),
  chunks: z.number().int().positive(),
  fileName: z.string().optional(),
});
export type StagedImport = z.infer<typeof StagedImportSchema>;
