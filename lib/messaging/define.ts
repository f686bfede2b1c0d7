import type * as z from 'zod/mini';

/**
 * Who may send a message. Content scripts run on hostile pages, so the
 * receiver checks the sender against this before it parses the payload.
 * - `content`: a content script in a tab (sender.tab is set).
 * - `extension`: one of Spoor's own pages (popup, options, dashboard).
 * - `background`: the background, sending to a tab's content script.
 */
export type Sender = 'content' | 'extension' | 'background';

/**
 * A message's schema, in either of zod's forms: the classic one, or zod/mini where a page's first screen parses the
 * reply (the flag domain's: issue 14). Both are parsed with zod/mini's `parse` and `safeParse` functions.
 */
export type MessageSchema = z.core.$ZodType;

export interface MessageDef<Req extends MessageSchema, Res extends MessageSchema> {
  from: readonly Sender[];
  request: Req;
  response: Res;
}

/** Declares one message; the type parameters keep request and response schemas precise. */
export function defineMessage<Req extends MessageSchema, Res extends MessageSchema>(
  def: MessageDef<Req, Res>,
): MessageDef<Req, Res> {
  return def;
}
