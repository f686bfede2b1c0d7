import { archiveHandlers } from '@/lib/browser/dashboard-handlers';
import { taxonLookup } from '@/lib/dashboard/taxon-lookup';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { flagHandlers } from '@/lib/browser/flag-handlers';
import type { SendToBackground } from '@/lib/messaging/protocol';
import type { SpoorDb } from '@/lib/storage/db';
import { depsWith } from '../unit/flags/support';
import { sendThrough } from './send-through';

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
