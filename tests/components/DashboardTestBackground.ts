import { archiveHandlers } from '@/lib/browser/dashboard-handlers';
import { taxonLookup } from '@/lib/dashboard/taxon-lookup';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { flagHandlers } from '@/lib/browser/flag-handlers';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { protocol } from '@/lib/messaging/protocol';
import { dispatch, type Handlers } from '@/lib/messaging/router';
import type { SpoorDb } from '@/lib/storage/db';
import { depsWith } from '../unit/flags/support';

const identity = { extensionId: 'spoor', extensionOrigin: 'chrome-extension://spoor/' };
const dashboardPage = { id: 'spoor', url: 'chrome-extension://spoor/dashboard.html' };

/** Handlers behind the envelope, sender check and zod parsing of runtime messaging; only the transport is left out. */
export function sendThrough(handlers: Handlers): SendToBackground {
  return (async (name: keyof typeof protocol, payload: unknown) => {
    const reply = await dispatch(
      { spoor: 1, name, payload: protocol[name].request.parse(payload) },
      dashboardPage,
      handlers,
      identity,
    );
    if (!reply) throw new Error(`${name}: no handler`);
    if (!reply.ok) throw new Error(reply.error);
    return protocol[name].response.parse(reply.value);
  }) as SendToBackground;
}

/** The background's real archive and flag handlers over a (fake) database, as the dashboard reaches them. */
export async function dashboardBackground(db: SpoorDb): Promise<SendToBackground> {
  const { deps } = await depsWith(
    { researcher: async () => ({ researcherId: 'coord.lena', survey: 'Ivory 2026' }) },
    db,
  );
  const archive = archiveHandlers(
    Promise.resolve({
      db,
      service: deps.service,
      lookup: taxonLookup(loadBundledDictionary()),
      researcher: async () => 'coord.lena',
    }),
  );
  return sendThrough({
    ...flagHandlers({ deps: Promise.resolve(deps), onFlagged: async () => undefined }),
    ...archive,
  });
}
