import * as z from 'zod/mini';
import { defineMessage } from './define';
import { FlagSchema } from '@/lib/records/flag';

/**
 * The one message of the "flag" domain the popup's first screen sends and parses, in a module of its own: the
 * domain's other messages (flag-messages.ts) are built when the protocol loads, after that screen (issue 14).
 */
export const flagStatusMessages = {
  /** The flag of the ad shown in a tab, if it was flagged before. */
  'flag/status': defineMessage({
    from: ['extension'],
    request: z.object({ tabId: z.number().check(z.int(), z.nonnegative()) }),
    response: z.object({ flag: z.nullable(FlagSchema) }),
  }),
};
