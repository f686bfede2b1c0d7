/**
 * Whose are a page's long tasks: loads a page (BENCH_TRACE_PAGE, default the eBay item page of ../shared/data/pages)
 * with Spoor under a trace and lists every task of the page's main thread that took 50 ms or more from navigation
 * to Spoor's first pass and 1.5 s after it, with the part of it spent in Spoor's scripts (the content script's and
 * injected modules' calls and evaluation: clock and thread time), and Spoor's own longest task. BENCH_PAGE_RUNS loads
 * (5) after a warm-up; with BENCH_OTHER_BUILD=<folder holding chrome-mv3> two builds alternate. BENCH_TASK_PARTS=1
 * prints what each long task holds (a storage reply is a `SimpleWatcher::OnHandleReady` whose microtasks run Spoor's
 * code without a call event); BENCH_TASK_PROFILE=1 adds the sampled functions in it (an unminified build names them),
 * BENCH_TASK_TIMELINE=1 their order, and each long task's samples inside Spoor's scripts (a stack holding a
 * chrome-extension:// frame: the microtasks of storage replies too, which the call events miss). BENCH_TASK_OTHERS=1
 * adds the CPU other threads ran during each long task (the extension's service worker, other frames' renderers, the
 * GPU): on 2 cores a task's clock time stretches with what runs beside it.
 * BENCH_DICTIONARIES=checklist imports the full checklist into each build first. BENCH_WITHOUT_SPOOR=1 alternates a
 * browser without any extension too, its window the load event and BENCH_PLAIN_WAIT_MS (4,000) more, so the page's
 * own long tasks are seen in the same minutes.
 *   npm run build:chrome && node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/long-tasks-trace.ts
 *   BENCH_TRACE_PAGE=/avito-ru-search.html BENCH_DICTIONARIES=checklist BENCH_WITHOUT_SPOOR=1 BENCH_TASK_PARTS=1 \
 *     BENCH_TASK_PROFILE=1 node … bench/long-tasks-trace.ts
 */
import type { BrowserContext } from 'playwright-core';
import { measureAlternated } from './alternated-builds.ts';
import { traced, type TraceEvent } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const PAGE = process.env.BENCH_TRACE_PAGE ?? '/ebay-com-item.html';
const LONG_MS = 50;
const SETTLE_MS = 1_500;
const PLAIN_WAIT_MS = Number(process.env.BENCH_PLAIN_WAIT_MS ?? 4_000);
const SAMPLE_MS = 0.2;

interface LongTasks {
  /** Each long task: its clock and thread time, Spoor's part of it, and what it holds (name → CPU ms). */
  long: { ms: number; cpuMs: number; spoorMs: number; spoorCpuMs: number; spoorSampledMs?: number; parts: string }[];
  /** The task with the most of Spoor's time: that time, clock and thread. */
  spoorLongestMs: number;
  spoorLongestCpuMs: number;
  /** The page's task with the most thread time, whoever's: on a busy machine long clock tasks are mostly waits. */
  longestCpuMs: number;
}

const CATEGORIES = 'toplevel,devtools.timeline,v8,blink.user_timing,ipc,extensions,mojom';
const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/**
 * BENCH_TASK_OTHERS=1: the CPU of the tasks of every other thread inside [from, to), by process and thread name, the
 * four largest (a task straddling an edge counts by its share of the window).
 */
function othersDuring(events: TraceEvent[], page: { pid: number; tid: number }, from: number, to: number): string {
  const names = new Map<string, string>();
  for (const e of events as (TraceEvent & { args?: { name?: string } })[])
    if (e.ph === 'M' && (e.name === 'thread_name' || e.name === 'process_name'))
      names.set(e.name === 'thread_name' ? `${e.pid}/${e.tid}` : `${e.pid}`, e.args?.name ?? '?');
  const sums = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || (e.pid === page.pid && e.tid === page.tid))
      continue;
    const end = e.ts + (e.dur ?? 0);
    const overlap = Math.min(end, to) - Math.max(e.ts, from);
    if (overlap <= 0) continue;
    const key = `${names.get(`${e.pid}`) ?? e.pid}:${names.get(`${e.pid}/${e.tid}`) ?? e.tid}`;
    sums.set(key, (sums.get(key) ?? 0) + (cpu(e) * overlap) / Math.max(1, e.dur ?? 0));
  }
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([key, ms]) => `${key} ${ms.toFixed(1)}`)
    .join(', ');
}

/**
 * What a task holds, two levels down: each event directly under it (and, for the longest of those, under that),
 * with its CPU; a storage reply is a `SimpleWatcher::OnHandleReady` holding the extension's callback and the
 * microtasks that run Spoor's code waiting on it (`RunMicrotasks`, not counted as Spoor's calls above).
 */
function partsOf(task: TraceEvent, thread: TraceEvent[]): string {
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const children = (parent: TraceEvent) => {
    const inside = thread
      .filter((e) => e !== parent && e.ts >= parent.ts && end(e) <= end(parent))
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const top: TraceEvent[] = [];
    let last = -Infinity;
    for (const e of inside)
      if (e.ts >= last) {
        top.push(e);
        last = end(e);
      }
    return top;
  };
  const label = (e: TraceEvent) => {
    const url = e.args?.data?.url?.split('/').slice(-1)[0];
    return url ? `${e.name} ${url}` : e.name;
  };
  const describe = (list: TraceEvent[]) => {
    const sums = new Map<string, number>();
    for (const e of list) sums.set(label(e), (sums.get(label(e)) ?? 0) + cpu(e));
    return [...sums]
      .sort((a, b) => b[1] - a[1])
      .filter(([, ms]) => ms >= 0.5)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(', ');
  };
  // Down the chain of the biggest event at each level, while one holds most of its parent.
  let text = '';
  let parent: TraceEvent | undefined = task;
  for (let depth = 0; parent && depth < 6; depth++) {
    const below = children(parent);
    if (!below.length) break;
    text += `${depth ? ` [in ${label(parent)}: ` : '['}${describe(below)}]`;
    parent = below.reduce((a, b) => (cpu(a) >= cpu(b) ? a : b));
  }
  return text;
}

const isSpoor = (e: TraceEvent) =>
  (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
  !!e.args?.data?.url?.startsWith('chrome-extension://');

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** BENCH_TASK_PROFILE=1: the sampled functions (samples of 0.2 ms, their script) inside [from, to), the six largest. */
function sampledIn(profile: Profile, from: number, to: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes as { id: number; children?: number[] }[])
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  if (process.env.BENCH_TASK_TIMELINE) {
    const runs: [string, number][] = [];
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      at += profile.timeDeltas[i] ?? 0;
      if (at < from || at >= to) return;
      const chain: string[] = [];
      for (let n: number | undefined = id; n !== undefined && chain.length < 12; n = parentOf.get(n))
        chain.push(byId.get(n)!.functionName || '?');
      const key = chain
        .filter((name) => name !== '?' && name !== '(root)')
        .slice(0, 5)
        .join('<');
      if (runs.at(-1)?.[0] === key) runs.at(-1)![1]++;
      else runs.push([key, 1]);
    });
    console.log(`    timeline ${from}: ${runs.map(([k, n]) => `${k}×${n}`).join(' | ')}`);
  }
  const self = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t < from || t >= to) return;
    const frame = byId.get(id)!;
    const key = `${frame.functionName || '(anonymous)'}@${frame.url.split('/').slice(-1)[0] || '-'}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  });
  // Samples, not their deltas: on a busy machine the sampler's own delays stretch the deltas.
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([key, samples]) => `${key} ${samples}`)
    .join(', ');
}

/** BENCH_TASK_PROFILE=1: the samples inside [from, to) whose stack holds a frame of Spoor's scripts, in ms. */
function spoorSampled(profile: Profile, from: number, to: number): number {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes as { id: number; children?: number[] }[])
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const node = profile.nodes.find((n) => n.id === id)!;
      const parent = parentOf.get(id);
      known = node.callFrame.url.startsWith('chrome-extension://') || (parent !== undefined && isOurs(parent));
      ours.set(id, known);
    }
    return known;
  };
  let t = profile.startTime;
  let samples = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t >= from && t < to && isOurs(id)) samples++;
  });
  return samples * SAMPLE_MS;
}

async function tracedLoad(context: BrowserContext, url: string, withSpoor: boolean): Promise<LongTasks> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const profiling = process.env.BENCH_TASK_PROFILE === '1';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const { events } = await traced(cdp, CATEGORIES, async () => {
    if (!withSpoor) {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForTimeout(PLAIN_WAIT_MS);
      return;
    }
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('spoor:pass').length > 0, undefined, {
      timeout: 120_000,
    });
    await page.waitForTimeout(SETTLE_MS);
  });
  const profile = profiling ? ((await cdp.send('Profiler.stop')).profile as unknown as Profile) : undefined;
  await page.close();
  // The page's main thread: where Spoor's calls run, or without Spoor where the page's HTML is parsed.
  const call = withSpoor ? events.find(isSpoor) : events.find((e) => e.name === 'ParseHTML');
  if (!call) throw new Error(withSpoor ? 'no call into Spoor in the trace' : "no page's HTML parsed in the trace");
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
        spoorSampledMs: profile && (task.dur ?? 0) >= LONG_MS * 1000 ? spoorSampled(profile, task.ts, end) : undefined,
        parts:
          (task.dur ?? 0) >= LONG_MS * 1000
            ? partsOf(task, events.filter(onPageThread)) +
              (profile ? ` {sampled: ${sampledIn(profile, task.ts, end)}}` : '') +
              (process.env.BENCH_TASK_OTHERS ? ` <others: ${othersDuring(events, call, task.ts, end)}>` : '')
            : '',
      };
    });
  const longestSpoor = tasks.reduce((best, task) => (task.spoorCpuMs > best.spoorCpuMs ? task : best), tasks[0]!);
  return {
    long: tasks.filter((task) => task.ms >= LONG_MS),
    spoorLongestMs: longestSpoor.spoorMs,
    spoorLongestCpuMs: longestSpoor.spoorCpuMs,
    longestCpuMs: Math.max(0, ...tasks.map((task) => task.cpuMs)),
  };
}

const builds = await measureAlternated(
  PAGE,
  RUNS,
  (extension, url) => tracedLoad(extension.context, url, true),
  (context, url) => tracedLoad(context, url, false),
);
console.log(`${PAGE}, ${RUNS} loads per build: tasks ≥ ${LONG_MS} ms (clock / CPU, of which Spoor's clock / CPU)`);
for (const { name, results } of builds) {
  console.log(name);
  for (const [run, { long, spoorLongestMs, spoorLongestCpuMs, longestCpuMs }] of results.entries()) {
    const list = long.map(
      (t) =>
        `${t.ms.toFixed(0)} / ${t.cpuMs.toFixed(0)} (Spoor ${t.spoorMs.toFixed(1)} / ${t.spoorCpuMs.toFixed(1)}` +
        (t.spoorSampledMs === undefined ? ')' : `, sampled ${t.spoorSampledMs.toFixed(1)})`) +
        (process.env.BENCH_TASK_PARTS ? `\n      ${t.parts}` : ''),
    );
    console.log(
      `  load ${run + 1}: ${list.join(', ') || 'none'}; Spoor's longest task ` +
        `${spoorLongestMs.toFixed(1)} ms clock / ${spoorLongestCpuMs.toFixed(1)} ms CPU; the longest task's CPU ` +
        `${longestCpuMs.toFixed(1)} ms`,
    );
  }
}
