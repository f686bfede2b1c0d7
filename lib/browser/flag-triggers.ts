import type { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n/translate';
import { showFlagged, showNote } from './badge';
import { flagLink, flagTab, type FlagDeps, type TabInfo } from '@/lib/flags/flag-tab';
import type { Flag } from '@/lib/records/flag';
import { flaggedLine } from '@/lib/flags/format';
import type { RecordResult } from '@/lib/flags/service';

type Api = typeof browser;

/** The manifest `commands` key of the flag shortcut (wxt.config.ts). */
export const FLAG_COMMAND = 'flag-ad';
export const MENU_FLAG_PAGE = 'spoor-flag-page';
export const MENU_FLAG_LINK = 'spoor-flag-link';

/**
 * Registers the keyboard shortcut and the two context menu entries. They
 * never add a silent duplicate: on an ad already flagged they say so in the
 * badge title, and the popup offers "Add a new observation?". `onPageFlagged` hears a flag of the page in a tab
 * (the popup's status of that tab is kept from it).
 * @example registerFlagTriggers(browser, () => depsPromise, t);
 */
export function registerFlagTriggers(
  api: Api,
  deps: () => Promise<FlagDeps>,
  t: Translate,
  onPageFlagged: (deps: FlagDeps, tab: TabInfo, flag: Flag) => Promise<void> = async () => {},
): void {
  api.runtime.onInstalled.addListener(() => {
    // Menus persist across restarts; recreating them on install and update keeps titles current.
    void api.contextMenus.removeAll().then(() => {
      api.contextMenus.create({ id: MENU_FLAG_PAGE, title: t('flagMenuFlagPage'), contexts: ['page'] });
      api.contextMenus.create({
        id: MENU_FLAG_LINK,
        title: t('flagMenuFlagLink'),
        contexts: ['link'],
        targetUrlPatterns: ['http://*/*', 'https://*/*'],
      });
    });
  });

  const flagInTab = (tabId: number, trigger: 'shortcut' | 'page-menu') =>
    report(
      api,
      t,
      tabId,
      deps().then(async (d) => {
        // The URL before the capture: a tab that navigates meanwhile is not tied to this ad.
        const tab = await d.getTab(tabId);
        const result = await flagTab(d, { tabId, trigger, ifFlagged: 'ask' });
        await onPageFlagged(d, tab, result.flag);
        return result;
      }),
      'page',
    );

  api.commands.onCommand.addListener(async (command, tab) => {
    if (command !== FLAG_COMMAND) return;
    const tabId = tab?.id ?? (await activeTab(api))?.id;
    if (tabId !== undefined) await flagInTab(tabId, 'shortcut');
  });

  api.contextMenus.onClicked.addListener(async (info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_FLAG_PAGE) await flagInTab(tab.id, 'page-menu');
    if (info.menuItemId === MENU_FLAG_LINK && info.linkUrl) {
      // Chrome does not pass the link's text; Firefox does, as linkText.
      const link = { url: info.linkUrl, text: (info as { linkText?: string }).linkText, foundOn: info.pageUrl };
      await report(
        api,
        t,
        tab.id,
        deps().then((d) => flagLink(d, link, 'ask')),
        'link',
      );
    }
  });
}

async function activeTab(api: Api) {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * Shows the result where the researcher looks after a shortcut or a menu:
 * the toolbar button's title, and its colour when the flagged ad is the page
 * in this tab (a linked ad is another page).
 */
async function report(
  api: Api,
  t: Translate,
  tabId: number,
  flagging: Promise<RecordResult>,
  target: 'page' | 'link',
): Promise<void> {
  try {
    const { outcome, flag } = await flagging;
    if (target === 'page') await showFlagged(api.action, tabId, flag, t);
    if (outcome === 'already-flagged') {
      await showNote(
        api.action,
        tabId,
        t(target === 'page' ? 'flagNoteAlreadyFlaggedPage' : 'flagNoteAlreadyFlaggedLink', flaggedLine(flag, t)),
      );
    } else if (target === 'link') {
      await showNote(api.action, tabId, t('flagNoteFlaggedLink', flag.canonicalUrl));
    }
  } catch (error) {
    await showNote(
      api.action,
      tabId,
      t(
        target === 'page' ? 'flagNoteFailedPage' : 'flagNoteFailedLink',
        error instanceof Error ? error.message : String(error),
      ),
    );
  }
}
