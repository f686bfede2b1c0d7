import { browser } from 'wxt/browser';
import type { Translate } from '@/components/i18n';
import type { Handlers } from '@/lib/messaging/router';
import { detectPlatform } from '@/lib/extract/platform';
import { openSpoorDb } from '@/lib/storage/db';
import { showFlagged } from './badge';
import { browserFlagDeps } from './browser-deps';
import { readTab } from './flag-tab';
import { flagHandlers } from './handlers';
import { createFlagService } from './service';
import { registerFlagTriggers } from './triggers';

/**
 * Wires the "flags" domain into the background: opens the database (the only
 * place that does), registers the shortcut, the context menus and the badge
 * colour of flagged ads; returns the message handlers pages use.
 */
export function startFlagsService(api: typeof browser = browser): Handlers {
  // Listeners must be registered synchronously; the database opens meanwhile.
  const deps = openSpoorDb().then((db) => browserFlagDeps(api, createFlagService(db)));

  // The badge title and menus speak the browser's UI language (public/_locales). The cast: WXT types
  // getMessage by the keys of its last `wxt prepare`, Translate by messages.json itself.
  const t: Translate = (key, substitutions) =>
    (api.i18n.getMessage as (key: string, substitutions?: string | string[]) => string)(key, substitutions);
  registerFlagTriggers(api, () => deps, t);
  // An ad flagged before shows it on the toolbar button as soon as its page has
  // loaded. Pages of platforms with no flag at all are not read.
  api.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    const ready = await deps;
    if ((await ready.service.countOnPlatform(detectPlatform(tab.url).id)) === 0) return;
    const reading = await readTab(ready, { id: tabId, windowId: tab.windowId, url: tab.url, title: tab.title });
    const flag = await ready.service.findByCanonicalUrl(reading.canonicalUrl);
    if (flag) await showFlagged(api.action, tabId, flag, t);
  });

  return flagHandlers({ deps, onFlagged: (tabId, flag) => showFlagged(api.action, tabId, flag, t) });
}
