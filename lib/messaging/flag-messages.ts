import * as z from 'zod/mini';
import { defineMessage } from './define';
import { flagStatusMessages } from './flag-status';
import type { HistoryNode } from '@/lib/integrity/history';
import { AuditEntrySchema, FlagEditSchema, FlagSchema, TombstoneSchema } from '@/lib/records/flag';

const tabId = z.number().check(z.int(), z.nonnegative());

/** What a flag request ended in; `already-flagged` saves nothing and waits for "Add a new observation?". */
export const FlagOutcomeSchema = z.object({
  outcome: z.enum(['created', 'observed', 'already-flagged']),
  flag: FlagSchema,
});
export type FlagOutcome = z.infer<typeof FlagOutcomeSchema>;

const HistoryNodeSchema: z.ZodMiniType<HistoryNode> = z.lazy(() =>
  z.object({ entry: AuditEntrySchema, joined: z.array(z.array(HistoryNodeSchema)) }),
);

/** A flag's history as the record page shows it: the timeline, and what does not verify (nothing, normally). */
export const HistoryViewSchema = z.object({
  line: z.array(HistoryNodeSchema),
  problems: z.array(z.object({ hash: z.optional(z.string()), message: z.string() })),
  /** How many entries the history holds, joined chains included. */
  entries: z.number().check(z.int(), z.nonnegative()),
});
export type HistoryView = z.infer<typeof HistoryViewSchema>;

/**
 * Messages of the "flag" domain, in zod/mini. The popup's first screen parses `flag/status`'s reply; it imports that
 * message alone (flag-status.ts), so the others are built with the protocol, after that screen (issue 14).
 */
export const flagMessages = {
  ...flagStatusMessages,
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
      flag: z.nullable(FlagSchema),
      tombstone: z.nullable(TombstoneSchema),
      history: HistoryViewSchema,
    }),
  }),
  /** How many flags hold observations captured before a researcher id was set. */
  'flag/countUnnamed': defineMessage({
    from: ['extension'],
    request: z.object({}),
    response: z.object({ flags: z.number().check(z.int(), z.nonnegative()) }),
  }),
  /** Claims those observations for the researcher in settings: one audited "claim" per flag. */
  'flag/claimUnnamed': defineMessage({
    from: ['extension'],
    request: z.object({}),
    response: z.object({ flags: z.number().check(z.int(), z.nonnegative()) }),
  }),
  /** An evidence file as base64: Blobs do not cross runtime messaging in Chrome. */
  'flag/artifact': defineMessage({
    from: ['extension'],
    request: z.object({ sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }),
    response: z.object({ mimeType: z.string(), base64: z.string() }),
  }),
};
