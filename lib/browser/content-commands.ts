import type { browser } from 'wxt/browser';
import { onAbort } from '@/lib/scheduling/abort';
import { orWhenLate } from '@/lib/scheduling/time-bound';

type Api = typeof browser;

/**
 * What Spoor's own pages and background may ask a tab's content script:
 * hide the highlights and hover card for a screenshot and show them again,
 * paint the researcher's private terms on that tab, and open the card of
 * the next highlighted name from the keyboard (in the frame holding focus,
 * else in the top frame).
 */
export type ContentCommand =
  'detect/conceal' | 'detect/restore' | 'detect/show-private' | 'detect/next-name' | 'detect/next-name-top';

interface CommandMessage {
  spoorCommand: ContentCommand;
}

/** A handler's answer is sent back; `undefined` means this frame does not answer (another will). */
export type CommandHandlers = Record<ContentCommand, () => Promise<unknown> | unknown>;

/**
 * Listens in a content script for commands from the extension itself: a
 * message counts only when its sender is this extension's own page or
 * service worker (a page cannot reach `runtime.onMessage`, but another
 * extension's messages and other frames' content scripts are refused too).
 * @example listenForCommands(browser, { 'detect/conceal': detect.conceal, … }, signal);
 */
export function listenForCommands(api: Api, handlers: CommandHandlers, signal: AbortSignal): void {
  const ownPages = api.runtime.getURL('/');
  const listener = (message: unknown, sender: { id?: string; url?: string }, respond: (answer: unknown) => void) => {
    const command = (message as Partial<CommandMessage> | null)?.spoorCommand;
    if (sender.id !== api.runtime.id || !sender.url?.startsWith(ownPages)) return false;
    if (typeof command !== 'string' || !Object.hasOwn(handlers, command)) return false;
    const answer = handlers[command]();
    if (answer === undefined) return false;
    void Promise.resolve(answer).then(respond, () => respond(undefined));
    return true;
  };
  api.runtime.onMessage.addListener(listener);
  onAbort(signal, () => api.runtime.onMessage.removeListener(listener));
}

/**
 * Sends a command to every frame of a tab; resolves with the answer, or
 * `undefined` when no frame answers within `timeoutMs` (a page loaded before
 * Spoor, a tab without access): callers go on without it.
 * @example await commandTab(browser, tabId, 'detect/conceal', 1000);
 */
export async function commandTab(
  api: Api,
  tabId: number,
  command: ContentCommand,
  timeoutMs: number,
): Promise<unknown> {
  const message: CommandMessage = { spoorCommand: command };
  const sent = api.tabs.sendMessage(tabId, message).catch(() => undefined);
  return orWhenLate(sent, timeoutMs, () => undefined);
}
