import { browser } from 'wxt/browser';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { createFlagService } from '@/lib/flags/service';
import type { Handlers } from '@/lib/messaging/router';
import { readSettings } from '@/lib/settings/store';
import { openAnnouncingDb } from './announcing-db';
import { archiveHandlers } from './dashboard-handlers';
import { taxonLookup } from '@/lib/dashboard/taxon-lookup';

/**
 * Wires the "archive" domain into the background: the dashboard's list and
 * bulk actions. Trade groups come from the bundled dictionary, which knows
 * every taxon Spoor ships with (an imported checklist's extra taxa count as
 * "no group").
 * @example listen(browser.runtime, { ...startArchiveService() });
 */
export function startArchiveService(api: typeof browser = browser): Handlers {
  const ready = openAnnouncingDb(api.storage.session).then((db) => ({
    db,
    service: createFlagService(db),
    lookup: taxonLookup(loadBundledDictionary()),
    researcher: async () => (await readSettings(api.storage.local)).researcherId,
  }));
  return archiveHandlers(ready);
}
