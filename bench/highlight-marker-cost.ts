/**
 * What registered highlights cost the page's own render of 500 appended listings, with no extension: the generated
 * 2,000-listing page in a plain Chromium, a Highlight registered over the first three letters of each card's title
 * (`all`: 2,000 ranges, about Spoor's 2,508 on that page), of only the titles within a viewport's height of the
 * visible part (`near`; `frame`: the same, and the first 32 new titles added to it in the frame that shows them,
 * after its layout, as Spoor's slice there does), or none, then the 500 cards appended under a trace; with
 * HIGHLIGHT_STYLED=1 the page styles its Highlight (`::highlight(bench)`), as Spoor's sheet does its own. Prints the
 * renderer main thread's CPU from the insertion to the second frame after it (the frame that shows the cards), and
 * its rendering steps. Chromium rebuilds every custom highlight marker of the document in each frame after a DOM
 * change (HighlightRegistry::ValidateHighlightMarkers), so the cost follows the ranges registered, not the ones
 * appended.
 * With SPOOR_OUT_DIR=<folder holding chrome-mv3>, a fifth variant: the page with that build of Spoor (no highlight of
 * the bench's own), after its first pass, and Spoor's own CPU in that window (its calls). BENCH_PAGE_RUNS loads per
 * variant (3), alternated, after a warm-up round.
 *   SPOOR_OUT_DIR=/work/base-build node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/highlight-marker-cost.ts
 */
import type { BrowserContext } from 'playwright-core';
import { extensionDir, launchWithExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { sharedDataPath } from '../tests/shared-data.ts';
import { listingCard } from './listing-page.ts';
import { median, setSettings } from './page-measures.ts';
import { generatedPages, launchPlain } from './page-side.ts';
import { LISTINGS_PAGE } from './responsiveness.ts';
import { traced, type TraceEvent } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const VARIANTS = ['none', 'near', 'frame', 'all', 'spoor'] as const;
type Variant = (typeof VARIANTS)[number];
/** The renderer's steps reported beside the total (trace event names). */
const STEPS = ['ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Spoor'];
const isSpoorCall = (e: TraceEvent) =>
  e.name === 'FunctionCall' && !!e.args?.data?.url?.startsWith('chrome-extension://');
const cards = Array.from({ length: 500 }, (_, i) => listingCard(2000 + i)).join('\n');

/** Registers the variant's ranges; resolves, with their count, once the page has rendered them and settled. */
const register = ({ variant, styled }: { variant: Variant; styled: boolean }) =>
  new Promise<number>((resolve) => {
    const highlight = new Highlight();
    if (styled) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('::highlight(bench) { background-color: yellow; color: black }');
      document.adoptedStyleSheets = [sheet];
    }
    for (const title of document.querySelectorAll('h3')) {
      const { top, bottom } = title.getBoundingClientRect();
      if ((variant === 'near' || variant === 'frame') && (bottom < -innerHeight || top > 2 * innerHeight)) continue;
      const range = new Range();
      range.setStart(title.firstChild!, 0);
      range.setEnd(title.firstChild!, 3);
      highlight.add(range);
    }
    if (variant === 'near' || variant === 'frame' || variant === 'all') CSS.highlights.set('bench', highlight);
    let registered = 0;
    for (const each of CSS.highlights.values()) registered += each.size;
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(registered), 300)));
  });

/** Appends the cards; resolves after the second frame from the insertion (marked for the trace). */
const append = ({ html, inFrame }: { html: string; inFrame: boolean }) =>
  new Promise<void>((resolve) => {
    performance.mark('bench:insert');
    const results = document.querySelector('#results')!;
    const before = results.children.length;
    results.insertAdjacentHTML('beforeend', html);
    // `frame`: as Spoor's slice in the frame that shows new content, after its layout and before its paint, the titles
    // of the first 32 new cards join the registered Highlight.
    if (inFrame) {
      const laidOut = new ResizeObserver(() => {
        laidOut.disconnect();
        const highlight = CSS.highlights.get('bench')!;
        for (let i = before; i < before + 32; i++) {
          const title = results.children[i]!.querySelector('h3')!;
          const range = new Range();
          range.setStart(title.firstChild!, 0);
          range.setEnd(title.firstChild!, 3);
          highlight.add(range);
        }
      });
      laidOut.observe(document.documentElement);
    }
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark('bench:rendered');
        setTimeout(resolve, 50);
      }),
    );
  });

const server = await startServer([sharedDataPath('pages')], [generatedPages]);
const plain = await launchPlain();
const spoor = process.env.SPOOR_OUT_DIR ? await launchWithExtension({ extension: extensionDir }) : undefined;
if (spoor) await setSettings(spoor, { performanceMarks: true, paused: false });
const contextOf = (variant: Variant): BrowserContext | undefined =>
  variant === 'spoor' ? spoor?.context : plain.context;
const results = new Map<Variant, { ranges: number; cpu: number; steps: number[] }[]>();
try {
  for (let run = -1; run < RUNS; run++)
    for (const variant of VARIANTS) {
      const context = contextOf(variant);
      if (!context) continue;
      const page = await context.newPage();
      await page.goto(`${server.origin}${LISTINGS_PAGE}`, { waitUntil: 'load' });
      if (variant === 'spoor')
        await page.waitForFunction(() => performance.getEntriesByName('spoor:pass').length > 0, undefined, {
          timeout: 120_000,
        });
      const ranges = await page.evaluate(register, { variant, styled: process.env.HIGHLIGHT_STYLED === '1' });
      const cdp = await context.newCDPSession(page);
      const { events } = await traced(cdp, 'toplevel,devtools.timeline,blink.user_timing', () =>
        page.evaluate(append, { html: cards, inFrame: variant === 'frame' }),
      );
      await page.close();
      const insert = events.find((e) => e.name === 'bench:insert')!;
      const rendered = events.find((e) => e.name === 'bench:rendered')!;
      const cpuOf = (name: string) =>
        events
          .filter((e) => e.ph === 'X' && e.tid === insert.tid && (name === 'Spoor' ? isSpoorCall(e) : e.name === name))
          .filter((e) => e.ts + (e.dur ?? 0) >= insert.ts && e.ts <= rendered.ts)
          .reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
      if (run >= 0)
        results.set(variant, [
          ...(results.get(variant) ?? []),
          { ranges, cpu: cpuOf('ThreadControllerImpl::RunTask'), steps: STEPS.map(cpuOf) },
        ]);
    }
} finally {
  await plain.close();
  await spoor?.close();
  await server.close();
}
console.log(
  `500 listings appended to ${LISTINGS_PAGE} without Spoor and with it, CPU ms of the renderer's main thread`,
);
console.log(`| ranges registered | tasks' CPU, per load | median | ${STEPS.join(' | ')} (medians) |`);
for (const [variant, loads] of results) {
  const steps = STEPS.map((_, i) => median(loads.map((load) => load.steps[i]!)).toFixed(1));
  console.log(
    `| ${variant} (${loads[0]!.ranges}) | ${loads.map((load) => load.cpu.toFixed(0)).join(' / ')} | ` +
      `${median(loads.map((load) => load.cpu)).toFixed(0)} | ${steps.join(' | ')} |`,
  );
}
