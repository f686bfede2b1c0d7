import { z } from 'zod';
import { LangSchema } from '@/lib/dictionary/schema';
import { DetectionSchema } from '@/lib/records/flag';

/**
 * What one frame found: a Detection (lib/records/flag.ts) plus its colour and
 * the languages matched. `inAttributes` marks the names found only where no
 * highlight can show them (image descriptions, titles, ARIA labels, form
 * values): the popup mentions them, the badge and flags leave them out.
 */
export const ReportEntrySchema = DetectionSchema.extend({
  taxa: z.array(z.string()),
  category: z.enum(['app-i', 'app-ii', 'app-iii', 'trade']),
  langs: z.array(LangSchema),
  inAttributes: z.literal(true).optional(),
  /** Occurrences found through the researcher's private terms and not painted (the popup offers to paint them). */
  unpainted: z.number().int().positive().optional(),
});
export type ReportEntry = z.infer<typeof ReportEntrySchema>;
