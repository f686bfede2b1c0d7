/**
 * Issue 14's "at once" figures, from the page's side: the badge after an ad page's load event, the popup
 * ready after it opens (and an empty extension page's time, its floor), 500 appended listings highlighted
 * against the page's own render of them (the same append in a browser without Spoor, same run), and the CPU
 * a full pass on 2,000 listings costs the page (`spoor:pass` detail: its slices without the page's tasks
 * between them) with its longest slice.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { popupReady } from './flagging.ts';
import { listingCard } from './listing-page.ts';
import { floorReady } from './popup-floor.ts';
import { median } from './page-measures.ts';

export interface Responsiveness {
  /** Ad page's load event → the toolbar badge showing a count; negative when it came first. */
  badgeMs: number;
  /** popup.html opened about that tab → its flag panel ready (navigation start to ready). */
  popupMs: number;
  /** An empty extension page, timed the same way: the floor no popup goes under (popup-floor.ts). */
  popupFloorMs: number;
  /** 500 listings appended to the 2,000-listing page → the frame showing them rendered, without Spoor. */
  appendRenderedMs: number;
  /** The same append with Spoor → the frame showing them rendered, and the frame showing their highlights. */
  appendRenderedWithSpoorMs: number;
  appendHighlightedMs: number;
  /** The first full pass on 2,000 listings: Spoor's own time in slices, and its longest slice. */
  passWorkMs: number;
  passLongestSliceMs: number;
}

export const AD_PAGE = '/generated/ad.html';
export const LISTINGS_PAGE = '/generated/listings-2000.html';
/** Issue 14's targets, in the order of the report's rows. */
export const TARGETS = { badgeMs: 300, popupMs: 150, appendLagMs: 50, passWorkMs: 60, sliceMs: 16 };

const appendedCards = Array.from({ length: 500 }, (_, i) => listingCard(2000 + i)).join('\n');

async function tabIdOf(extension: LoadedExtension, url: string): Promise<number> {
  return extension.serviceWorker.evaluate(
    async (href) => (await chrome.tabs.query({})).find((tab) => tab.url === href)!.id!,
    url,
  );
}

/** Loads the ad page in a tab first showing a page without findings; returns the page, its tab and the badge delay. */
export async function badgeAfterLoad(
  extension: LoadedExtension,
  origin: string,
): Promise<{ page: Page; tabId: number; ms: number }> {
  const page = await extension.context.newPage();
  const blank = `${origin}/generated/tiny.html?badge=${Math.random()}`;
  await page.goto(blank);
  const tabId = await tabIdOf(extension, blank);
  // Polled inside the service worker, so no round trip to the bench adds to the figure.
  const badgeAt = extension.serviceWorker.evaluate(
    (tab) =>
      new Promise<number>((resolve) => {
        const started = Date.now();
        const poll = async () => {
          if ((await chrome.action.getBadgeText({ tabId: tab })) !== '') resolve(Date.now());
          else if (Date.now() - started > 30_000) resolve(Number.NaN);
          else setTimeout(poll, 5);
        };
        void poll();
      }),
    tabId,
  );
  await page.goto(`${origin}${AD_PAGE}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  // Saved pages can hold a request that never settles: then the figure counts from DOMContentLoaded.
  await page.waitForLoadState('load', { timeout: 10_000 }).catch(() => undefined);
  const loadAt = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return performance.timeOrigin + (navigation.loadEventStart || navigation.domContentLoadedEventEnd);
  });
  return { page, tabId, ms: (await badgeAt) - loadAt };
}

/**
 * Appends the 500 cards below the view scrolled to the page's end, as an infinite list grows, and times, from the
 * insertion, the frame after the one that first holds them (rendered) and, with Spoor, the frame after the one whose
 * highlights first reach the first new card, the one in view (highlighted): Spoor registers only the ranges near the
 * view, so the last card, thousands of pixels below, is painted when it is scrolled to.
 */
async function append(page: Page, withSpoor: boolean): Promise<{ rendered: number; highlighted: number }> {
  // Scrolled first, and settled for a few frames, so the scroll's own painting is not timed.
  await page.evaluate(
    () =>
      new Promise((settled) => {
        scrollTo(0, document.documentElement.scrollHeight);
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(settled)), 250);
      }),
  );
  return page.evaluate(
    ({ cards, withSpoor }) =>
      new Promise<{ rendered: number; highlighted: number }>((resolve, reject) => {
        const results = document.querySelector('#results')!;
        const highlighted = (card: Element) => {
          for (const highlight of CSS.highlights.values())
            for (const range of highlight) if (card.contains((range as Range).startContainer)) return true;
          return false;
        };
        const before = results.children.length;
        const start = performance.now();
        results.insertAdjacentHTML('beforeend', cards);
        const firstNew = results.children[before]!;
        let rendered = Number.NaN;
        requestAnimationFrame(() => requestAnimationFrame(() => (rendered = performance.now() - start)));
        // Each frame's highlights are read once it is laid out, before its paint: a ResizeObserver's report comes
        // after Spoor's own (made at the page's load), which paints after the layout; its animation frame callback,
        // before it, would see them a frame late.
        const laidOut = new ResizeObserver(() => {
          laidOut.disconnect();
          if (!highlighted(firstNew)) return void requestAnimationFrame(watch);
          requestAnimationFrame(() => {
            const at = performance.now() - start;
            const done = () =>
              Number.isNaN(rendered) ? requestAnimationFrame(done) : resolve({ rendered, highlighted: at });
            done();
          });
        });
        const watch = () => {
          if (!withSpoor && !Number.isNaN(rendered)) return resolve({ rendered, highlighted: Number.NaN });
          if (performance.now() - start > 30_000)
            return reject(new Error('the appended listings were not highlighted'));
          if (!withSpoor) return void requestAnimationFrame(watch);
          laidOut.observe(document.documentElement);
        };
        // Asked for after the observers' callbacks have run (they are the microtasks the insertion queued first): a
        // highlight painted by a callback Spoor asked for in that frame is seen in the same frame, not one later.
        queueMicrotask(() => requestAnimationFrame(watch));
      }),
    { cards: appendedCards, withSpoor },
  );
}

async function loadListings(context: BrowserContext, url: string, withSpoor: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  if (withSpoor)
    await page.waitForFunction(() => performance.getEntriesByName('spoor:pass').length > 0, undefined, {
      timeout: 60_000,
    });
  return page;
}

/** `runs` of each figure, medians; Spoor's and the plain browser's loads alternate. */
export async function measureResponsiveness(
  spoor: LoadedExtension,
  plain: BrowserContext,
  origin: string,
  runs: number,
): Promise<Responsiveness> {
  const figures: Responsiveness[] = [];
  for (let run = 0; run < runs; run++) {
    const ad = await badgeAfterLoad(spoor, origin);
    const popup = await popupReady(spoor.context, spoor.extensionId, ad.tabId);
    await popup.popup.close();
    await ad.page.close();
    const popupFloorMs = await floorReady(spoor.context, spoor.extensionId);

    const withSpoor = await loadListings(spoor.context, `${origin}${LISTINGS_PAGE}`, true);
    const pass = await withSpoor.evaluate(
      () =>
        (performance.getEntriesByName('spoor:pass')[0] as PerformanceMeasure).detail as {
          ms: number;
          longestSliceMs: number;
        },
    );
    const spoorAppend = await append(withSpoor, true);
    await withSpoor.close();
    const without = await loadListings(plain, `${origin}${LISTINGS_PAGE}`, false);
    const plainAppend = await append(without, false);
    await without.close();

    figures.push({
      badgeMs: ad.ms,
      popupMs: popup.ms,
      popupFloorMs,
      appendRenderedMs: plainAppend.rendered,
      appendRenderedWithSpoorMs: spoorAppend.rendered,
      appendHighlightedMs: spoorAppend.highlighted,
      passWorkMs: pass.ms,
      passLongestSliceMs: pass.longestSliceMs,
    });
  }
  const mid = (key: keyof Responsiveness) => median(figures.map((figure) => figure[key]));
  return {
    badgeMs: mid('badgeMs'),
    popupMs: mid('popupMs'),
    popupFloorMs: mid('popupFloorMs'),
    appendRenderedMs: mid('appendRenderedMs'),
    appendRenderedWithSpoorMs: mid('appendRenderedWithSpoorMs'),
    appendHighlightedMs: mid('appendHighlightedMs'),
    passWorkMs: mid('passWorkMs'),
    // The worst run: one long slice is a long task.
    passLongestSliceMs: Math.max(...figures.map((figure) => figure.passLongestSliceMs)),
  };
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(0));
const met = (ok: boolean) => (ok ? 'yes' : '**no**');

export const RESPONSIVENESS_HEADER = (baseline: boolean) => [
  '| dictionary | measure | with Spoor ms | page alone ms | target | met |' +
    (baseline ? ' with Spoor before ms | change |' : ''),
  `|---|---|---|---|---|---|${baseline ? '---|---|' : ''}`,
];

/** Rows of the responsiveness table for one dictionary, with the earlier figure and the change when given. */
export function responsivenessRows(dictionary: string, now: Responsiveness, before?: Responsiveness): string[] {
  const lag = (figures: Responsiveness) => figures.appendHighlightedMs - figures.appendRenderedMs;
  const rows: [string, number, string, string, boolean, number | undefined][] = [
    [
      'badge, after the ad page’s load event',
      now.badgeMs,
      '–',
      `≤ ${TARGETS.badgeMs}`,
      now.badgeMs <= TARGETS.badgeMs,
      before?.badgeMs,
    ],
    [
      'popup ready, from its navigation start (page alone: an empty extension page)',
      now.popupMs,
      ms(now.popupFloorMs),
      `≤ ${TARGETS.popupMs}`,
      now.popupMs <= TARGETS.popupMs,
      before?.popupMs,
    ],
    [
      '500 appended listings: highlighted (page alone: rendered; with Spoor: rendered)',
      now.appendHighlightedMs,
      `${ms(now.appendRenderedMs)} (with Spoor: ${ms(now.appendRenderedWithSpoorMs)})`,
      '–',
      lag(now) <= TARGETS.appendLagMs,
      before?.appendHighlightedMs,
    ],
    [
      '500 appended listings: highlighted after the page alone rendered them',
      lag(now),
      '–',
      `≤ ${TARGETS.appendLagMs}`,
      lag(now) <= TARGETS.appendLagMs,
      before && lag(before),
    ],
    [
      '2,000 listings: first full pass, Spoor’s time in slices',
      now.passWorkMs,
      '–',
      `≤ ${TARGETS.passWorkMs}`,
      now.passWorkMs <= TARGETS.passWorkMs,
      before?.passWorkMs,
    ],
    [
      '2,000 listings: longest slice of that pass (worst run)',
      now.passLongestSliceMs,
      '–',
      `≤ ${TARGETS.sliceMs}`,
      now.passLongestSliceMs <= TARGETS.sliceMs,
      before?.passLongestSliceMs,
    ],
  ];
  return rows.map(
    ([label, value, alone, target, ok, old]) =>
      `| ${dictionary} | ${label} | ${ms(value)} | ${alone} | ${target} | ${met(ok)} |` +
      (before
        ? ` ${ms(old)} | ${old === undefined || Number.isNaN(old) ? '–' : `${value - old >= 0 ? '+' : ''}${(value - old).toFixed(0)}`} |`
        : ''),
  );
}
