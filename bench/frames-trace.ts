/**
 * Where Spoor's time goes on the 20-frame page (issue 14: "a page with 20 iframes costs at most 2× the same page
 * without them"), from a trace of its load in real Chromium: per load, the main-thread CPU (thread time) of every
 * task that runs the content script, summed, and the longest such task; the longest task of the page's main thread
 * whatever it ran; and, for the longest Spoor task, what it was made of. The frames are same-origin, so every frame's
 * content script runs on the page's one main thread. Medians of BENCH_PAGE_RUNS loads (5) after a warm-up; with
 * BENCH_OTHER_BUILD=<folder holding chrome-mv3> the two builds alternate; BENCH_DICTIONARIES=checklist imports the
 * full checklist into each first; BENCH_FRAMES_PAGE=frames-0 traces the same page without its frames.
 *   npm run build:chrome && node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/frames-trace.ts
 */
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { measureAlternated } from './alternated-builds.ts';
import { median } from './page-measures.ts';
import { traced, type TraceEvent } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const PAGE = `/generated/${process.env.BENCH_FRAMES_PAGE ?? 'frames-20'}.html`;

interface FramesLoad {
  /** Main-thread CPU of the tasks that ran the content script (evaluation or a call into it). */
  spoorCpuMs: number;
  spoorTasks: number;
  longestSpoorTaskMs: number;
  longestSpoorTaskCpuMs: number;
  /** The longest task of the page's main thread, whatever ran in it (wall). */
  longestTaskMs: number;
  /** The longest Spoor task's parts: name (and script) → CPU ms. */
  parts: [string, number][];
}

const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
const isSpoor = (e: TraceEvent) =>
  (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') &&
  (e.args?.data?.url ?? '').includes('chrome-extension://');

/** The events directly under a task (not inside another of them), by name and script. */
function partsOf(task: TraceEvent, inside: TraceEvent[]): [string, number][] {
  if (process.env.FRAMES_TRACE_CALLS) {
    for (const e of inside.filter(
      (e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'MajorGC' || e.name === 'MinorGC',
    ))
      console.log(
        '   ',
        e.name,
        (e.args?.data as any)?.frame,
        e.args?.data?.functionName,
        e.args?.data?.url?.split('/').slice(-1)[0],
        cpu(e).toFixed(1),
      );
  }
  const sorted = inside.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const top: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts >= end) {
      top.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  const sums = new Map<string, number>();
  for (const e of top) {
    const url = e.args?.data?.url?.split('/').slice(-1)[0];
    const key = url ? `${e.name} ${url}` : e.name;
    sums.set(key, (sums.get(key) ?? 0) + cpu(e));
  }
  const covered = top.reduce((sum, e) => sum + cpu(e), 0);
  sums.set('(task, outside these)', cpu(task) - covered);
  return [...sums].sort((a, b) => b[1] - a[1]);
}

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** Per function (with its callers' chain cut to 3), the sampled time inside [from, to). */
function printSelf(profile: Profile, from: number, to: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t < from || t >= to) return;
    const names: string[] = [];
    for (let n: number | undefined = id; n !== undefined && names.length < 4; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      names.push(`${f.functionName || '(anon)'}:${f.lineNumber + 1}`);
    }
    const key = names.join(' < ');
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${ms.toFixed(1)} ${key}`);
}

async function tracedLoad(extension: LoadedExtension, url: string): Promise<FramesLoad> {
  const page = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(page);
  const profiling = process.env.FRAMES_TRACE_PROFILE === '1';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const { events } = await traced(cdp, 'toplevel,devtools.timeline,blink.user_timing', async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('spoor:pass').length > 0, undefined, {
      timeout: 60_000,
    });
    // Frames finish their own load and first pass after the top frame's.
    await page.waitForTimeout(1_500);
  });
  const profile = profiling ? ((await cdp.send('Profiler.stop')).profile as unknown as Profile) : undefined;
  await page.close();
  const call = events.find(isSpoor);
  if (!call) throw new Error('no call into the content script in the trace');
  const thread = events.filter((e) => e.pid === call.pid && e.tid === call.tid && e.ph === 'X');
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const within = (task: TraceEvent) =>
    thread.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0));
  const spoorTasks = tasks.filter((task) => within(task).some(isSpoor));
  const longest = spoorTasks.reduce<TraceEvent | undefined>((a, b) => (a && cpu(a) >= cpu(b) ? a : b), undefined);
  if (profile && longest) printSelf(profile, longest.ts, longest.ts + (longest.dur ?? 0));
  return {
    spoorCpuMs: spoorTasks.reduce((sum, task) => sum + cpu(task), 0),
    spoorTasks: spoorTasks.length,
    longestSpoorTaskMs: (longest?.dur ?? 0) / 1000,
    longestSpoorTaskCpuMs: longest ? cpu(longest) : 0,
    longestTaskMs: Math.max(0, ...tasks.map((task) => (task.dur ?? 0) / 1000)),
    parts: longest ? partsOf(longest, within(longest)) : [],
  };
}

const builds = await measureAlternated(PAGE, RUNS, tracedLoad);
const ms = (value: number) => value.toFixed(1);
console.log(
  `${PAGE}, median of ${RUNS} loads | Spoor's CPU ms | Spoor's tasks | longest Spoor task ms CPU (wall) ` +
    `| longest task of the page ms (wall)`,
);
for (const { name, results: list } of builds) {
  const mid = (key: 'spoorCpuMs' | 'spoorTasks' | 'longestSpoorTaskCpuMs' | 'longestSpoorTaskMs' | 'longestTaskMs') =>
    median(list.map((load) => load[key]));
  console.log(
    `${name} | ${ms(mid('spoorCpuMs'))} | ${mid('spoorTasks')} | ${ms(mid('longestSpoorTaskCpuMs'))} ` +
      `(${ms(mid('longestSpoorTaskMs'))}) | ${ms(mid('longestTaskMs'))}`,
  );
  console.log(`  Spoor's CPU per load: ${list.map((load) => load.spoorCpuMs.toFixed(0)).join(' ')}`);
  console.log(
    `  longest Spoor task CPU per load: ${list.map((load) => load.longestSpoorTaskCpuMs.toFixed(0)).join(' ')}`,
  );
  const worst = list.reduce((a, b) => (a.longestSpoorTaskCpuMs >= b.longestSpoorTaskCpuMs ? a : b));
  console.log(`  the worst load's longest Spoor task: ${worst.parts.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
}
