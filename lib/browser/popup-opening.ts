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

/** `?tabId=N` when the popup is opened as a page (tests, a pinned window). */
function requestedTabId(search: string): number | undefined {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(requested) && requested > 0 ? requested : undefined;
}

async function activeTab(): Promise<PopupTab> {
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
 * flag status, each one message to the background, sent together.
 * @example void startPage(browserPageEnv(), 'popupPageTitle', <PopupApp opening={openPopup()} />);
 */
export function openPopup(search = location.search): PopupOpening {
  const requested = requestedTabId(search);
  // The tab the popup is about: the one asked for, else the active tab of the current window.
  const tab = requested === undefined ? activeTab() : browser.tabs.get(requested);
  // A tab asked for by id is asked about at once, beside looking it up.
  const tabId = requested === undefined ? tab.then(({ id }) => id) : Promise.resolve(requested);
  const detections = tabId.then((id) => (id === undefined ? [] : backgroundDetections.load(id)));
  // Only web pages have a flag status (the background refuses the others); the popup shows it for those alone.
  const status = tabId.then((id) =>
    id === undefined ? { flag: null } : sendToBackground('flag/status', { tabId: id }),
  );
  // Whoever shows them handles failures; until then they are not "unhandled".
  detections.catch(() => undefined);
  status.catch(() => undefined);
  return { tab, detections: primed(detections, backgroundDetections), status };
}
