import * as z from 'zod/mini';
import type { ReportEntry } from '@/lib/detect/report';
import type { Flag } from '@/lib/records/flag';
import { receiveReply, sendMessage } from './message-client';
import { sessionDetections, type DetectionsSource } from './detections-source';
import type { PopupReplies, PopupRequests, PopupTab } from './popup-requests';
import { isWebPage } from './web-page';
import { keptStatusIsCurrent, tabFlagKey } from './tab-flag-keys';
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

type FlagStatus = { flag: Flag | null };

/** The flag status as the opening found it: known from what it read, or the background's answer to come. */
type FoundStatus = { known: FlagStatus } | { asked: Promise<FlagStatus> };

/**
 * A kept status without a flag, the usual one (most ads shown were never flagged): it parses, as KeptStatusSchema
 * (kept-status.ts) would parse it, without the flag's ~100 schemas, which the first screen then never builds.
 */
const FlaglessKeptSchema = z.object({ url: z.string(), flag: z.null(), stamp: z.string() });

/**
 * The flag's schemas, built only when a status holds a flag or the background is asked: in a chunk of their own,
 * loaded then (issue 14: building them at evaluation cost the first screen about what React's render does).
 */
const flagStatusMessages = () => import('@/lib/messaging/flag-status').then((module) => module.flagStatusMessages);

/** The flag status kept for the tab, parsed as every stored record is; undefined when none is current or it fails. */
async function keptStatus({ stored, tabId, url }: PopupReplies): Promise<FlagStatus | undefined> {
  if (!keptStatusIsCurrent(stored, tabId, url)) return undefined;
  if (z.safeParse(FlaglessKeptSchema, stored[tabFlagKey(tabId)]).success) return { flag: null };
  const { keptStatusOf } = await import('./kept-status');
  return keptStatusOf(stored, tabId, url);
}

/**
 * The flag status: the one kept for the tab, else the background's answer (asked for by the first module when none
 * was current, or now when the kept one does not parse or changed since it was read).
 */
async function statusOf(replies: PopupReplies): Promise<FoundStatus> {
  const { status, url, tabId } = replies;
  // Only web pages have a flag status; the popup shows it for those alone.
  const kept = status || !isWebPage(url) ? undefined : await keptStatus(replies);
  // Told after the kept status is parsed, so a flag written meanwhile is not missed.
  const changed = replies.statusChanged();
  if (status) return { asked: flagStatusMessages().then((messages) => receiveReply(messages, 'flag/status', status)) };
  if (!isWebPage(url)) return { known: { flag: null } };
  if (kept && !changed) return { known: kept };
  return { asked: flagStatusMessages().then((messages) => sendMessage(messages, 'flag/status', { tabId })) };
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
  const found = requests.replies.then((replies): FoundStatus | Promise<FoundStatus> =>
    replies ? statusOf(replies) : { known: { flag: null } },
  );
  const status = found.then((found) => ('known' in found ? found.known : found.asked));
  const read = Promise.all([
    detections.then(
      ({ entries }) => entries,
      () => undefined,
    ),
    found.then(
      (found) => ('known' in found ? found.known : undefined),
      () => undefined,
    ),
  ]).then(([entries, status]): OpeningRead => ({ entries, status }));
  // Whoever shows them handles failures; until then they are not "unhandled".
  detections.catch(() => undefined);
  status.catch(() => undefined);
  return { tab: requests.tab, detections: primed(detections, sessionDetections), status, read };
}
