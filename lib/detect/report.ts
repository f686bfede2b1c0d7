import * as z from 'zod/mini';
import { LangSchema } from '@/lib/dictionary/listing';
import { DetectionSchema } from '@/lib/records/detection';

/**
 * What one frame found: a Detection (lib/records/detection.ts) plus its colour and
 * the languages matched. `inAttributes` marks the names found only where no
 * highlight can show them (image descriptions, titles, ARIA labels, form
 * values): the popup mentions them, the badge and flags leave them out; so do
 * `inHidden` entries, names in text the page hides (lib/detect/unshown.ts).
 * zod/mini, as the records it extends: the popup's first screen parses it.
 */
export const ReportEntrySchema = z.extend(DetectionSchema, {
  taxa: z.array(z.string()),
  category: z.enum(['app-i', 'app-ii', 'app-iii', 'trade']),
  langs: z.array(LangSchema),
  inAttributes: z.optional(z.literal(true)),
  inHidden: z.optional(z.literal(true)),
  /** Occurrences found through the researcher's private terms and not painted (the popup offers to paint them). */
  unpainted: z.optional(z.number().check(z.int(), z.positive())),
});
export type ReportEntry = z.infer<typeof ReportEntrySchema>;
