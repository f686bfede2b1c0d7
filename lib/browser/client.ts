import { browser } from 'wxt/browser';
import { MessageError, NoReplyError } from '@/lib/messaging/errors';
import { protocol, ReplySchema, type MessageName, type RequestOf, type ResponseOf } from '@/lib/messaging/protocol';

/** The browser rejects a send only when the transport failed; handler errors come back as replies. */
async function delivered<K extends MessageName>(name: K, sending: Promise<unknown>): Promise<unknown> {
  try {
    return await sending;
  } catch (error) {
    throw new NoReplyError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function envelope<K extends MessageName>(name: K, payload: RequestOf<K>) {
  // Parse on the way out too: a bad request fails here, where the stack trace is useful.
  return { spoor: 1 as const, name, payload: protocol[name].request.parse(payload) };
}

function unwrap<K extends MessageName>(name: K, raw: unknown): ResponseOf<K> {
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`${name}: no valid reply`);
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  return protocol[name].response.parse(reply.data.value) as ResponseOf<K>;
}

/**
 * Sends a message to the background and returns its parsed reply.
 * @example const report = await sendToBackground('detect/tabReport', { tabId });
 */
export async function sendToBackground<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return receive(name, browser.runtime.sendMessage(envelope(name, payload)));
}

/**
 * The parsed reply of a message sent before the protocol was loaded (the popup's first requests:
 * popup-requests.ts), checked as `sendToBackground` checks its own.
 * @example const status = await receive('flag/status', sentEarly);
 */
export async function receive<K extends MessageName>(name: K, sending: Promise<unknown>): Promise<ResponseOf<K>> {
  return unwrap(name, await delivered(name, sending));
}

/** Sends a message to the content script of one tab (top frame). */
export async function sendToTab<K extends MessageName>(
  tabId: number,
  name: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  return unwrap(name, await delivered(name, browser.tabs.sendMessage(tabId, envelope(name, payload), { frameId: 0 })));
}
