import { browser } from 'wxt/browser';
import type { ReportEntry } from '@/lib/detect/report';
import type { Flag } from '@/lib/records/flag';
import { sendToBackground } from './client';
import { backgroundDetections, type DetectionsSource } from './detections-source';

/** The tab the popup is about, as the browser shows it to Spoor. */
export interface PopupTab {
  id?: number;
  url?: string;
}

/** What the popup shows first, asked for as its script starts rather than after its first render. */
export interface PopupOpening {
  tab: Promise<PopupTab>;
  /** The tab's findings: its first load is the answer already on its way. */
  detections: DetectionsSource;
  /** Whether the ad was flagged before (the background answers from what it holds; see lib/flags/tab-status.ts). */
  status: Promise<{ flag: Flag | null }>;
}

/**
 * The tab the popup is about: `?tabId=N` when the popup is opened as a page
 * (tests, a pinned window), else the active tab of the current window.
 */
async function targetTab(search: string): Promise<PopupTab> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active ?? {};
}

/** A source whose first load is `first`; later loads (the tab reported again) ask the background. */
function primed(first: Promise<ReportEntry[]>, source: DetectionsSource): DetectionsSource {
  let pending: Promise<ReportEntry[]> | undefined = first;
  return {
    load(tabId) {
      const answer = pending ?? source.load(tabId);
      pending = undefined;
      return answer;
    },
    watch: source.watch,
  };
}

/**
 * Starts everything the popup's first screen needs at once, side by side with
 * the page's own start (settings, language): the tab, its findings and its
 * flag status, each one message to the background.
 * @example void startPage(browserPageEnv(), 'popupPageTitle', <PopupApp opening={openPopup()} />);
 */
export function openPopup(search = location.search): PopupOpening {
  const tab = targetTab(search);
  const detections = tab.then((found) => (found.id === undefined ? [] : backgroundDetections.load(found.id)));
  const status = tab.then(({ id, url }) =>
    id !== undefined && url && /^https?:/.test(url) ? sendToBackground('flag/status', { tabId: id }) : { flag: null },
  );
  // Whoever shows them handles failures; until then they are not "unhandled".
  detections.catch(() => undefined);
  status.catch(() => undefined);
  return { tab, detections: primed(detections, backgroundDetections), status };
}
