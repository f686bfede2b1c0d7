import { browser } from 'wxt/browser';
import type { MessageName, RequestOf } from '@/lib/messaging/protocol';
import { SETTINGS_KEY } from '@/lib/settings/detect-settings';
import { watchTabReport } from './tab-report-watch';

/** The tab the popup is about, as the browser shows it to Spoor. */
export interface PopupTab {
  id?: number;
  url?: string;
}

/** The background's replies as they came, not parsed yet: the popup parses them (popup-opening.ts). */
export interface PopupReplies {
  tabReport: Promise<unknown>;
  /**
   * Whether the tab reported again after `tabReport` was asked for, so that answer may be stale; asks once (it stops
   * watching). The popup's own watching starts only when its findings first render, long after the request.
   */
  reportChanged(): boolean;
  status: Promise<unknown>;
}

/** What the popup asked for as its first, small module ran. */
export interface PopupRequests {
  /** `storage.local`'s answer for the settings, not parsed yet (lib/settings/store.ts's `settingsFrom` does). */
  settings: Promise<Record<string, unknown>>;
  tab: Promise<PopupTab>;
  /** The tab's findings and flag status, asked for once its id is known; undefined for no tab. */
  replies: Promise<PopupReplies | undefined>;
}

/** `?tabId=N` when the popup is opened as a page (tests, a pinned window). */
function requestedTabId(search: string): number | undefined {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(requested) && requested > 0 ? requested : undefined;
}

async function activeTab(): Promise<PopupTab> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active ?? {};
}

/**
 * Sends without zod: the background parses every request (the router), and the reply is parsed on arrival
 * by popup-opening.ts (message-client.ts's `receiveReply`), before anything reads it.
 */
function sendUnparsed<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<unknown> {
  const reply = browser.runtime.sendMessage({ spoor: 1, name, payload });
  // Whoever parses the reply handles its failure; until then it is not "unhandled".
  reply.catch(() => undefined);
  return reply;
}

/** Watches a tab's report from now on; the returned function says whether it changed, and stops watching. */
function watchReport(tabId: number): () => boolean {
  let changed = false;
  const stop = watchTabReport(browser.storage.session, tabId, () => (changed = true));
  return () => {
    stop();
    return changed;
  };
}

/**
 * Asks for everything the popup's first screen needs, before React, zod and the protocol (most of the popup's
 * script) have even loaded, so the browser and the background answer while they do: the settings, the tab, its
 * findings and its flag status.
 * This module imports neither zod nor the protocol's schemas; lib/browser/popup-opening.ts parses the replies.
 * @example const requests = requestPopupOpening();
 * void import('./start').then(({ startPopup }) => startPopup(requests));
 */
export function requestPopupOpening(search = location.search): PopupRequests {
  // The language and the researcher's id come from the settings: the first render waits for them.
  const settings = browser.storage.local.get(SETTINGS_KEY);
  const requested = requestedTabId(search);
  // The tab the popup is about: the one asked for, else the active tab of the current window.
  const tab = requested === undefined ? activeTab() : browser.tabs.get(requested);
  // A tab asked for by id is asked about at once, beside looking it up.
  const tabId = requested === undefined ? tab.then(({ id }) => id) : Promise.resolve(requested);
  const replies = tabId.then((id) =>
    id === undefined
      ? undefined
      : {
          // Watching starts before the request goes out: no report can fall between the two.
          reportChanged: watchReport(id),
          tabReport: sendUnparsed('detect/tabReport', { tabId: id }),
          status: sendUnparsed('flag/status', { tabId: id }),
        },
  );
  tab.catch(() => undefined);
  replies.catch(() => undefined);
  return { settings, tab, replies };
}
