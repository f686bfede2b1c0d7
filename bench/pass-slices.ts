/**
 * The 2,000-listing page's first pass alone, untraced, builds alternated in the same minutes: per load the pass's
 * `spoor:pass` figures (its time in slices and its longest slice, clock), then each build's median and worst. Quicker
 * than `npm run bench` (which also measures the badge, the popup and the append) when only the pass changed.
 * BENCH_PAGE_RUNS loads (7) per build after a warm-up; BENCH_OTHER_BUILD=<folder holding chrome-mv3>: another build.
 *   npm run build:chrome && BENCH_OTHER_BUILD=/work/base-build node --experimental-transform-types --no-warnings \
 *     --import ./bench/ts-paths.ts bench/pass-slices.ts
 */
import { measureAlternated } from './alternated-builds.ts';
import { median } from './page-measures.ts';
import { LISTINGS_PAGE } from './responsiveness.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 7);

const builds = await measureAlternated(LISTINGS_PAGE, RUNS, async (extension, url) => {
  const page = await extension.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('spoor:pass').length > 0, undefined, {
      timeout: 120_000,
    });
    return await page.evaluate(
      () =>
        (performance.getEntriesByName('spoor:pass')[0] as PerformanceMeasure).detail as {
          ms: number;
          longestSliceMs: number;
        },
    );
  } finally {
    await page.close();
  }
});
const listed = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');
for (const { name, results } of builds) {
  const passes = results.map(({ ms }) => ms);
  const slices = results.map(({ longestSliceMs }) => longestSliceMs);
  console.log(`${name}: pass in slices ${listed(passes)} ms (median ${median(passes).toFixed(0)})`);
  console.log(
    `  longest slice ${listed(slices)} ms (median ${median(slices).toFixed(1)}, worst ${Math.max(...slices).toFixed(1)})`,
  );
}
