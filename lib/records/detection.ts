import * as z from 'zod/mini';
import { AppendixSchema, EuAnnexSchema } from '@/lib/dictionary/listing';

/**
 * A taxon or trade term Spoor detected on the page: part of a flag's observations (flag.ts, which exports it too)
 * and of a tab's report (lib/detect/report.ts). In a module of its own so that the popup's first screen, which parses
 * the tab's report, builds none of the flag's schemas (issue 14).
 */
export const DetectionSchema = z.object({
  entryId: z.string(),
  kind: z.enum(['taxon', 'trade', 'code']),
  label: z.string(),
  appendix: AppendixSchema,
  euAnnex: EuAnnexSchema,
  taxa: z._default(z.array(z.string()), []),
  count: z.number().check(z.int(), z.positive()),
  /** The words as the page wrote them. */
  matched: z.array(z.string()),
});
export type Detection = z.infer<typeof DetectionSchema>;
