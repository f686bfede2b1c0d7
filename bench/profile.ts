/**
 * Where the content script's time goes on the generated 2,000-listing page (load and first pass) and on 500
 * listings appended to it at the list's end, scrolled there as in the bench (issue 14), in real Chromium with a built
 * extension:
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/profile.ts
 * Prints, as medians of PROFILE_RUNS loads (5, after a warm-up), the content script's main-thread CPU time from a
 * trace (thread time: a busy machine inflates it far less than the clock), the pass's own `spoor:pass` figures
 * with the CPU of the content script's calls inside that measure (the target's "Spoor's CPU"), and for the append
 * the time from the insertion to the pass and to the frame showing the first new card's highlight (the card in view:
 * the painter registers only ranges near the view, so the last card far below it may never show one).
 * PROFILE_TOP=1 adds each function's self and total time from a CPU profile (readable with an unminified build:
 * vite's `build.minify` off, into another SPOOR_OUT_DIR). PROFILE_HEAP=1 adds what each function allocated during
 * the load and first pass (a sampling heap profile that keeps the objects GC has collected since: what the pass
 * allocates, not what it keeps), for the functions under the content script; PROFILE_HEAP_SAVE=<file> also writes
 * that profile (JSON), to compare two builds function by function; PROFILE_CPU_SAVE=<file> writes PROFILE_TOP's CPU
 * profile of the load (JSON, with each function's ticks per line: `positionTicks`). PROFILE_EXTENSION=<built
 * folder> measures another build, e.g. main's, in the same minutes. PROFILE_HOSTILE=<name> loads that page of
 * tests/e2e/reliability/hostile instead (e.g. ten-megabytes: one 10 MB text node), without the append;
 * PROFILE_PAGE=<file> a real page of ../shared/data/pages (e.g. ebay-com-item.html), without the append.
 * Each timed load also prints what the engine did inside the pass's calls, by trace event (layout, style, GC).
 * BENCH_DICTIONARIES=checklist imports the full checklist first (as bench/alternated-builds.ts does). PROFILE_RUNS=0
 * with PROFILE_TOP=1 gives the profiles alone (a warm-up load, then the profiled load and append): a CPU profile
 * samples thread time, so its proportions hold on a busy machine where timed runs take minutes.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { heavyPages } from '../tests/e2e/reliability/hostile/heavy-pages.ts';
import { serveHostilePages } from '../tests/e2e/reliability/hostile/page.ts';
import { sharedDataPath } from '../tests/shared-data.ts';
import { listingCard } from './listing-page.ts';
import { median, setSettings } from './page-measures.ts';
import { generatedPages } from './page-side.ts';
import { LISTINGS_PAGE } from './responsiveness.ts';
import { importFullChecklist } from './checklist.ts';
import { traced } from './trace.ts';

const RUNS = Number(process.env.PROFILE_RUNS ?? 5);
const TOP = process.env.PROFILE_TOP === '1';
const HEAP = process.env.PROFILE_HEAP === '1';
const HOSTILE = heavyPages.find((page) => page.name === process.env.PROFILE_HOSTILE);
if (process.env.PROFILE_HOSTILE && !HOSTILE) throw new Error(`no heavy page named ${process.env.PROFILE_HOSTILE}`);
const REAL_PAGE = process.env.PROFILE_PAGE;
/** Only the generated page gets the 500 appended listings. */
const APPENDS = !HOSTILE && !REAL_PAGE;
const appendedCards = Array.from({ length: 500 }, (_, i) => listingCard(2000 + i)).join('\n');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Whether a script is Spoor's in the page: the content script, or a file it had injected (the slicer, scanner and
 * painter of page-detect.js, the second stage's full-scan.js), all served from the extension's origin.
 */
const isSpoors = (url: string | undefined) =>
  !!url && (url.includes('content-scripts/') || url.startsWith('chrome-extension://'));

const keyOf = ({ functionName, url, lineNumber }: ProfileNode['callFrame']) => {
  const file = url.split('/').slice(-2).join('/');
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
};

/**
 * Per function, its self time and its total time (itself and what it called, each sample counted once), in ms,
 * and the time with the content script on the stack.
 */
function times(profile: Profile): {
  self: Map<string, number>;
  total: Map<string, number>;
  spoor: number;
  gc: number;
} {
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let spoor = 0;
  let gc = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    // The collector has no caller in a CPU profile: counted apart, whoever's allocations it follows.
    if (node.callFrame.functionName === '(garbage collector)') gc += ms;
    self.set(keyOf(node.callFrame), (self.get(keyOf(node.callFrame)) ?? 0) + ms);
    const seen = new Set<string>();
    let inSpoor = false;
    for (let frame: ProfileNode | undefined = node; frame; frame = parent.get(frame.id)) {
      inSpoor ||= isSpoors(frame.callFrame.url);
      seen.add(keyOf(frame.callFrame));
    }
    if (!inSpoor) return;
    spoor += ms;
    for (const key of seen) total.set(key, (total.get(key) ?? 0) + ms);
  });
  return { self, total, spoor, gc };
}

function printTop(title: string, profile: Profile): void {
  const { self, total, spoor, gc } = times(profile);
  console.log(
    `\n${title}: ${spoor.toFixed(1)} ms with the content script on the stack, ` +
      `${gc.toFixed(1)} ms in the garbage collector (the page's share included)`,
  );
  console.log('  total ms   self ms  function');
  for (const [key, ms] of [...total].sort((a, b) => b[1] - a[1])) {
    if (ms < spoor / 100) break;
    console.log(`  ${ms.toFixed(1).padStart(8)}  ${(self.get(key) ?? 0).toFixed(1).padStart(8)}  ${key}`);
  }
}

interface HeapNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

/** Per function under the content script, the bytes it allocated itself and with what it called. */
function printAllocations(title: string, head: HeapNode): void {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let spoor = 0;
  const visit = (node: HeapNode, stack: string[], inSpoor: boolean) => {
    const key = keyOf(node.callFrame);
    const here = inSpoor || isSpoors(node.callFrame.url);
    const path = [...stack, key];
    if (here && node.selfSize > 0) {
      spoor += node.selfSize;
      self.set(key, (self.get(key) ?? 0) + node.selfSize);
      for (const frame of new Set(path)) total.set(frame, (total.get(frame) ?? 0) + node.selfSize);
    }
    for (const child of node.children) visit(child, path, here);
  };
  visit(head, [], false);
  const kB = (bytes: number) => (bytes / 1024).toFixed(0).padStart(8);
  console.log(`\n${title}: ${kB(spoor).trim()} kB allocated with the content script on the stack`);
  console.log('  total kB   self kB  function');
  for (const [key, bytes] of [...total].sort((a, b) => b[1] - a[1])) {
    if (bytes < spoor / 100) break;
    console.log(`  ${kB(bytes)}  ${kB(self.get(key) ?? 0)}  ${key}`);
  }
}

/** What `work` allocated, sampled every 4 kB, the objects collected since included. */
async function heapProfiled(cdp: CDPSession, work: () => Promise<unknown>): Promise<HeapNode> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await work();
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  if (process.env.PROFILE_HEAP_SAVE) writeFileSync(process.env.PROFILE_HEAP_SAVE, JSON.stringify(profile));
  return profile.head as unknown as HeapNode;
}

async function profiled<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; profile: Profile }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  return { result, profile: profile as unknown as Profile };
}

/**
 * The content script's main-thread CPU time while `work` runs, from a trace: the thread time of every top-level
 * call into content.js (slices, observer callbacks, the dictionary load), which a busy machine inflates far less
 * than the clock. Also the longest such call, in thread time.
 */
async function cpuOf<T>(
  cdp: CDPSession,
  work: () => Promise<T>,
): Promise<{
  result: T;
  cpuMs: number;
  longestMs: number;
  longestCall: string;
  passCpuMs: number;
  passLongestMs: number;
  passInside: Map<string, { count: number; ms: number }>;
}> {
  const { result, events } = await traced(cdp, 'devtools.timeline,blink.user_timing,v8', work);
  // The pass's window in the trace's clock: its `spoor:pass` measure (the last one: the append's, after a load's).
  const marks = events.filter((e) => e.name === 'spoor:pass');
  const passEnd = Math.max(...marks.filter((e) => e.ph === 'e' || e.ph === 'E').map((e) => e.ts));
  const passStart = Math.max(
    ...marks.filter((e) => (e.ph === 'b' || e.ph === 'B') && e.ts <= passEnd).map((e) => e.ts),
  );
  let passCpuMs = 0;
  let passLongestMs = 0;
  const calls = events
    .filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && isSpoors(e.args?.data?.url))
    .sort((a, b) => a.ts - b.ts);
  let cpuMs = 0;
  let longestMs = 0;
  let longestCall = '';
  let coveredUntil = -Infinity;
  const onThread = events.filter(
    (e) => e.ph === 'X' && e.name !== 'FunctionCall' && e.pid === calls[0]?.pid && e.tid === calls[0]?.tid,
  );
  const passInside = new Map<string, { count: number; ms: number }>();
  for (const call of calls) {
    if (call.ts < coveredUntil) continue;
    coveredUntil = call.ts + (call.dur ?? 0);
    const ms = (call.tdur ?? call.dur ?? 0) / 1000;
    cpuMs += ms;
    if (call.ts >= passStart && call.ts < passEnd) {
      passCpuMs += ms;
      passLongestMs = Math.max(passLongestMs, ms);
      for (const e of onThread) {
        if (e.ts < call.ts || e.ts >= coveredUntil) continue;
        const kind = passInside.get(e.name) ?? { count: 0, ms: 0 };
        passInside.set(e.name, { count: kind.count + 1, ms: kind.ms + (e.tdur ?? e.dur ?? 0) / 1000 });
      }
    }
    if (ms > longestMs) {
      longestMs = ms;
      longestCall = `${call.args?.data?.functionName || '(anonymous)'}:${(call.args?.data?.lineNumber ?? 0) + 1}`;
    }
  }
  return { result, cpuMs, longestMs, longestCall, passCpuMs, passLongestMs, passInside };
}

/**
 * What the engine did inside the pass's calls, by trace event (CPU ms where the trace has it): layout
 * (`Layout`), style (`UpdateLayoutTree`), garbage collection (`MinorGC`, `MajorGC`); the rest of the pass is script.
 * The V8.GC_… events are phases inside MinorGC and MajorGC, left out.
 */
function printInside(title: string, passCpuMs: number, inside: Map<string, { count: number; ms: number }>): void {
  const kinds = [...inside]
    .filter(([name]) => !name.startsWith('V8.GC'))
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 8);
  console.log(
    `${title}: the pass's own CPU ${passCpuMs.toFixed(1)} ms, inside it: ` +
      kinds.map(([name, { count, ms }]) => `${name} ${ms.toFixed(1)} (${count})`).join(', '),
  );
}

const passOf = (page: Page) =>
  page.evaluate(async () => {
    while (performance.getEntriesByName('spoor:pass').length === 0) await new Promise((r) => setTimeout(r, 10));
    const pass = performance.getEntriesByName('spoor:pass')[0] as PerformanceMeasure;
    return { wallMs: pass.duration, ...(pass.detail as { ms: number; longestSliceMs: number }) };
  });

/**
 * The reader at the list's end, as in the bench (responsiveness.ts, append-timeline.ts), settled: the appended cards
 * come in view, and the frame showing them owes the reader their first blocks' highlights.
 */
const scrollToEnd = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((settled) => {
        scrollTo(0, document.documentElement.scrollHeight);
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(settled)), 250);
      }),
  );

/** Appends the cards; resolves with the insertion → next pass start, pass end, and highlighted frame. */
const append = (page: Page) =>
  page.evaluate(
    (cards) =>
      new Promise<{ passStartMs: number; passEndMs: number; passWorkMs: number; highlightedMs: number }>((resolve) => {
        const results = document.querySelector('#results')!;
        const before = results.children.length;
        const start = performance.now();
        results.insertAdjacentHTML('beforeend', cards);
        const firstNew = results.children[before]!;
        const painted = () =>
          [...CSS.highlights.values()].some((h) => [...h].some((r) => firstNew.contains((r as Range).startContainer)));
        const watch = () => {
          if (!painted()) return void requestAnimationFrame(watch);
          const highlightedMs = performance.now() - start;
          const check = () => {
            const pass = performance.getEntriesByName('spoor:pass').find((e) => e.startTime >= start) as
              PerformanceMeasure | undefined;
            if (!pass) return void setTimeout(check, 10);
            resolve({
              passStartMs: pass.startTime - start,
              passEndMs: pass.startTime + pass.duration - start,
              passWorkMs: (pass.detail as { ms: number }).ms,
              highlightedMs,
            });
          };
          check();
        };
        requestAnimationFrame(watch);
      }),
    appendedCards,
  );

const server = HOSTILE
  ? await serveHostilePages([HOSTILE])
  : await startServer(REAL_PAGE ? [sharedDataPath('pages')] : [], [generatedPages]);
const url = server.url(HOSTILE ? `/${HOSTILE.name}.html` : REAL_PAGE ? `/${REAL_PAGE}` : LISTINGS_PAGE);
const extension = await launchWithExtension(
  process.env.PROFILE_EXTENSION ? { extension: process.env.PROFILE_EXTENSION } : {},
);
try {
  await setSettings(extension, { performanceMarks: true, paused: false });
  if (process.env.BENCH_DICTIONARIES === 'checklist') await importFullChecklist(extension);
  const loads: (Omit<Awaited<ReturnType<typeof cpuOf>>, 'result' | 'passInside'> & {
    ms: number;
    longestSliceMs: number;
  })[] = [];
  const appends: (Awaited<ReturnType<typeof append>> & { cpuMs: number; passCpuMs: number })[] = [];
  // The first load warms the HTTP cache and the compiled code; PROFILE_TOP=1 and PROFILE_HEAP=1 each profile one more
  // load, not timed.
  for (let run = 0; run <= RUNS + (TOP ? 1 : 0) + (HEAP ? 1 : 0); run++) {
    const page = await extension.context.newPage();
    const cdp = await extension.context.newCDPSession(page);
    const load = () => page.goto(url, { waitUntil: 'domcontentloaded' }).then(() => passOf(page));
    if (HEAP && run === RUNS + 1 + (TOP ? 1 : 0)) {
      const name = REAL_PAGE ?? HOSTILE?.name ?? '2,000 listings';
      printAllocations(`${name}, load and first pass`, await heapProfiled(cdp, load));
    } else if (TOP && run === RUNS + 1) {
      const { profile } = await profiled(cdp, load);
      if (process.env.PROFILE_CPU_SAVE) writeFileSync(process.env.PROFILE_CPU_SAVE, JSON.stringify(profile));
      printTop(`${REAL_PAGE ?? HOSTILE?.name ?? '2,000 listings'}, load and first pass`, profile);
      if (APPENDS) await scrollToEnd(page);
      if (APPENDS) printTop('500 appended listings', (await profiled(cdp, () => append(page))).profile);
    } else if (run === 0) {
      // The warm-up is not timed: no trace to wait for (at load 15 one did not end).
      await load();
      if (APPENDS) await scrollToEnd(page).then(() => append(page));
    } else {
      const loaded = await cpuOf(cdp, load);
      if (APPENDS) await scrollToEnd(page);
      const appended = !APPENDS ? undefined : await cpuOf(cdp, () => append(page));
      const { result, passInside, ...cpu } = loaded;
      printInside(`load ${run}`, cpu.passCpuMs, passInside);
      if (appended) printInside(`append ${run}`, appended.passCpuMs, appended.passInside);
      loads.push({ ...cpu, ...result });
      if (appended) appends.push({ ...appended.result, cpuMs: appended.cpuMs, passCpuMs: appended.passCpuMs });
    }
    await page.close();
  }
  const mid = <T>(list: T[], key: keyof T) => median(list.map((item) => item[key] as number)).toFixed(1);
  const worst = <T>(list: T[], key: keyof T) => Math.max(...list.map((item) => item[key] as number)).toFixed(1);
  // PROFILE_RUNS=0 with PROFILE_TOP=1: the profile alone, no timed load to sum up.
  const longest = loads.reduce((a, b) => (b.longestMs > a.longestMs ? b : a), loads[0]!);
  if (longest)
    console.log(
      `\nLoad, median of ${RUNS}: content script CPU ${mid(loads, 'cpuMs')} ms (dictionary load included), longest ` +
        `call ${longest.longestMs.toFixed(1)} ms CPU (${longest.longestCall}); first pass in slices ${mid(loads, 'ms')} ms, longest slice ` +
        `${worst(loads, 'longestSliceMs')} ms (clock); the pass's own CPU ${mid(loads, 'passCpuMs')} ms, its longest call ` +
        `${worst(loads, 'passLongestMs')} ms CPU (worst run)`,
    );
  if (APPENDS && appends[0])
    console.log(
      `Append, median of ${RUNS}: content script CPU ${mid(appends, 'cpuMs')} ms; pass starts ${mid(appends, 'passStartMs')} ` +
        `ms after the insertion, ends ${mid(appends, 'passEndMs')} ms (${mid(appends, 'passWorkMs')} ms in slices, ` +
        `${mid(appends, 'passCpuMs')} ms CPU); ` +
        `first new card highlighted in the frame at ${mid(appends, 'highlightedMs')} ms`,
    );
} finally {
  await extension.close();
  await server.close();
}
