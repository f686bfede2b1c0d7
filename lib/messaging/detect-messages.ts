import { z } from 'zod';
import { LangSchema } from '@/lib/dictionary/schema';
import { ReportEntrySchema } from '@/lib/detect/report';
import { ON_DEMAND_MODULES } from '@/lib/detect/on-demand';
import { defineMessage } from './define';
import { CONTENT_LIMITS } from './limits';

const boundedText = z.string().max(CONTENT_LIMITS.text);

/** A report entry as a content script sends it: every string and list bounded (lib/messaging/limits.ts). */
const ContentReportEntrySchema = z.object({
  ...ReportEntrySchema.shape,
  entryId: boundedText,
  label: boundedText,
  taxa: z.array(boundedText).max(CONTENT_LIMITS.list),
  matched: z.array(boundedText).max(CONTENT_LIMITS.list),
  langs: z.array(LangSchema).max(LangSchema.options.length),
});

/** Messages of the "detect" domain. */
export const detectMessages = {
  /** A content script's current findings for its frame; replaces the frame's previous report. */
  'detect/report': defineMessage({
    from: ['content'],
    request: z.object({
      url: z.string().max(CONTENT_LIMITS.url),
      entries: z.array(ContentReportEntrySchema).max(CONTENT_LIMITS.entries),
    }),
    response: z.object({ taxa: z.number().int().nonnegative() }),
  }),
  /**
   * Code most pages never run, asked for when a frame first needs it (its first highlight painted, its first
   * text with a candidate match): the background injects it into the sending frame (lib/detect/on-demand.ts),
   * so the script every frame evaluates does not carry it.
   */
  'detect/module': defineMessage({
    from: ['content'],
    request: z.object({ name: z.enum(ON_DEMAND_MODULES) }),
    response: z.object({}),
  }),
  /**
   * An embedded frame that has come to hold words (lib/detect/frame-worth.ts, run by the small frame script every
   * frame evaluates) asks for the detector: the background injects content.js and its highlight styles into the
   * sending frame, so ads, trackers and pixels never evaluate the detector (issue 14).
   */
  'detect/frame': defineMessage({
    from: ['content'],
    request: z.object({}),
    response: z.object({}),
  }),
  /**
   * The sending frame's page restyles Spoor's marks with rules of its own (lib/highlight/paint-guard.ts): the
   * background paints them there with a user sheet, which outranks every rule of the page, and says so on the badge.
   */
  'detect/restyled': defineMessage({
    from: ['content'],
    request: z.object({}),
    response: z.object({}),
  }),
  /** Everything found in one tab, all frames merged, sorted by Appendix then count. */
  'detect/tabReport': defineMessage({
    from: ['extension'],
    request: z.object({ tabId: z.number().int().nonnegative() }),
    response: z.array(ReportEntrySchema),
  }),
};
