import { dispatch, type Handlers } from '@/lib/messaging/router';
import { protocol } from '@/lib/messaging/protocol';
import type { SendToBackground } from '@/lib/messaging/protocol';
import type { FlagDeps } from '@/lib/flags/flag-tab';
import { flagHandlers } from '@/lib/browser/flag-handlers';

const identity = { extensionId: 'spoor', extensionOrigin: 'chrome-extension://spoor/' };
const popup = { id: 'spoor', url: 'chrome-extension://spoor/popup.html' };

/**
 * The background's real flag handlers behind the same envelope, sender check
 * and zod parsing as runtime messaging; only the transport is left out.
 */
export function backgroundFor(deps: FlagDeps): { send: SendToBackground; flagged: number[] } {
  const flagged: number[] = [];
  const handlers: Handlers = flagHandlers({
    deps: Promise.resolve(deps),
    onFlagged: async (tabId) => void flagged.push(tabId),
  });
  const send = (async (name: keyof typeof protocol, payload: unknown) => {
    const reply = await dispatch(
      { spoor: 1, name, payload: protocol[name].request.parse(payload) },
      popup,
      handlers,
      identity,
    );
    if (!reply) throw new Error(`${name}: no handler`);
    if (!reply.ok) throw new Error(reply.error);
    return protocol[name].response.parse(reply.value);
  }) as SendToBackground;
  return { send, flagged };
}
