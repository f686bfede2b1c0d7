import { z } from 'zod';
import { MAX_VISIBLE_TEXT } from './visible-text';
import {
  AdFieldsSchema,
  IntentSchema,
  PAGE_LANG_MAX,
  PaintTamperingSchema,
  PlatformSchema,
  TextCutSchema,
} from '@/lib/records/flag';

/** What the page reader reads from the page for a flag (lib/flags/read-page.ts). */
export const PageReadingSchema = z.object({
  ad: AdFieldsSchema,
  canonicalUrl: z.url({ protocol: /^https?$/ }),
  platform: PlatformSchema,
  intent: IntentSchema,
  paperwork: z.string(),
  tradeTerms: z.array(z.string()),
  /** The page's text as rendered at flag time (lib/flags/visible-text.ts): what the flag's names are found in. */
  text: z.string().max(MAX_VISIBLE_TEXT).optional(),
  /** Where the reading of `text` was cut before the page's end. */
  textCut: z.object({ ...TextCutSchema.shape, after: z.string().max(200) }).optional(),
  /** `<html lang>`, which names spelled like everyday words must agree with. */
  pageLang: z.string().max(PAGE_LANG_MAX).optional(),
  /** The page as serialized HTML, only when asked: the snapshot where MHTML is unavailable (Firefox). */
  html: z.string().optional(),
  /** Why `html` is absent though asked (the page's HTML was over MAX_SNAPSHOT_CHARS). */
  htmlRefused: z.string().max(300).optional(),
  /** What the page does to Spoor's highlights (lib/flags/paint-check.ts), when asked and anything. */
  paintTampering: z.array(PaintTamperingSchema).max(8).optional(),
  /** Whether the page's text changed since the flag's first reading (its `watch`: lib/flags/capture-watch.ts). */
  changedMeanwhile: z.boolean().optional(),
  /**
   * When the document read began (`performance.timeOrigin`, read in Spoor's world): a page loaded again at the same
   * address is another document, its readings told apart by this.
   */
  documentStarted: z.number().optional(),
});
export type PageReading = z.infer<typeof PageReadingSchema>;
