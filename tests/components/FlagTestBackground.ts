import type { SendToBackground } from '@/lib/messaging/protocol';
import type { FlagDeps } from '@/lib/flags/flag-tab';
import { flagHandlers } from '@/lib/browser/flag-handlers';
import { sendThrough } from './send-through';

/**
 * The background's real flag handlers behind the same envelope, sender check
 * and zod parsing as runtime messaging, sent from the popup; only the transport is left out.
 */
export function backgroundFor(deps: FlagDeps): { send: SendToBackground; flagged: number[] } {
  const flagged: number[] = [];
  const handlers = flagHandlers({
    deps: Promise.resolve(deps),
    onFlagged: async (tabId) => void flagged.push(tabId),
  });
  return { send: sendThrough(handlers, 'popup.html'), flagged };
}
