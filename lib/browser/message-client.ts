import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { MessageDef, MessageSchema } from '@/lib/messaging/define';
import { ReplySchema } from '@/lib/messaging/envelope';
import { MessageError, NoReplyError } from '@/lib/messaging/errors';

/** Some messages of the protocol by name: one domain's (`detectMessages`) or all of them (`protocol`). */
export type Messages = Record<string, MessageDef<MessageSchema, MessageSchema>>;
export type RequestIn<M extends Messages, K extends keyof M> = z.input<M[K]['request']>;
export type ResponseIn<M extends Messages, K extends keyof M> = z.output<M[K]['response']>;

/** The browser rejects a send only when the transport failed; handler errors come back as replies. */
async function delivered(name: string, sending: Promise<unknown>): Promise<unknown> {
  try {
    return await sending;
  } catch (error) {
    throw new NoReplyError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function envelope<M extends Messages, K extends keyof M & string>(messages: M, name: K, payload: RequestIn<M, K>) {
  // Parse on the way out too: a bad request fails here, where the stack trace is useful.
  return { spoor: 1 as const, name, payload: z.parse(messages[name]!.request, payload) };
}

function unwrap<M extends Messages, K extends keyof M & string>(messages: M, name: K, raw: unknown) {
  const reply = z.safeParse(ReplySchema, raw);
  if (!reply.success) throw new MessageError(`${name}: no valid reply`);
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  return z.parse(messages[name]!.response, reply.data.value) as ResponseIn<M, K>;
}

/**
 * Sends a message to the background, its schemas taken from `messages`, and returns its parsed reply. A page that
 * needs one domain's messages passes that domain's, so it loads no other domain's schemas (issue 14: the popup).
 * @example const report = await sendMessage(detectMessages, 'detect/tabReport', { tabId });
 */
export async function sendMessage<M extends Messages, K extends keyof M & string>(
  messages: M,
  name: K,
  payload: RequestIn<M, K>,
): Promise<ResponseIn<M, K>> {
  return receiveReply(messages, name, browser.runtime.sendMessage(envelope(messages, name, payload)));
}

/**
 * The parsed reply of a message already sent (the popup's first requests go out before zod has loaded:
 * popup-requests.ts), checked as `sendMessage` checks its own.
 * @example const status = await receiveReply(flagStatusMessages, 'flag/status', sentEarly);
 */
export async function receiveReply<M extends Messages, K extends keyof M & string>(
  messages: M,
  name: K,
  sending: Promise<unknown>,
): Promise<ResponseIn<M, K>> {
  return unwrap(messages, name, await delivered(name, sending));
}
