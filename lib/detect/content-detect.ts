import { createPainter, highlightApiOf } from '@/lib/highlight/painter';
import { createHighlightStyles, shownColors } from '@/lib/highlight/styles';
import { computedColorBy, expectedPaint, restyledMarks, type MarkPaint } from '@/lib/highlight/paint-guard';
import type { MarkCategory } from '@/lib/matching/types';
import { rendersText } from '@/lib/highlight/block-text';
import type { ReportEntry } from './report';
import { DEFAULT_COLORS, isPausedOn, type DetectSettings } from '@/lib/settings/detect-settings';
import { lazyHoverCard } from './lazy-match-card';
import type { HoverCardFactory } from './match-card';
import { startPageScanner, type PageScanner } from './page-scanner';
import { createReportScheduler } from './report-scheduler';
import { UNSHOWN, type HidesMatch } from './scan-block';
import type { SecondStage } from './second-stage';
import type { Matcher } from '@/lib/matching/matcher';
import { onAbort } from '@/lib/scheduling/abort';
import { holdsKeyboardFocus } from './keyboard-focus';

export interface DetectEnvironment {
  win: Window & typeof globalThis;
  matcher: Matcher;
  /**
   * The hover card's code with its watcher, loaded when the frame first paints a highlight (the content script has
   * the background inject hover-card.js: see lazy-match-card.ts).
   */
  loadCard(): Promise<HoverCardFactory>;
  readSettings(): Promise<DetectSettings>;
  /** Calls back with the new settings whenever they change; returns a function that stops watching. */
  watchSettings(onChange: (settings: DetectSettings) => void): () => void;
  sendReport(url: string, entries: ReportEntry[]): Promise<unknown>;
  /**
   * Tells the background that the page's own rules restyle Spoor's marks: it paints them with a user sheet the page
   * cannot outrank, and the badge's title says so.
   */
  paintRestyled?(): Promise<unknown>;
  /** The content script's lifetime: ends only when the extension is gone (lib/browser/content-lifetime.ts). */
  signal: AbortSignal;
  /** An element's shadow root, closed ones included where the extension can open them (see page-scanner). */
  shadowRootOf?(element: Element): ShadowRoot | null;
  /**
   * The code that runs once text holds a candidate match, if it has arrived (second-stage.ts): every match, and so
   * every hit to report and every private term to keep off the page, comes from it.
   */
  secondStage(): SecondStage | undefined;
  /** The researcher's private watch-list, as stored: counted, painted only on request (private-terms.ts). */
  customTerms?: unknown;
  /** When the dictionary started and finished loading, for the "spoor:dictionary-load" measure. */
  dictionaryLoad?: { start: number; end: number };
  /**
   * Whether the matcher's second stage is on its way (lib/detect/on-demand.ts): the findings so far lack what
   * needs it, so no report goes out (and no "spoor:pass" is measured) until `rescan` has found them.
   */
  awaitingMatcher?(): boolean;
}

export interface Detect {
  /** Reports the findings again, e.g. after an in-page navigation made the background forget them. */
  resendReport(): void;
  /** Scans again the text that waited for the matcher's second stage, once it has arrived; keeps the rest. */
  rescan(): void;
  /**
   * Takes the highlights and the hover card off the page for a screenshot of
   * the page as published; resolves once a frame without them has painted.
   * They come back with `restore`, or on their own after a few seconds.
   */
  conceal(): Promise<void>;
  restore(): void;
  /**
   * Paints the researcher's private terms too, from now until the page is left (the researcher asked, for this tab).
   */
  showPrivate(): void;
  /**
   * Opens the hover card of the next painted name, focused (the keyboard command: lib/browser/name-command.ts):
   * `if-focused` only when this frame holds keyboard focus; false when it does not or has no name to open.
   */
  nextName(only: 'if-focused' | 'anyway'): boolean;
}

/**
 * How many times a frame asks the background to paint over the page's rules: once, and again after each of a few
 * changes of colour (the user sheet keeps the colours it was made with).
 */
const MAX_RESTYLED_REPORTS = 4;

/** The longest the highlights stay off when the background never says "restore" (stopped mid-flag). */
const CONCEAL_AT_MOST_MS = 5000;

/** Resolves after the next frame has painted: the first callback runs before it, the second after. */
const afterPaint = (win: Window) =>
  new Promise<void>((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));

/**
 * The site a frame belongs to, for "pause on this site": the top page's host,
 * so an embedded frame from elsewhere pauses with the page that shows it.
 * @example siteHost(location) // "www.ebay.de" inside an ad frame on ebay.de
 */
export function siteHost(location: Location): string {
  const origins = location.ancestorOrigins;
  return origins && origins.length > 0 ? new URL(origins[origins.length - 1]!).hostname : location.hostname;
}

/** What entrypoints/page-detect.ts leaves for the content script, injected while its dictionary loads. */
export type RunDetect = typeof runDetect;

/**
 * Detect in one frame: highlights, hover card and reports, following the
 * settings live (pausing unpaints, resuming scans again).
 * @example runDetect({ win: window, matcher, loadCard, readSettings, watchSettings, sendReport, signal: ctx.signal });
 */
export function runDetect(env: DetectEnvironment): Detect {
  const { win, matcher, signal } = env;
  const doc = win.document;
  // Most frames paint nothing: the hover card's code comes with the first highlight.
  const highlightApi = highlightApiOf(win);
  const painter = createPainter(highlightApi, () => card.request());
  const styles = createHighlightStyles(win, DEFAULT_COLORS);
  const shadowRoots: ShadowRoot[] = [];
  let concealed = false;
  const card = lazyHoverCard(
    {
      doc,
      matcher,
      painter,
      shadowRoots: () => shadowRoots,
      concealed: () => concealed,
      restyled: () => restyledReports > 0,
      signal,
    },
    env.loadCard,
  );
  let scanning: { scanner: PageScanner; stop: AbortController } | undefined;
  let performanceMarks = false;
  let unpublishedLoad = env.dictionaryLoad;
  let privateShown = false;
  // Matches come from the second stage, so it is here by then. An exempt name the first stage found can ask before it
  // is: it never counts, so whether its element renders (the block reader's check) decides whether it is marked.
  let hidesMatch: HidesMatch | undefined;
  /** The stage's check, made when the stage arrives (see rescan) or at the first match. */
  const stageHides = (stage: SecondStage) =>
    (hidesMatch ??= stage.hides(
      matcher,
      env.customTerms,
      () => privateShown,
      (owner) => scanning?.scanner.rescanWaiting(owner),
      win,
      () => scanning?.scanner.rulesChanged(),
    ));
  const hides: HidesMatch = (terms, range, nodes) => {
    const stage = env.secondStage();
    return stage
      ? stageHides(stage)(terms, range, nodes)
      : !!nodes[0]?.parentElement && !rendersText(nodes[0].parentElement) && UNSHOWN;
  };
  let autoRestore: number | undefined;
  let expected: ReadonlyMap<MarkCategory, MarkPaint> | undefined;
  let restyledReports = 0;
  /** After a pass: whether rules of the page restyle the marks painted (a `::highlight(spoor-…)` rule of its own). */
  const guardPaint = () => {
    // Forced colours repaint every mark in the system's colours: nothing the page did.
    if (!expected || restyledReports >= MAX_RESTYLED_REPORTS || highlightApi.forcedColors?.matches) return;
    if (!restyledMarks(win, painter.painted(), expected)) return;
    restyledReports++;
    void env.paintRestyled?.();
  };

  const reports = createReportScheduler({
    collect: () =>
      (scanning &&
        env.secondStage()?.summarizeHits(scanning.scanner.hits(), matcher.entries, scanning.scanner.attributeHits())) ??
      [],
    send: (entries) => env.sendReport(win.location.href, entries),
    win,
    signal,
  });

  const start = () => {
    const stop = new AbortController();
    const scanner = startPageScanner({
      doc,
      matcher,
      painter,
      ownUi: card.owns,
      signal: AbortSignal.any([signal, stop.signal]),
      shadowRootOf: env.shadowRootOf,
      hides,
      // Joins a name split over two blocks, once the matcher's second stage is here.
      joinName: () => env.secondStage()?.joinName,
      onIdle(busySince, work) {
        // A pass that met text needing the matcher's second stage is not over: that text is scanned again when the
        // stage arrives, and the pass reports and is measured then, with the slices before counted in.
        if (env.awaitingMatcher?.()) return false;
        reports.schedule();
        guardPaint();
        // `detail`: the pass's own cost, its slices without the page's tasks between them (npm run bench reads it).
        if (performanceMarks)
          win.performance.measure('spoor:pass', { start: busySince, end: win.performance.now(), detail: work });
      },
      onShadowRoot(root) {
        shadowRoots.push(root);
        styles.adoptInto(root);
      },
    });
    scanning = { scanner, stop };
  };

  const stopScanning = () => {
    scanning?.stop.abort();
    scanning = undefined;
    card.hide();
  };

  const apply = (settings: DetectSettings) => {
    if (signal.aborted) return;
    styles.setColors(settings.colors);
    const isColor = (value: string) => win.CSS.supports('color', value);
    const canvas = new win.OffscreenCanvas(1, 1).getContext('2d');
    if (canvas)
      expected = expectedPaint(shownColors(settings.colors, isColor, DEFAULT_COLORS), computedColorBy(canvas));
    performanceMarks = settings.performanceMarks;
    if (performanceMarks && unpublishedLoad) {
      win.performance.measure('spoor:dictionary-load', unpublishedLoad);
      unpublishedLoad = undefined;
    }
    const paused = isPausedOn(settings, siteHost(win.location));
    if (paused && scanning) {
      stopScanning();
      reports.schedule();
    } else if (!paused && !scanning) start();
  };

  styles.adoptInto(doc);
  const restore = () => {
    win.clearTimeout(autoRestore);
    if (!concealed || signal.aborted) return;
    concealed = false;
    painter.show();
  };
  const conceal = () => {
    win.clearTimeout(autoRestore);
    autoRestore = win.setTimeout(restore, CONCEAL_AT_MOST_MS);
    concealed = true;
    painter.conceal();
    card.hide();
    return afterPaint(win);
  };
  const unwatch = env.watchSettings(apply);
  void env.readSettings().then(apply);
  onAbort(signal, () => {
    win.clearTimeout(autoRestore);
    unwatch();
    card.hide();
    painter.dispose();
    styles.dispose();
  });
  const showPrivate = () => {
    if (privateShown || signal.aborted) return;
    privateShown = true;
    // Scanned again with nothing hidden; the next report has no unpainted hits left.
    if (!scanning) return;
    stopScanning();
    start();
  };
  return {
    resendReport: reports.resend,
    rescan() {
      const stage = env.secondStage();
      // Made in the stage's arrival task: its first count of the page's style sheets (4.5 ms CPU of the 2,000-listing
      // page's longest slice at load 40) is then out of the slice that checks the first match.
      if (stage && scanning) stageHides(stage);
      scanning?.scanner.rescanWaiting();
    },
    conceal,
    restore,
    showPrivate,
    nextName: (only) => (only === 'anyway' || holdsKeyboardFocus(doc)) && card.next(),
  };
}
