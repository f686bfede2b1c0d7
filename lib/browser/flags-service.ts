import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging/router';
import { detectPlatform } from '@/lib/extract/platform';
import { openSpoorDb } from '@/lib/storage/db';
import { showFlagged } from './badge';
import { translatorOf } from './i18n';
import { browserFlagDeps } from './flag-deps';
import { readCanonical } from '@/lib/flags/tab-status';
import { sessionCanonicals } from './tab-canonicals';
import { flagHandlers } from './flag-handlers';
import { createFlagService } from '@/lib/flags/service';
import { registerFlagTriggers } from './flag-triggers';

/**
 * Wires the "flags" domain into the background: opens the database for
 * capture and edits, registers the shortcut, the context menus and the badge
 * colour of flagged ads; returns the message handlers pages use.
 */
export function startFlagsService(api: typeof browser = browser): Handlers {
  // Listeners must be registered synchronously; the database opens meanwhile.
  const deps = openSpoorDb().then((db) => browserFlagDeps(api, createFlagService(db)));

  // The badge title and menus speak the browser's UI language (public/_locales).
  const t = translatorOf(api.i18n);
  registerFlagTriggers(api, () => deps, t);
  const canonicals = sessionCanonicals(api.storage.session);
  // An ad flagged before shows it on the toolbar button as soon as its page has
  // loaded; the canonical URL read then answers the popup at once. Pages of
  // platforms with no flag at all are not read.
  api.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.status === 'loading') return void canonicals.clearTab(tabId);
    if (change.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    const ready = await deps;
    if ((await ready.service.countOnPlatform(detectPlatform(tab.url).id)) === 0) return;
    const shown = { id: tabId, windowId: tab.windowId, url: tab.url, title: tab.title };
    const flag = await ready.service.findByCanonicalUrl(await readCanonical(ready, shown, canonicals));
    if (flag) await showFlagged(api.action, tabId, flag, t);
  });
  api.tabs.onRemoved.addListener((tabId) => void canonicals.clearTab(tabId));

  return flagHandlers({ deps, canonicals, onFlagged: (tabId, flag) => showFlagged(api.action, tabId, flag, t) });
}
