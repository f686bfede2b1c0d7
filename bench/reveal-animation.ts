/**
 * What watching hidden text for the page showing it costs on a page that animates attributes all the time (hidden16,
 * lib/detect/reveal-watch.ts): loads the 20-listing page, adds 20 panels hidden by a class (a tiger name in each,
 * found hidden), waits for that pass, then for ANIMATION_MS toggles a class every animation frame (about 60 times a
 * second), first on an element beside the panels, then on the element holding them (which keeps them hidden: the
 * worst case, each look scans the 20 blocks again). Prints Spoor's calls' CPU (trace FunctionCall thread time) in
 * each phase, per second. BENCH_PAGE_RUNS loads (3) after a warm-up; BENCH_OTHER_BUILD alternates another build.
 *   npm run build:chrome && node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/reveal-animation.ts
 */
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { measureAlternated } from './alternated-builds.ts';
import { median } from './page-measures.ts';
import { traced, type TraceEvent } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const ANIMATION_MS = 3_000;
const PANELS = 20;
const PHASES = ['still', 'beside', 'above'] as const;
type Phase = (typeof PHASES)[number];

const isSpoorCall = (e: TraceEvent) =>
  e.ph === 'X' && e.name === 'FunctionCall' && !!e.args?.data?.url?.startsWith('chrome-extension://');

/** Spoor's CPU ms in the events, nested calls counted once. */
function spoorCpu(events: TraceEvent[]): { ms: number; calls: number } {
  let ms = 0;
  let calls = 0;
  let coveredUntil = -Infinity;
  for (const call of events.filter(isSpoorCall).sort((a, b) => a.ts - b.ts)) {
    if (call.ts < coveredUntil) continue;
    coveredUntil = call.ts + (call.dur ?? 0);
    ms += (call.tdur ?? call.dur ?? 0) / 1000;
    calls++;
  }
  return { ms, calls };
}

async function run(extension: LoadedExtension, url: string): Promise<Record<Phase, { ms: number; calls: number }>> {
  const page = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  const passes = (count: number) =>
    page.waitForFunction((n) => performance.getEntriesByName('spoor:pass').length >= n, count, { timeout: 120_000 });
  await passes(1);
  await page.evaluate((panels) => {
    const style = document.createElement('style');
    style.textContent = '.gone { display: none } .spin { color: red }';
    document.head.append(style);
    const holder = document.createElement('section');
    holder.id = 'holder';
    holder.innerHTML =
      '<div id="beside">Loading…</div>' +
      Array.from({ length: panels }, (_, i) => `<div class="gone"><p>Tab ${i}: Panthera tigris pelts</p></div>`).join(
        '',
      );
    document.body.append(holder);
  }, PANELS);
  await passes(2);
  const result = {} as Record<Phase, { ms: number; calls: number }>;
  for (const phase of PHASES) {
    const { events } = await traced(cdp, 'devtools.timeline', () =>
      page.evaluate(
        ({ phase, ms }) =>
          new Promise<void>((resolve) => {
            const target = phase === 'above' ? document.getElementById('holder') : document.getElementById('beside');
            const end = performance.now() + ms;
            const spin = () => {
              if (phase !== 'still') target!.classList.toggle('spin');
              if (performance.now() < end) requestAnimationFrame(spin);
              else resolve();
            };
            requestAnimationFrame(spin);
          }),
        { phase, ms: ANIMATION_MS },
      ),
    );
    result[phase] = spoorCpu(events);
  }
  await page.close();
  return result;
}

const builds = await measureAlternated('/generated/frames-0.html', RUNS, run);
console.log(
  `20-listing page + ${PANELS} hidden panels, a class toggled every frame for ${ANIMATION_MS} ms: Spoor's CPU ms ` +
    `per second (calls per second), ${RUNS} loads per build`,
);
for (const { name, results } of builds) {
  const cells = PHASES.map((phase) => {
    const perSecond = results.map((r) => (r[phase].ms * 1000) / ANIMATION_MS);
    const calls = results.map((r) => (r[phase].calls * 1000) / ANIMATION_MS);
    return `${phase}: ${perSecond.map((x) => x.toFixed(2)).join(' / ')} (median ${median(perSecond).toFixed(2)}; ${median(calls).toFixed(0)} calls/s)`;
  });
  console.log(`${name}\n  ${cells.join('\n  ')}`);
}
