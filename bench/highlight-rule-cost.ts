/**
 * What Spoor's `::highlight()` rules cost the page's own render of 500 appended listings, with no extension: the
 * generated 2,000-listing page in a plain Chromium, the titles within a viewport of the view registered in a
 * Highlight named as Spoor's (`spoor-app-ii`), and a sheet of Spoor's five rules written as it ships them
 * (`universal`: `::highlight(spoor-…)`, which every element matches), on the root alone (`root`:
 * `:root::highlight(spoor-…)`, which its descendants' highlights inherit), or none. Prints the renderer main thread's
 * CPU by rendering step from the insertion to the second frame after it (the frame that shows the cards).
 * BENCH_PAGE_RUNS loads per variant (3), alternated, after a warm-up round.
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/highlight-rule-cost.ts
 */
import { startServer } from '../tests/e2e/support/server.ts';
import { sharedDataPath } from '../tests/shared-data.ts';
import { DEFAULT_COLORS } from '../lib/settings/detect-settings.ts';
import { highlightCss } from '../lib/highlight/styles.ts';
import { listingCard } from './listing-page.ts';
import { median } from './page-measures.ts';
import { generatedPages, launchPlain } from './page-side.ts';
import { LISTINGS_PAGE } from './responsiveness.ts';
import { traced } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const universal = highlightCss(DEFAULT_COLORS, () => true, DEFAULT_COLORS);
const SHEETS = { none: '', universal, root: universal.replace(/::highlight/g, ':root::highlight') };
type Variant = keyof typeof SHEETS;
const STEPS = ['ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'];
const cards = Array.from({ length: 500 }, (_, i) => listingCard(2000 + i)).join('\n');

/** Adds the sheet and registers the titles near the view; resolves once the page has rendered them and settled. */
const setUp = (css: string) =>
  new Promise<void>((resolve) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [sheet];
    const highlight = new Highlight();
    for (const title of document.querySelectorAll('h3')) {
      const { top, bottom } = title.getBoundingClientRect();
      if (bottom < -innerHeight || top > 2 * innerHeight) continue;
      const range = new Range();
      range.setStart(title.firstChild!, 0);
      range.setEnd(title.firstChild!, 3);
      highlight.add(range);
    }
    CSS.highlights.set('spoor-app-ii', highlight);
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)));
  });

/** Appends the cards; resolves after the second frame from the insertion (marked for the trace). */
const append = (html: string) =>
  new Promise<void>((resolve) => {
    performance.mark('bench:insert');
    document.querySelector('#results')!.insertAdjacentHTML('beforeend', html);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark('bench:rendered');
        setTimeout(resolve, 50);
      }),
    );
  });

const server = await startServer([sharedDataPath('pages')], [generatedPages]);
const plain = await launchPlain();
const results = new Map<Variant, number[][]>();
try {
  for (let run = -1; run < RUNS; run++)
    for (const variant of Object.keys(SHEETS) as Variant[]) {
      const page = await plain.context.newPage();
      await page.goto(`${server.origin}${LISTINGS_PAGE}`, { waitUntil: 'load' });
      await page.evaluate(setUp, SHEETS[variant]);
      const cdp = await plain.context.newCDPSession(page);
      const { events } = await traced(cdp, 'devtools.timeline,blink.user_timing', () => page.evaluate(append, cards));
      await page.close();
      const insert = events.find((e) => e.name === 'bench:insert')!;
      const rendered = events.find((e) => e.name === 'bench:rendered')!;
      const cpuOf = (name: string) =>
        events
          .filter((e) => e.ph === 'X' && e.tid === insert.tid && e.name === name)
          .filter((e) => e.ts + (e.dur ?? 0) >= insert.ts && e.ts <= rendered.ts)
          .reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
      if (run >= 0) results.set(variant, [...(results.get(variant) ?? []), STEPS.map(cpuOf)]);
    }
} finally {
  await plain.close();
  await server.close();
}
console.log(`500 listings appended to ${LISTINGS_PAGE} without Spoor, CPU ms of the renderer's main thread`);
console.log(`| Spoor's rules | ${STEPS.join(' | ')} (median; each load) |`);
for (const [variant, loads] of results) {
  const steps = STEPS.map(
    (_, i) => `${median(loads.map((load) => load[i]!)).toFixed(1)} (${loads.map((l) => l[i]!.toFixed(0)).join(' ')})`,
  );
  console.log(`| ${variant} | ${steps.join(' | ')} |`);
}
