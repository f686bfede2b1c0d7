import type { PageReading } from '@/lib/flags/page-reading';
import { gatherEvidence, type EvidenceApis } from './evidence';
import { readingFromUrl } from './link';
import { prepareCapture, type CaptureInput } from './observation';
import type { Detection, CaptureTrigger } from '@/lib/records/flag';
import type { FlagService, IfFlagged, RecordResult } from './service';

export interface TabInfo {
  id: number;
  windowId: number;
  url: string;
  title?: string;
}

/** What flagging needs from the browser, passed in so tests can supply it. */
export interface FlagDeps extends EvidenceApis {
  service: FlagService;
  getTab(tabId: number): Promise<TabInfo>;
  /** Reads the ad in the tab as of the capture time (the page reader, injected at flag time). */
  readPage(tabId: number, includeHtml: boolean, capturedAt?: Date): Promise<PageReading>;
  detections(tabId: number): Promise<Detection[]>;
  researcher(): Promise<{ researcherId: string; survey: string }>;
  extensionVersion: string;
  clock?: () => Date;
}

/**
 * Reads the ad in a tab. A tab whose content script does not answer (opened
 * before Spoor was installed) is still flaggable from its URL and title.
 * @example const reading = await readTab(deps, tab);
 */
export async function readTab(deps: FlagDeps, tab: TabInfo, capturedAt?: Date): Promise<PageReading> {
  try {
    return await deps.readPage(tab.id, !deps.snapshot, capturedAt);
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

  const [evidence, detected, researcher] = await Promise.all([
    gatherEvidence(deps, tab, reading.html),
    deps.detections(tab.id).catch(() => []),
    deps.researcher(),
  ]);
  const capture = await prepareCapture({
    ...fromReading(reading),
    url: tab.url,
    detected,
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
