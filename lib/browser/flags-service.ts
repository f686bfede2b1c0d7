import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging/router';
import { openAnnouncingDb } from './announcing-db';
import { showFlagged } from './badge';
import { translatorOf } from './i18n';
import { browserFlagDeps } from './flag-deps';
import { flagOfTab, rememberFlagged } from '@/lib/flags/tab-status';
import { sessionCanonicals } from './tab-canonicals';
import { keepStatusesCurrent, sessionStatuses } from './tab-flag-status';
import { flagHandlers } from './flag-handlers';
import { createFlagService } from '@/lib/flags/service';
import { registerFlagTriggers } from './flag-triggers';
import { isWebPage } from './web-page';

/**
 * Wires the "flags" domain into the background: opens the database for
 * capture and edits, registers the shortcut, the context menus and the badge
 * colour of flagged ads, keeps each tab's flag status for the popup; returns the message handlers pages use.
 */
export function startFlagsService(api: typeof browser = browser): Handlers {
  const session = api.storage.session;
  // Listeners must be registered synchronously; the database opens meanwhile.
  const deps = openAnnouncingDb(session).then((db) => browserFlagDeps(api, createFlagService(db)));

  // The badge title and menus speak the browser's UI language (public/_locales).
  const t = translatorOf(api.i18n);
  const canonicals = sessionCanonicals(session);
  const statuses = sessionStatuses(session);
  registerFlagTriggers(
    api,
    () => deps,
    t,
    (ready, tab, flag) => rememberFlagged(ready, tab, flag, canonicals, statuses),
  );
  const clearTab = (tabId: number) => void Promise.all([canonicals.clearTab(tabId), statuses.clearTab(tabId)]);
  // An ad flagged before shows it on the toolbar button as soon as its page has
  // loaded; the canonical URL read then answers the popup at once. Pages of
  // platforms with no flag at all are not read. Either way the tab's status is kept for the popup.
  api.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.status === 'loading') return clearTab(tabId);
    if (change.status !== 'complete' || !isWebPage(tab.url)) return;
    const ready = await deps;
    const shown = { id: tabId, windowId: tab.windowId, url: tab.url, title: tab.title };
    const flag = await flagOfTab(ready, shown, canonicals, statuses);
    if (flag) await showFlagged(api.action, tabId, flag, t);
  });
  api.tabs.onRemoved.addListener(clearTab);
  // Whoever wrote the flags (this background, or a page importing or restoring) changed the stamp.
  keepStatusesCurrent(session, deps, canonicals, statuses);

  return flagHandlers({
    deps,
    canonicals,
    statuses,
    onFlagged: (tabId, flag) => showFlagged(api.action, tabId, flag, t),
  });
}
