import type { PageReading } from '@/lib/flags/page-reading';
import type { PageReadingRequest } from '@/lib/flags/read-page';
import { gatherEvidence, type EvidenceApis } from './evidence';
import { cleanUrl } from '@/lib/extract/canonical-url';
import { sameSite } from '@/lib/extract/site';
import { readingFromUrl } from './link';
import { PARSE_WAIT_MS, READ_AS_ARRIVED, type ParseWait } from './page-loading';
import { orWhenLate } from '@/lib/scheduling/time-bound';
import { NEW_DOCUMENT, UNANSWERED } from './capture-changes';
import { namesDiffer } from './captured-detections';
import { prepareCapture, type CaptureInput } from './observation';
import type { Detection, CaptureTrigger } from '@/lib/records/flag';
import type { FlagService, IfFlagged, RecordResult } from './service';

/** Thrown by `getTab` for a tab that is open but shows no web page (a browser page, `about:blank`, a `blob:` page). */
export class NotWebPageError extends Error {
  constructor() {
    super('Only web pages can be flagged.');
    this.name = 'NotWebPageError';
  }
}

export interface TabInfo {
  id: number;
  windowId: number;
  url: string;
  title?: string;
}

/** What flagging needs from the browser, passed in so tests can supply it. */
export interface FlagDeps extends EvidenceApis {
  service: FlagService;
  /** The tab; NotWebPageError when it shows no web page, another error when it is gone. */
  getTab(tabId: number): Promise<TabInfo>;
  /**
   * Reads the ad in the tab as of the capture time (the page reader, injected at flag time), and, with `checkPaint`,
   * what the page does to Spoor's highlights. A page still being parsed is treated as `parseWait` says
   * (FLAG_PARSE_WAIT when not given: waited for, then read as far as it has arrived).
   */
  readPage(tabId: number, request: PageReadingRequest, parseWait?: ParseWait): Promise<PageReading>;
  detections(tabId: number): Promise<Detection[]>;
  /**
   * The names the active dictionary finds in a page's captured text (lib/flags/captured-detections.ts); without it, a
   * flag records what Spoor's scan of the page reported.
   */
  detectionsIn?(text: string, pageLang?: string): Promise<Detection[]>;
  researcher(): Promise<{ researcherId: string; survey: string }>;
  extensionVersion: string;
  clock?: () => Date;
  /** How long a parsed page may take to answer a reading (PAGE_ANSWER_MS; tests shorten it). */
  pageAnswerMs?: number;
}

/**
 * How long a parsed page may take to answer a reading. A page can hold its main thread as Spoor's highlights go off
 * for the screenshot (a dialog opened again each time one closes, a script that never yields): the flag is saved
 * without that reading, and says so, rather than waiting forever or losing its screenshot. A reading of a page of a
 * million nodes takes seconds (its text and nodes are bounded: lib/flags/visible-text.ts).
 */
export const PAGE_ANSWER_MS = 15_000;

/**
 * Reads the ad in a tab. A tab whose content script does not answer (opened
 * before Spoor was installed) is still flaggable from its URL and title. A page still loading is waited for, then read
 * as far as it has arrived (the reading's `textCut` says so), never replaced by its URL.
 * @example const reading = await readTab(deps, tab);
 */
export async function readTab(deps: FlagDeps, tab: TabInfo, capturedAt?: Date): Promise<PageReading> {
  try {
    // The first reading, before the screenshot takes Spoor's highlights off the page, is the one to check them in.
    const first = deps.readPage(tab.id, {
      includeHtml: !deps.snapshot,
      ...(capturedAt && { capturedAt: capturedAt.toISOString() }),
      checkPaint: true,
      watch: 'start',
    });
    return await orWhenLate(first, PARSE_WAIT_MS + (deps.pageAnswerMs ?? PAGE_ANSWER_MS), () => {
      throw new Error('the page did not answer');
    });
  } catch {
    return readingFromUrl(tab.url, tab.title, 'fallback');
  }
}

/**
 * Flags the ad shown in a tab: reads it, stops at an existing flag when
 * `ifFlagged` is 'ask', otherwise captures evidence, hashes, and saves.
 * @example await flagTab(deps, { tabId: 12, trigger: 'button', ifFlagged: 'ask' });
 */
export async function flagTab(
  deps: FlagDeps,
  request: { tabId: number; trigger: CaptureTrigger; ifFlagged: IfFlagged },
): Promise<RecordResult> {
  const capturedAt = (deps.clock ?? (() => new Date()))();
  const tab = await deps.getTab(request.tabId);
  const reading = await readTab(deps, tab, capturedAt);
  const existing = await deps.service.findByCanonicalUrl(reading.canonicalUrl);
  if (existing && request.ifFlagged === 'ask') return { outcome: 'already-flagged', flag: existing };

  // The captured text's names are found while the evidence is taken.
  const capturedNames =
    reading.text === undefined || !deps.detectionsIn
      ? Promise.resolve(undefined)
      : deps.detectionsIn(reading.text, reading.pageLang).catch(() => undefined);
  // Read again as the screenshot is taken, before Spoor's highlights come back (else once the evidence is in): a
  // page that swaps its ad while it is captured (it sees Spoor hide its highlights) is told from one that held still.
  let pictured: PageReading | typeof UNANSWERED | undefined;
  const readPictured = async () => void (pictured = await readAgain(deps, tab, capturedAt));
  const [evidence, onPage, researcher] = await Promise.all([
    gatherEvidence(
      deps,
      tab,
      reading.htmlRefused === undefined ? reading.html : { refused: reading.htmlRefused },
      reading.text === undefined ? undefined : readPictured,
    ),
    deps.detections(tab.id).catch(() => []),
    deps.researcher(),
  ]);
  const after = pictured ?? (reading.text === undefined ? undefined : await readAgain(deps, tab, capturedAt));
  const changed = [
    ...(after === UNANSWERED ? [UNANSWERED] : after ? changedFields(reading, after) : []),
    ...(await urlMoved(deps, tab, reading)),
  ];
  const captured = await capturedNames;
  const capture = await prepareCapture({
    ...fromReading(reading),
    url: tab.url,
    detected: captured ?? onPage,
    ...(captured && namesDiffer(captured, onPage) && { detectedOnPage: onPage }),
    ...(changed.length && { changedDuringCapture: changed }),
    ...(reading.paintTampering && { paintTampering: reading.paintTampering }),
    ...(reading.textCut && { textCut: reading.textCut }),
    ...(reading.pageLang && { pageLang: reading.pageLang }),
    trigger: request.trigger,
    ...evidence,
    researcher,
    extensionVersion: deps.extensionVersion,
    capturedAt,
  });
  return deps.service.record(capture, request.ifFlagged);
}

/**
 * Flags the ad behind a link without opening it (context menu on a link):
 * only what the link itself tells is recorded, and `missing` says why there
 * is no screenshot or snapshot.
 * @example await flagLink(deps, { url: info.linkUrl, text: info.linkText, foundOn: tab.url }, 'ask');
 */
export async function flagLink(
  deps: FlagDeps,
  link: { url: string; text?: string; foundOn?: string },
  ifFlagged: IfFlagged,
): Promise<RecordResult> {
  const capturedAt = (deps.clock ?? (() => new Date()))();
  const reading = readingFromUrl(link.url, link.text);
  const notOpened = 'flagged from a link: the ad page was not opened';
  const capture = await prepareCapture({
    ...fromReading(reading),
    url: reading.canonicalUrl,
    foundOn: link.foundOn && /^https?:/.test(link.foundOn) ? link.foundOn : undefined,
    detected: [],
    trigger: 'link-menu',
    evidence: [],
    missing: [
      { kind: 'screenshot', reason: notOpened },
      { kind: 'snapshot', reason: notOpened },
    ],
    researcher: await deps.researcher(),
    extensionVersion: deps.extensionVersion,
    capturedAt,
  });
  return deps.service.record(capture, ifFlagged);
}

/**
 * The page's reading once the evidence is in; UNANSWERED when it did not answer in time or its reading failed (a page
 * that loaded again meanwhile, or holds its main thread): what it showed as it was captured is not known.
 */
async function readAgain(deps: FlagDeps, tab: TabInfo, capturedAt: Date): Promise<PageReading | typeof UNANSWERED> {
  const request = { includeHtml: false, capturedAt: capturedAt.toISOString(), watch: 'end' } as const;
  const read = deps.readPage(tab.id, request, READ_AS_ARRIVED).catch(() => UNANSWERED);
  return orWhenLate(read, deps.pageAnswerMs ?? PAGE_ANSWER_MS, () => UNANSWERED);
}

/**
 * `['url']` when the tab shows another ad's address once the evidence is in than when the flag began (a pushState or a
 * new page), no web page at all (a page that sent itself to `about:blank` or a `blob:` page of its making as Spoor
 * hid its highlights), or the page read is on another site than that address (it moved before it was read): the
 * record's URL is the first, its readings and screenshot may be of the other. Tracking parameters and the fragment (a
 * gallery's #photo-2) do not count; a tab closed meanwhile says nothing. The import refuses an observation taken on
 * another site than its ad's unless it says so (observationSiteProblem).
 */
async function urlMoved(deps: FlagDeps, tab: TabInfo, reading: PageReading): Promise<string[]> {
  const left = await deps.getTab(tab.id).then(
    (now) => cleanUrl(now.url) !== cleanUrl(tab.url),
    (error: unknown) => error instanceof NotWebPageError,
  );
  return left || !sameSite(tab.url, reading.canonicalUrl) ? ['url'] : [];
}

/**
 * The fields two readings of a page disagree on, the visible text as `text`: also when the page's text changed between
 * them and back (`changedMeanwhile`), as the screenshot taken between them may show the other text.
 */
export function changedFields(before: PageReading, after: PageReading): string[] {
  const fields = ['title', 'description', 'price', 'seller', 'location', 'listingId'] as const;
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const changed: string[] = fields.filter((field) => !same(before.ad[field], after.ad[field]));
  if (before.canonicalUrl !== after.canonicalUrl) changed.push('canonicalUrl');
  if (before.documentStarted !== after.documentStarted) changed.push(NEW_DOCUMENT);
  if ((after.text !== undefined && before.text !== after.text) || after.changedMeanwhile) changed.push('text');
  return changed;
}

function fromReading(reading: PageReading): Pick<CaptureInput, 'canonicalUrl' | 'platform' | 'ad' | 'prefill'> {
  return {
    canonicalUrl: reading.canonicalUrl,
    platform: reading.platform,
    ad: reading.ad,
    prefill: {
      intent: reading.intent,
      paperwork: reading.paperwork,
      tradeTerms: reading.tradeTerms.filter((code) => /^[A-Z]{3}$/.test(code)),
    },
  };
}
