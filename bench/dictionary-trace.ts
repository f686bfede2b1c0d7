/**
 * A tab's "dictionary ready" (issue 14) in real Chromium, from a trace of the ad page's load: the wall time of
 * Spoor's `spoor:dictionary-load` measure, the main-thread CPU of every task the page's thread ran inside it (storage
 * replies turned into strings, the hash checks, the decode slices: thread time, which a busy machine inflates far
 * less than the clock) and the longest of those tasks. The ad page is loaded before the window opens, so the tasks
 * in it are Spoor's. Medians of BENCH_PAGE_RUNS loads (7) after a warm-up; with BENCH_OTHER_BUILD=<folder holding
 * chrome-mv3> the two builds alternate, and BENCH_DICTIONARIES=checklist imports the full checklist into each first.
 * Where the window's CPU goes (each event's own thread time, given to the innermost of these it lies in): `replies`,
 * the renderer's own handling of messages and replies (a storage reply turned into a string, outside any script);
 * `script`, Spoor's code (its calls, and the microtasks a reply resolves: the hash checks and the decode); `compile`,
 * evaluating and compiling a script (the second stage's, injected ahead in the top frame); `gc`, garbage collection;
 * `other`, the rest (the scheduler's own, layout).
 *   npm run build:chrome && node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/dictionary-trace.ts
 */
import type { Page } from 'playwright-core';
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { measureAlternated } from './alternated-builds.ts';
import { median } from './page-measures.ts';
import { AD_PAGE } from './responsiveness.ts';
import { traced, type TraceEvent } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 7);
const MEASURE = 'spoor:dictionary-load';

const PARTS = ['replies', 'script', 'compile', 'gc', 'other'] as const;
type Part = (typeof PARTS)[number];

interface DictionaryLoad extends Record<Part, number> {
  wallMs: number;
  cpuMs: number;
  longestTaskMs: number;
  tasks: number;
}

const PART_OF: Record<string, Part> = {
  'Receive mojo message': 'replies',
  'Receive mojo reply': 'replies',
  'SimpleWatcher::OnHandleReady': 'replies',
  RunMicrotasks: 'script',
  FunctionCall: 'script',
  'v8.callFunction': 'script',
  EvaluateScript: 'compile',
  'v8.compile': 'compile',
  MinorGC: 'gc',
  MajorGC: 'gc',
};

/** Each event's own thread time (less its children's), given to the innermost event of PART_OF it lies in. */
function partsOf(events: TraceEvent[], from: number, to: number): Record<Part, number> {
  const sums = Object.fromEntries(PARTS.map((part) => [part, 0])) as Record<Part, number>;
  const sorted = events
    .filter((e) => e.ts < to && e.ts + (e.dur ?? 0) > from)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { end: number; part: Part; self: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      sums[done.part] += done.self;
    }
  };
  for (const e of sorted) {
    close(e.ts);
    const own = (e.tdur ?? e.dur ?? 0) / 1000;
    const parent = stack.at(-1);
    if (parent) parent.self -= own;
    stack.push({ end: e.ts + (e.dur ?? 0), part: PART_OF[e.name] ?? parent?.part ?? 'other', self: own });
  }
  close(Infinity);
  return sums;
}

/** Loads the ad page under a trace and reads the dictionary load's window out of it. */
async function tracedLoad(extension: LoadedExtension, url: string): Promise<DictionaryLoad> {
  const page: Page = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(page);
  const { events } = await traced(cdp, 'toplevel,devtools.timeline,blink.user_timing,v8.execute', async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('spoor:pass').length > 0, undefined, {
      timeout: 60_000,
    });
  });
  await page.close();
  // The page's main thread: where the content script's calls run.
  const call = events.find((e) => e.name === 'FunctionCall' && e.args?.data?.url?.includes('content-scripts/'));
  const begin = events.find((e) => e.name === MEASURE && (e.ph === 'b' || e.ph === 'B'));
  const end = events.find((e) => e.name === MEASURE && (e.ph === 'e' || e.ph === 'E'));
  if (!call || !begin || !end) throw new Error(`no ${MEASURE} in the trace: is performanceMarks on?`);
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      e.pid === call.pid &&
      e.tid === call.tid &&
      e.ts + (e.dur ?? 0) > begin.ts &&
      e.ts < end.ts,
  );
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const onThread = events.filter((e) => e.ph === 'X' && e.pid === call.pid && e.tid === call.tid);
  const first = Math.min(...tasks.map((e) => e.ts));
  const last = Math.max(...tasks.map((e) => e.ts + (e.dur ?? 0)));
  return {
    ...partsOf(onThread, first, last),
    wallMs: (end.ts - begin.ts) / 1000,
    cpuMs: tasks.reduce((sum, e) => sum + cpu(e), 0),
    longestTaskMs: Math.max(0, ...tasks.map(cpu)),
    tasks: tasks.length,
  };
}

const builds = await measureAlternated(AD_PAGE, RUNS, tracedLoad);
const mid = (list: DictionaryLoad[], key: keyof DictionaryLoad) => median(list.map((load) => load[key]));
console.log(`median of ${RUNS} loads | dictionary load ms (clock) | CPU ms | longest task ms (CPU, worst run) | tasks`);
for (const { name, results: list } of builds) {
  console.log(
    `${name} | ${mid(list, 'wallMs').toFixed(1)} | ${mid(list, 'cpuMs').toFixed(1)} | ` +
      `${Math.max(...list.map((load) => load.longestTaskMs)).toFixed(1)} | ${mid(list, 'tasks')}`,
  );
  console.log(`  clock: ${list.map((load) => load.wallMs.toFixed(0)).join(' ')}`);
  console.log(`  CPU: ${list.map((load) => load.cpuMs.toFixed(0)).join(' ')}`);
  console.log(`  CPU's parts (medians): ${PARTS.map((part) => `${part} ${mid(list, part).toFixed(1)}`).join(', ')}`);
}
