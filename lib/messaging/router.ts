import * as z from 'zod/mini';
import {
  EnvelopeSchema,
  isMessageName,
  protocol,
  type MessageName,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';
import type { Sender } from './define';
import { CONTENT_LIMITS, contentPayloadProblem } from './limits';

/** The parts of the browser's `runtime.MessageSender` Spoor reads; the browser's own record fits it. */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; windowId?: number; url?: string; title?: string };
}

type Listener = (raw: unknown, sender: MessageSender) => Promise<Reply | undefined> | undefined;

/** The parts of `browser.runtime` that `listen` needs. */
export interface MessageRuntime {
  id: string;
  getURL(path: string): string;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

export type Handlers = {
  [K in MessageName]?: (payload: RequestOf<K>, sender: MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/** Classifies who sent a message, from the browser's own sender record. */
export function senderKind(sender: MessageSender, extensionId: string, extensionOrigin: string): Sender | undefined {
  if (sender.id !== extensionId) return undefined;
  if (sender.tab && !sender.url?.startsWith(extensionOrigin)) return 'content';
  // Chrome gives the service worker's script URL; Firefox the generated background page; older builds no URL.
  if (!sender.tab && (!sender.url || BACKGROUND_PATHS.has(new URL(sender.url).pathname))) return 'background';
  if (sender.url?.startsWith(extensionOrigin)) return 'extension';
  return undefined;
}

const BACKGROUND_PATHS = new Set(['/background.js', '/_generated_background_page.html']);

/**
 * The envelope of one of Spoor's messages, or undefined for anything else,
 * including values whose getters throw: a throw here would surface in the
 * browser's dispatcher, and a rejected reply would reach the page.
 */
function readEnvelope(raw: unknown): { name: MessageName; payload: unknown } | undefined {
  try {
    const envelope = EnvelopeSchema.safeParse(raw);
    return envelope.success && isMessageName(envelope.data.name)
      ? { name: envelope.data.name, payload: envelope.data.payload }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Dispatches one raw message to its handler: checks the envelope, the sender
 * and the payload against the protocol, and wraps the result in a Reply.
 * Returns undefined for messages that are not Spoor's or not handled here.
 */
export async function dispatch(
  raw: unknown,
  sender: MessageSender,
  handlers: Handlers,
  identity: { extensionId: string; extensionOrigin: string },
): Promise<Reply | undefined> {
  const envelope = readEnvelope(raw);
  if (!envelope) return undefined;
  const name = envelope.name;
  const handler = handlers[name] as ((p: unknown, s: MessageSender) => unknown) | undefined;
  if (!handler) return undefined;

  const def = protocol[name];
  const from = senderKind(sender, identity.extensionId, identity.extensionOrigin);
  if (!from || !(def.from as readonly Sender[]).includes(from)) {
    return { ok: false, error: `${name}: not accepted from this sender` };
  }
  // Every failure below becomes a reply: a hostile payload must not reject the listener's promise.
  let payload: z.core.util.SafeParseResult<unknown>;
  try {
    const unfit = from === 'content' ? contentPayloadProblem(envelope.payload, CONTENT_LIMITS.payload) : undefined;
    if (unfit) return { ok: false, error: `${name}: invalid request: ${unfit}` };
    payload = z.safeParse(def.request, envelope.payload);
  } catch {
    return { ok: false, error: `${name}: invalid request: its payload cannot be read` };
  }
  if (!payload.success) return { ok: false, error: `${name}: invalid request: ${payload.error.issues[0]?.message}` };
  try {
    const value = z.parse(def.response, await handler(payload.data, sender));
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Registers handlers on runtime.onMessage. Messages without a handler here
 * are left for other listeners (returning undefined keeps the channel free).
 */
export function listen(runtime: MessageRuntime, handlers: Handlers): () => void {
  const identity = { extensionId: runtime.id, extensionOrigin: runtime.getURL('/') };
  const listener = (raw: unknown, sender: MessageSender) => {
    const envelope = readEnvelope(raw);
    if (!envelope || !Object.hasOwn(handlers, envelope.name)) return undefined;
    return dispatch(raw, sender, handlers, identity);
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
