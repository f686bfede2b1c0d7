import type { ReportEntry } from '@/lib/detect/report';
import { detectMessages } from '@/lib/messaging/detect-messages';
import { flagMessages } from '@/lib/messaging/flag-messages';
import type { Flag } from '@/lib/records/flag';
import { receiveReply } from './message-client';
import { backgroundDetections, type DetectionsSource } from './detections-source';
import type { PopupRequests, PopupTab } from './popup-requests';

export type { PopupTab } from './popup-requests';

/** What the popup shows first, asked for as its script starts rather than after its first render. */
export interface PopupOpening {
  tab: Promise<PopupTab>;
  /** The tab's findings: its first load is the answer already on its way. */
  detections: DetectionsSource;
  /** Whether the ad was flagged before (the background answers from what it holds; see lib/flags/tab-status.ts). */
  status: Promise<{ flag: Flag | null }>;
}

/** The opening's answer about the tab's findings, and whether the tab reported again since it was asked for. */
interface FirstReport {
  entries: ReportEntry[];
  changed(): boolean;
}

/**
 * A source whose first load is the opening's answer, unless the tab reported again before the popup began to watch
 * (that report's change event came while nothing listened); later loads (the tab reported again) ask the background.
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
 * The popup's first screen from the requests its first module sent (popup-requests.ts): the replies parsed with
 * their messages' schemas, as every reply is, without loading the other domains' (issue 14).
 * @example void startPage(browserPageEnv(), 'popupPageTitle', <PopupApp opening={openPopup(requests)} />);
 */
export function openPopup(requests: PopupRequests): PopupOpening {
  const detections = requests.replies.then(async (replies): Promise<FirstReport> =>
    replies
      ? {
          entries: await receiveReply(detectMessages, 'detect/tabReport', replies.tabReport),
          changed: replies.reportChanged,
        }
      : { entries: [], changed: () => false },
  );
  // Only web pages have a flag status (the background refuses the others); the popup shows it for those alone.
  const status = requests.replies.then((replies) =>
    replies ? receiveReply(flagMessages, 'flag/status', replies.status) : { flag: null },
  );
  // Whoever shows them handles failures; until then they are not "unhandled".
  detections.catch(() => undefined);
  status.catch(() => undefined);
  return { tab: requests.tab, detections: primed(detections, backgroundDetections), status };
}
