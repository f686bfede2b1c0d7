import { z } from 'zod';
import { defineMessage } from './define';
import type { HistoryNode } from '@/lib/integrity/history';
import { AuditEntrySchema, FlagEditSchema, FlagSchema, TombstoneSchema } from '@/lib/records/flag';

const tabId = z.number().int().nonnegative();

/** What a flag request ended in; `already-flagged` saves nothing and waits for "Add a new observation?". */
export const FlagOutcomeSchema = z.object({
  outcome: z.enum(['created', 'observed', 'already-flagged']),
  flag: FlagSchema,
});
export type FlagOutcome = z.infer<typeof FlagOutcomeSchema>;

const HistoryNodeSchema: z.ZodType<HistoryNode> = z.lazy(() =>
  z.object({ entry: AuditEntrySchema, joined: z.array(z.array(HistoryNodeSchema)) }),
);

/** A flag's history as the record page shows it: the timeline, and what does not verify (nothing, normally). */
export const HistoryViewSchema = z.object({
  line: z.array(HistoryNodeSchema),
  problems: z.array(z.object({ hash: z.string().optional(), message: z.string() })),
  /** How many entries the history holds, joined chains included. */
  entries: z.number().int().nonnegative(),
});
export type HistoryView = z.infer<typeof HistoryViewSchema>;

/** Messages of the "flag" domain. */
export const flagMessages = {
  /** The flag of the ad shown in a tab, if it was flagged before. */
  'flag/status': defineMessage({
    from: ['extension'],
    request: z.object({ tabId }),
    response: z.object({ flag: FlagSchema.nullable() }),
  }),
  /** Flag the ad in a tab: `ask` stops at an existing flag, `observe` adds an observation to it. */
  'flag/capture': defineMessage({
    from: ['extension'],
    request: z.object({ tabId, ifFlagged: z.enum(['ask', 'observe']) }),
    response: FlagOutcomeSchema,
  }),
  'flag/edit': defineMessage({
    from: ['extension'],
    request: z.object({ flagId: z.uuid(), edit: FlagEditSchema }),
    response: FlagSchema,
  }),
  'flag/delete': defineMessage({
    from: ['extension'],
    request: z.object({ flagId: z.uuid(), reason: z.string() }),
    response: z.object({ deleted: z.literal(true) }),
  }),
  /**
   * One flag with its history, checked whole; `flag` is null once deleted
   * (the tombstone and the history remain).
   */
  'flag/get': defineMessage({
    from: ['extension'],
    request: z.object({ flagId: z.uuid() }),
    response: z.object({
      flag: FlagSchema.nullable(),
      tombstone: TombstoneSchema.nullable(),
      history: HistoryViewSchema,
    }),
  }),
  /** How many flags hold observations captured before a researcher id was set. */
  'flag/countUnnamed': defineMessage({
    from: ['extension'],
    request: z.object({}),
    response: z.object({ flags: z.number().int().nonnegative() }),
  }),
  /** Claims those observations for the researcher in settings: one audited "claim" per flag. */
  'flag/claimUnnamed': defineMessage({
    from: ['extension'],
    request: z.object({}),
    response: z.object({ flags: z.number().int().nonnegative() }),
  }),
  /** An evidence file as base64: Blobs do not cross runtime messaging in Chrome. */
  'flag/artifact': defineMessage({
    from: ['extension'],
    request: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    response: z.object({ mimeType: z.string(), base64: z.string() }),
  }),
};
