import { type z } from 'zod';

/**
 * Who may send a message. Content scripts run on hostile pages, so the
 * receiver checks the sender against this before it parses the payload.
 * - `content`: a content script in a tab (sender.tab is set).
 * - `extension`: one of Spoor's own pages (popup, options, dashboard).
 * - `background`: the background, sending to a tab's content script.
 */
export type Sender = 'content' | 'extension' | 'background';

export interface MessageDef<Req extends z.ZodType, Res extends z.ZodType> {
  from: readonly Sender[];
  request: Req;
  response: Res;
}

/** Declares one message; the type parameters keep request and response schemas precise. */
export function defineMessage<Req extends z.ZodType, Res extends z.ZodType>(
  def: MessageDef<Req, Res>,
): MessageDef<Req, Res> {
  return def;
}
