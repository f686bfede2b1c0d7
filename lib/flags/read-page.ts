import { extractAd } from '@/lib/extract';
import { snapshotHtml } from './snapshot-html';
import { drawnText } from './drawn-text';
import { shownToReader } from './shown-text';
import { visibleText, type ShadowRootOf } from './visible-text';
import { endCaptureWatch, startCaptureWatch, watchedEveryShadowRoot, watchShadowRoot } from './capture-watch';
import { unshownFields } from './unshown-fields';
import { composedPage } from './composed-page';
import type { PageReading } from './page-reading';
import type { PaintTampering } from '@/lib/records/flag';
import type { DrawnText } from '@/lib/extract/text';

/** What the background asks of the page reader: the HTML snapshot only where MHTML is unavailable (Firefox). */
export interface PageReadingRequest {
  includeHtml: boolean;
  /** ISO time of the capture: relative posting dates on the page ("il y a 3 jours") count back from it. */
  capturedAt?: string;
  /** Whether to check what the page does to Spoor's highlights: only while they are shown, not in the screenshot. */
  checkPaint?: boolean;
  /**
   * `start`: watch the page's text from this reading on (the flag's first); `end`: end that watch before reading (the
   * reading once the screenshot is taken) and say whether the text changed meanwhile (lib/flags/capture-watch.ts).
   */
  watch?: 'start' | 'end';
}

/**
 * The file the background injects into a tab's top frame when the researcher
 * flags (entrypoints/page-reader.ts); it leaves `readPage` under
 * PAGE_READER_GLOBAL in the extension's isolated world, out of the page's reach.
 */
export const PAGE_READER_FILE = '/page-reader.js';
export const PAGE_READER_GLOBAL = '__spoorReadPage';

/**
 * Reads the ad on a page for a flag, as of the capture time (its fields from the text the reader is shown and the words
 * the page's style sheets draw in ::before and ::after boxes: drawn-text.ts; from the page composed, shadow roots in
 * place, when the reading met any: composed-page.ts), with the page's visible text (the names
 * the flag records are found in it: lib/flags/captured-detections.ts; read in slices, and where it was cut if it was),
 * both without the text the reader is not shown (shown-text.ts; the HTML snapshot keeps the page whole: it is the
 * page's evidence, or why it has none: `htmlRefused`), `<html lang>`, and, when asked, what the page does to Spoor's
 * highlights (`paintTampering`, lib/flags/paint-check.ts) and whether its text or what of it is shown changed since
 * the flag's first reading (`changedMeanwhile`, lib/flags/capture-watch.ts). Its result is checked by the background
 * against PageReadingSchema: the page is hostile.
 * @example await readPage(document, location.href, { includeHtml: false, capturedAt: '2026-03-12T12:00:00.000Z' })
 */
export async function readPage(
  doc: Document,
  url: string,
  { includeHtml, capturedAt, checkPaint, watch }: PageReadingRequest,
  shadowRootOf?: ShadowRootOf,
  paintTampering?: () => PaintTampering[],
): Promise<PageReading> {
  if (watch === 'start') startCaptureWatch(doc, shadowRootOf);
  const ended = watch === 'end' ? endCaptureWatch(doc) : undefined;
  const now = capturedAt ? new Date(capturedAt) : undefined;
  const drawn = drawnOrNone(doc);
  const pageLang = doc.documentElement?.getAttribute('lang')?.trim();
  const tampering = checkPaint ? checkedPaint(paintTampering) : undefined;
  // The watch follows the text into each shadow root the first reading meets; the last reading looks for roots since.
  let attachedLate = false;
  const roots: ShadowRoot[] = [];
  const onShadowRoot = (root: ShadowRoot) => {
    roots.push(root);
    if (watch === 'start') watchShadowRoot(doc, root);
    else attachedLate ||= ended?.attachedLate(root) ?? false;
  };
  const { text, cut } = await visibleText(doc, shadowRootOf, { onShadowRoot });
  if (watch === 'start') watchedEveryShadowRoot(doc, cut === undefined);
  const changedMeanwhile = ended && (ended.changed || attachedLate);
  // An ad a web component shows (its title, price or seller in a shadow root) is read from the page composed.
  const composed = roots.length ? composedPage(doc, roots, shownToReader, drawnOrNone(doc, roots, true)) : undefined;
  const { ad, canonicalUrl, platform, intent, paperwork, tradeTerms } = composed
    ? extractAd(composed.doc, url, { now, drawn: composed.drawn })
    : extractAd(doc, url, { now, shown: shownToReader, drawn });
  // What no shown text states (a price in an image) is the markup's claim: said so, not recorded as read.
  const shown = [text, ...wordsOf(drawn), ...(roots.length ? wordsOf(drawnOrNone(doc, roots)) : [])].join('\n');
  const unshown = unshownFields(ad, shown);
  return {
    ad: unshown.length ? { ...ad, unshown } : ad,
    canonicalUrl,
    platform,
    intent,
    paperwork,
    tradeTerms,
    text,
    ...(cut && { textCut: cut }),
    ...(pageLang && { pageLang: pageLang.slice(0, 35) }),
    ...(includeHtml && htmlOf(doc)),
    ...(tampering?.length && { paintTampering: tampering }),
    ...(changedMeanwhile !== undefined && { changedMeanwhile }),
    ...documentStarted(doc),
  };
}

/** When the document began (PageReading's `documentStarted`); nothing where the view has no time origin. */
function documentStarted(doc: Document): Pick<PageReading, 'documentStarted'> {
  const started = doc.defaultView?.performance?.timeOrigin;
  return typeof started === 'number' ? { documentStarted: started } : {};
}

/** The page's HTML snapshot, or why there is none (a page too large): the reading is kept either way. */
function htmlOf(doc: Document): Pick<PageReading, 'html' | 'htmlRefused'> {
  try {
    return { html: snapshotHtml(doc) };
  } catch (error) {
    return { htmlRefused: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The words the page's style sheets draw (drawn-text.ts) in the document, or inside `roots` alone (with the
 * document's too: `andDocument`); none when reading them failed, as the paint check.
 */
function drawnOrNone(doc: Document, roots?: ShadowRoot[], andDocument = false): DrawnText | undefined {
  try {
    return roots ? drawnText(doc, roots, andDocument ? [doc, ...roots] : roots) : drawnText(doc);
  } catch {
    return undefined;
  }
}

function wordsOf(drawn: DrawnText | undefined): string[] {
  return [...(drawn?.values() ?? [])].map(({ before, after }) => `${before} ${after}`);
}

/** The paint check's finding; none when it failed: the check must never cost a flag its reading. */
function checkedPaint(check?: () => PaintTampering[]): PaintTampering[] | undefined {
  try {
    return check?.();
  } catch {
    return undefined;
  }
}
