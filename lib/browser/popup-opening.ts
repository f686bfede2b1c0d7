import type { ReportEntry } from '@/lib/detect/report';
import { flagStatusMessages } from '@/lib/messaging/flag-status';
import type { Flag } from '@/lib/records/flag';
import { receiveReply, sendMessage } from './message-client';
import { sessionDetections, type DetectionsSource } from './detections-source';
import type { PopupReplies, PopupRequests, PopupTab } from './popup-requests';
import { isWebPage } from './web-page';
import { keptStatusOf } from './kept-status';
import { tabReportKey } from './tab-report-watch';
import { tabReportFrom } from './tab-store';

export type { PopupTab } from './popup-requests';

/** What the popup shows first, read as its script starts rather than after its first render. */
export interface PopupOpening {
  tab: Promise<PopupTab>;
  /** The tab's findings: its first load is what the opening read. */
  detections: DetectionsSource;
  /** Whether the ad was flagged before, as the background keeps it (see lib/flags/tab-status.ts). */
  status: Promise<{ flag: Flag | null }>;
  /**
   * What storage.session gave, parsed, once read (nothing when it could not be read): the popup's first render shows
   * it, so its flag panel never renders "Loading" first when nothing waits on the background (issue 14).
   */
  read: Promise<OpeningRead>;
}

/** The opening's read as the first render shows it. */
export interface OpeningRead {
  /** The tab's findings as read (the first load of `detections` reads them again if the tab reported since). */
  entries?: ReportEntry[];
  /** The flag status kept for the tab, when it was current; undefined while the background is asked for it. */
  status?: { flag: Flag | null };
}

/** The opening's read of the tab's findings, and whether the tab reported again since. */
interface FirstReport {
  entries: ReportEntry[];
  changed(): boolean;
}

/**
 * A source whose first load is the opening's read, unless the tab reported again before the popup began to watch
 * (that report's change event came while nothing listened); later loads (the tab reported again) read again.
 */
function primed(first: Promise<FirstReport>, source: DetectionsSource): DetectionsSource {
  let pending: Promise<FirstReport> | undefined = first;
  return {
    load(tabId) {
      const opening = pending;
      pending = undefined;
      if (opening === undefined) return source.load(tabId);
      return opening.then(({ entries, changed }) => (changed() ? source.load(tabId) : entries));
    },
    watch: source.watch,
  };
}

/**
 * The flag status: the one kept for the tab, parsed as every stored record is, else the background's answer (asked
 * for by the first module when none was current, or now when the kept one does not parse or changed since it was
 * read). A status known from the read is returned as it is, not as a promise, for the first render to show.
 */
function statusOf(replies: PopupReplies): { flag: Flag | null } | Promise<{ flag: Flag | null }> {
  const changed = replies.statusChanged();
  if (replies.status) return receiveReply(flagStatusMessages, 'flag/status', replies.status);
  // Only web pages have a flag status; the popup shows it for those alone.
  if (!isWebPage(replies.url)) return { flag: null };
  const kept = keptStatusOf(replies.stored, replies.tabId, replies.url);
  if (kept && !changed) return kept;
  return sendMessage(flagStatusMessages, 'flag/status', { tabId: replies.tabId });
}

/**
 * The popup's first screen from what its first module read (popup-requests.ts): the tab's report and flag status
 * parsed with their own schemas, without loading the other domains' (issue 14).
 * @example const opening = openPopup(requests);
 * void startPage(env, 'popupPageTitle', opening.read.then((read) => <PopupApp opening={opening} read={read} />));
 */
export function openPopup(requests: PopupRequests): PopupOpening {
  const detections = requests.replies.then((replies): FirstReport =>
    replies
      ? { entries: tabReportFrom(replies.stored[tabReportKey(replies.tabId)]), changed: replies.reportChanged }
      : { entries: [], changed: () => false },
  );
  // Boxed, so that a status known from the read stays told apart from one still asked for.
  const boxed = requests.replies.then((replies) => ({ status: replies ? statusOf(replies) : { flag: null } }));
  const status = boxed.then(({ status }) => status);
  const read = Promise.all([
    detections.then(
      ({ entries }) => entries,
      () => undefined,
    ),
    boxed.then(
      ({ status }) => ('then' in status ? undefined : status),
      () => undefined,
    ),
  ]).then(([entries, status]): OpeningRead => ({ entries, status }));
  // Whoever shows them handles failures; until then they are not "unhandled".
  detections.catch(() => undefined);
  status.catch(() => undefined);
  return { tab: requests.tab, detections: primed(detections, sessionDetections), status, read };
}
