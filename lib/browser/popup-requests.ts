import { browser } from 'wxt/browser';
import type { MessageName, RequestOf } from '@/lib/messaging/protocol';
import { copiedSettings } from './settings-copy';
import { FLAGS_STAMP_KEY, keptStatusIsCurrent, tabFlagKey } from './tab-flag-keys';
import { tabReportKey, watchKeys } from './tab-report-watch';
import { isWebPage } from './web-page';

/** The tab the popup is about, as the browser shows it to Spoor. */
export interface PopupTab {
  id?: number;
  url?: string;
}

/**
 * What the popup's first module read about the tab, not parsed yet (popup-opening.ts parses it): storage.session
 * holds the tab's report and, usually, its flag status, so the background (often asleep) is not woken for them.
 */
export interface PopupReplies {
  tabId: number;
  /** The page the tab showed when it was looked up. */
  url?: string;
  /** storage.session's answer for the tab's report, its kept flag status and the flags' stamp. */
  stored: Record<string, unknown>;
  /**
   * Whether the tab reported again after `stored` was read, so the report may be stale; asks once (it stops
   * watching). The popup's own watching starts only when its findings first render, long after the read.
   */
  reportChanged(): boolean;
  /** The same for the kept flag status and the flags' stamp (a flag written or deleted meanwhile). */
  statusChanged(): boolean;
  /** The background's answer about the flag status, asked for only for a web page with no current one kept. */
  status?: Promise<unknown>;
}

/** What the popup asked for as its script started. */
export interface PopupRequests {
  /**
   * The settings as `storage.local` answers for them, not parsed yet (lib/settings/store.ts's `settingsFrom` does),
   * read from storage.session's copy (settings-copy.ts).
   */
  settings: Promise<Record<string, unknown>>;
  tab: Promise<PopupTab>;
  /** The tab's findings and flag status, read once its id is known; undefined for no tab. */
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

/** Watches some keys of storage.session from now on; the returned function says whether any changed, and stops. */
function watchFromNow(keys: string[]): () => boolean {
  let changed = false;
  const stop = watchKeys(browser.storage.session, keys, () => (changed = true));
  return () => {
    stop();
    return changed;
  };
}

/** Reads the tab's report and kept flag status; asks the background for the status only when none is current. */
async function readAbout(tabId: number, tab: Promise<PopupTab>): Promise<PopupReplies> {
  // Watching starts before the read: no change can fall between the two.
  const reportChanged = watchFromNow([tabReportKey(tabId)]);
  const statusChanged = watchFromNow([tabFlagKey(tabId), FLAGS_STAMP_KEY]);
  const reading = browser.storage.session.get([tabReportKey(tabId), tabFlagKey(tabId), FLAGS_STAMP_KEY]);
  const url = await tab.then(
    (shown) => shown.url,
    () => undefined,
  );
  const stored = await reading;
  // Only web pages have a flag status (the background refuses the others).
  const asked = isWebPage(url) && !keptStatusIsCurrent(stored, tabId, url);
  const status = asked ? sendUnparsed('flag/status', { tabId }) : undefined;
  return { tabId, url, stored, reportChanged, statusChanged, status };
}

/**
 * The global under which popup-opening.js (entrypoints/popup-opening.ts), the async classic script of the popup's
 * HTML, leaves the requests it sent.
 */
export const POPUP_REQUESTS_GLOBAL = '__spoor:popup-requests';

/**
 * The requests popup-opening.js sent while the popup's modules were still being fetched, or, should it not have run
 * yet, the same requests sent now and left under the global, so that the script, arriving later, sends nothing.
 * @example void startPopup(popupRequests());
 */
export function popupRequests(): PopupRequests {
  const shared = globalThis as Record<string, unknown>;
  shared[POPUP_REQUESTS_GLOBAL] ??= requestPopupOpening();
  return shared[POPUP_REQUESTS_GLOBAL] as PopupRequests;
}

/**
 * Asks for everything the popup's first screen needs, at once, as the popup's script starts: the settings, the tab,
 * its findings and its flag status, from storage.session, which the background keeps (issue 14: a popup that does
 * not wake it). Only a tab with no current flag status kept asks the background.
 * This module imports neither zod nor the protocol's schemas; lib/browser/popup-opening.ts parses what it read.
 * @example void startPopup(requestPopupOpening());
 */
export function requestPopupOpening(search = location.search): PopupRequests {
  // The language and the researcher's id come from the settings: the first render waits for them.
  const settings = copiedSettings(browser.storage);
  const requested = requestedTabId(search);
  // The tab the popup is about: the one asked for, else the active tab of the current window.
  const tab = requested === undefined ? activeTab() : browser.tabs.get(requested);
  // A tab asked for by id is asked about at once, beside looking it up: in this call, not in a callback, which would
  // run only once the page's modules have evaluated (entrypoints/popup/opening.ts sends these before React DOM's).
  const replies =
    requested === undefined
      ? tab.then(({ id }) => (id === undefined ? undefined : readAbout(id, tab)))
      : readAbout(requested, tab);
  tab.catch(() => undefined);
  replies.catch(() => undefined);
  return { settings, tab, replies };
}
