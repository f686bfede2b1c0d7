import type { SendToBackground } from '@/lib/messaging/protocol';
import { protocol } from '@/lib/messaging/protocol';
import { dispatch, type Handlers } from '@/lib/messaging/router';

const identity = { extensionId: 'spoor', extensionOrigin: 'chrome-extension://spoor/' };

/**
 * Handlers behind the envelope, sender check and zod parsing of runtime messaging, as sent from the extension
 * page `page` (dashboard.html, popup.html…); only the transport is left out.
 */
export function sendThrough(handlers: Handlers, page = 'dashboard.html'): SendToBackground {
  const sender = { id: 'spoor', url: `${identity.extensionOrigin}${page}` };
  return (async (name: keyof typeof protocol, payload: unknown) => {
    const reply = await dispatch(
      { spoor: 1, name, payload: protocol[name].request.parse(payload) },
      sender,
      handlers,
      identity,
    );
    if (!reply) throw new Error(`${name}: no handler`);
    if (!reply.ok) throw new Error(reply.error);
    return protocol[name].response.parse(reply.value);
  }) as SendToBackground;
}
