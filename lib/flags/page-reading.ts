import { z } from 'zod';
import { AdFieldsSchema, IntentSchema, PlatformSchema } from '@/lib/records/flag';

/** What the page reader reads from the page for a flag (lib/flags/read-page.ts). */
export const PageReadingSchema = z.object({
  ad: AdFieldsSchema,
  canonicalUrl: z.url({ protocol: /^https?$/ }),
  platform: PlatformSchema,
  intent: IntentSchema,
  paperwork: z.string(),
  tradeTerms: z.array(z.string()),
  /** The page as serialized HTML, only when asked: the snapshot where MHTML is unavailable (Firefox). */
  html: z.string().optional(),
});
export type PageReading = z.infer<typeof PageReadingSchema>;
