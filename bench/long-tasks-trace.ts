/**
 * Whose are a page's long tasks: loads a page (BENCH_TRACE_PAGE, default the eBay item page of ../shared/data/pages)
 * with Spoor under a trace and lists every task of the page's main thread that took 50 ms or more from navigation
 * to Spoor's first pass and 1.5 s after it, with the part of it spent in Spoor's scripts (the content script's and
 * injected modules' calls and evaluation: clock and thread time), and Spoor's own longest task. BENCH_PAGE_RUNS loads
 * (5) after a warm-up; with BENCH_OTHER_BUILD=<folder holding chrome-mv3> two builds alternate.
 *   npm run build:chrome && node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/long-tasks-trace.ts
 */
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { measureAlternated } from './alternated-builds.ts';
import { traced, type TraceEvent } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const PAGE = process.env.BENCH_TRACE_PAGE ?? '/ebay-com-item.html';
const LONG_MS = 50;
const SETTLE_MS = 1_500;

interface LongTasks {
  /** Each long task: its clock and thread time, and Spoor's part of it. */
  long: { ms: number; cpuMs: number; spoorMs: number; spoorCpuMs: number }[];
  /** The task with the most of Spoor's time: that time, clock and thread. */
  spoorLongestMs: number;
  spoorLongestCpuMs: number;
}

const isSpoor = (e: TraceEvent) =>
  (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
  !!e.args?.data?.url?.startsWith('chrome-extension://');

async function tracedLoad(extension: LoadedExtension, url: string): Promise<LongTasks> {
  const page = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(page);
  const { events } = await traced(cdp, 'toplevel,devtools.timeline,v8,blink.user_timing', async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('spoor:pass').length > 0, undefined, {
      timeout: 120_000,
    });
    await page.waitForTimeout(SETTLE_MS);
  });
  await page.close();
  const call = events.find(isSpoor);
  if (!call) throw new Error('no call into Spoor in the trace');
  const onPageThread = (e: TraceEvent) => e.pid === call.pid && e.tid === call.tid && e.ph === 'X';
  const spoor = events.filter((e) => onPageThread(e) && isSpoor(e));
  const tasks = events
    .filter((e) => onPageThread(e) && e.name === 'ThreadControllerImpl::RunTask')
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = spoor.filter((e) => e.ts >= task.ts && e.ts < end);
      // Calls nested in another of Spoor's calls are counted once, in the outer one.
      const outer = inside.filter(
        (e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)),
      );
      const sum = (key: 'dur' | 'tdur') => outer.reduce((total, e) => total + (e[key] ?? e.dur ?? 0), 0) / 1000;
      return {
        ms: (task.dur ?? 0) / 1000,
        cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
        spoorMs: sum('dur'),
        spoorCpuMs: sum('tdur'),
      };
    });
  const longestSpoor = tasks.reduce((best, task) => (task.spoorCpuMs > best.spoorCpuMs ? task : best), tasks[0]!);
  return {
    long: tasks.filter((task) => task.ms >= LONG_MS),
    spoorLongestMs: longestSpoor.spoorMs,
    spoorLongestCpuMs: longestSpoor.spoorCpuMs,
  };
}

const builds = await measureAlternated(PAGE, RUNS, tracedLoad);
console.log(`${PAGE}, ${RUNS} loads per build: tasks ≥ ${LONG_MS} ms (clock / CPU, of which Spoor's clock / CPU)`);
for (const { name, results } of builds) {
  console.log(name);
  for (const [run, { long, spoorLongestMs, spoorLongestCpuMs }] of results.entries()) {
    const list = long.map(
      (t) => `${t.ms.toFixed(0)} / ${t.cpuMs.toFixed(0)} (Spoor ${t.spoorMs.toFixed(1)} / ${t.spoorCpuMs.toFixed(1)})`,
    );
    console.log(
      `  load ${run + 1}: ${list.join(', ') || 'none'}; Spoor's longest task ` +
        `${spoorLongestMs.toFixed(1)} ms clock / ${spoorLongestCpuMs.toFixed(1)} ms CPU`,
    );
  }
}
