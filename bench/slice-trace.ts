/**
 * What Spoor's long slices hold: loads the generated 2,000-listing page (or BENCH_TRACE_PAGE) under a trace, waits
 * for the first pass (and, on the generated page, appends 500 listings and waits for their pass), and prints per
 * phase the thread (CPU) time of Spoor's calls into its scripts (each slice is one such call): their number and sum,
 * the longest ones, how many reached 16 ms; then every call of SLICE_MIN_MS (12) or more of CPU with the trace's
 * events inside it (garbage collection, compiles…). SLICE_PROFILE=1 adds a CPU profile and, per long call, the
 * functions its samples found (self, and total with what they called; readable with an unminified build). CPU, not
 * clock: on a busy machine a slice's clock time is mostly the thread waiting for a core. SLICE_PROFILE_SAVE=<prefix>
 * also writes each phase's CPU profile (JSON) to `<prefix>-<phase>-<n>.json`, to count its samples by function.
 * BENCH_PAGE_RUNS loads (3) after a warm-up; BENCH_OTHER_BUILD=<folder holding chrome-mv3> alternates another build;
 * BENCH_DICTIONARIES=checklist imports the full checklist into each.
 *   npm run build:chrome && node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/slice-trace.ts
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { measureAlternated } from './alternated-builds.ts';
import { listingCard } from './listing-page.ts';
import { median } from './page-measures.ts';
import { LISTINGS_PAGE } from './responsiveness.ts';
import { traced, type TraceEvent } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const PAGE = process.env.BENCH_TRACE_PAGE ?? LISTINGS_PAGE;
const MIN_MS = Number(process.env.SLICE_MIN_MS ?? 12);
const PROFILE = process.env.SLICE_PROFILE === '1';
const PROFILE_SAVE = process.env.SLICE_PROFILE_SAVE;
let profilesSaved = 0;
const APPENDS = PAGE === LISTINGS_PAGE;
const TARGET_MS = 16;
const appendedCards = Array.from({ length: 500 }, (_, i) => listingCard(2000 + i)).join('\n');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface LongCall {
  name: string;
  ms: number;
  cpuMs: number;
  /** The trace's events inside the call by name (clock ms), the largest first. */
  inside: [string, number][];
  /** The profile's samples inside the call by function: self ms, and total ms (with what it called). */
  self: [string, number][];
  total: [string, number][];
}

interface Phase {
  name: 'load' | 'append';
  /** CPU ms of each of Spoor's calls, in order. */
  cpu: number[];
  long: LongCall[];
  /** The pass's own figures (`spoor:pass`): its time in slices and longest slice, clock. */
  pass: { ms: number; longestSliceMs: number };
}

const isSpoorCall = (e: TraceEvent) =>
  e.ph === 'X' && e.name === 'FunctionCall' && !!e.args?.data?.url?.startsWith('chrome-extension://');

const top = (totals: Map<string, number>, count: number): [string, number][] =>
  [...totals].sort((a, b) => b[1] - a[1]).slice(0, count);

const add = (totals: Map<string, number>, key: string, ms: number) => totals.set(key, (totals.get(key) ?? 0) + ms);

/** Each sample of a profile with its time and the functions on its stack (itself first). */
function samplesOf(profile: Profile): { ts: number; ms: number; stack: string[] }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const keyOf = ({ functionName, url, lineNumber }: ProfileNode['callFrame']) =>
    `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
  let time = profile.startTime;
  const times = profile.timeDeltas.map((delta) => (time += delta));
  return profile.samples.map((id, i) => {
    const stack: string[] = [];
    for (let node = byId.get(id); node; node = parent.get(node.id)) stack.push(keyOf(node.callFrame));
    return { ts: times[i]!, ms: ((times[i + 1] ?? times[i]!) - times[i]!) / 1000, stack };
  });
}

/** Spoor's top-level calls (nested ones counted in their caller), their CPU, and the long ones' contents. */
function callsOf(events: TraceEvent[], profile?: Profile): Pick<Phase, 'cpu' | 'long'> {
  const calls = events.filter(isSpoorCall).sort((a, b) => a.ts - b.ts);
  if (calls.length === 0) return { cpu: [], long: [] };
  const onThread = (e: TraceEvent) => e.pid === calls[0]!.pid && e.tid === calls[0]!.tid && e.ph === 'X';
  const threadEvents = events.filter((e) => onThread(e) && e.name !== 'FunctionCall');
  const samples = profile ? samplesOf(profile) : [];
  const cpu: number[] = [];
  const long: LongCall[] = [];
  let coveredUntil = -Infinity;
  for (const call of calls) {
    const end = call.ts + (call.dur ?? 0);
    if (call.ts < coveredUntil) continue;
    coveredUntil = end;
    const cpuMs = (call.tdur ?? call.dur ?? 0) / 1000;
    cpu.push(cpuMs);
    if (cpuMs < MIN_MS) continue;
    const inside = new Map<string, number>();
    for (const e of threadEvents) if (e.ts >= call.ts && e.ts < end) add(inside, e.name, (e.dur ?? 0) / 1000);
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (const sample of samples) {
      if (sample.ts < call.ts || sample.ts >= end) continue;
      add(self, sample.stack[0]!, sample.ms);
      for (const key of new Set(sample.stack)) add(total, key, sample.ms);
    }
    long.push({
      name: `${call.args?.data?.functionName || '(anonymous)'}:${(call.args?.data?.lineNumber ?? 0) + 1}`,
      ms: (call.dur ?? 0) / 1000,
      cpuMs,
      inside: top(inside, 3),
      self: top(self, 6),
      total: top(total, 12),
    });
  }
  return { cpu, long };
}

async function tracedPhase(cdp: CDPSession, name: Phase['name'], work: () => Promise<Phase['pass']>): Promise<Phase> {
  if (PROFILE) await cdp.send('Profiler.start');
  const { result: pass, events } = await traced(
    cdp,
    'devtools.timeline,v8,blink.user_timing,disabled-by-default-v8.gc',
    work,
  );
  const profile = PROFILE ? ((await cdp.send('Profiler.stop')).profile as unknown as Profile) : undefined;
  if (profile && PROFILE_SAVE)
    writeFileSync(`${PROFILE_SAVE}-${name}-${++profilesSaved}.json`, JSON.stringify(profile));
  return { name, pass, ...callsOf(events, profile) };
}

/** Waits for the `count`th `spoor:pass` measure and gives its detail. */
const passNumber = (page: import('playwright-core').Page, count: number) =>
  page
    .waitForFunction((n) => performance.getEntriesByName('spoor:pass').length >= n, count, { timeout: 120_000 })
    .then(() =>
      page.evaluate(
        (n) => (performance.getEntriesByName('spoor:pass')[n - 1] as PerformanceMeasure).detail as Phase['pass'],
        count,
      ),
    );

async function tracedRun(extension: LoadedExtension, url: string): Promise<Phase[]> {
  const page = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(page);
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  const phases = [
    await tracedPhase(cdp, 'load', async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      return passNumber(page, 1);
    }),
  ];
  if (APPENDS)
    phases.push(
      await tracedPhase(cdp, 'append', async () => {
        await page.evaluate(
          (cards) => document.querySelector('#results')!.insertAdjacentHTML('beforeend', cards),
          appendedCards,
        );
        return passNumber(page, 2);
      }),
    );
  await page.close();
  return phases;
}

const list = (pairs: [string, number][]) => pairs.map(([key, ms]) => `${key} ${ms.toFixed(1)}`).join(', ');
const builds = await measureAlternated(PAGE, RUNS, tracedRun);
console.log(`${PAGE}, ${RUNS} loads per build: Spoor's calls (slices), CPU ms`);
for (const { name, results } of builds) {
  console.log(name);
  for (const [run, phases] of results.entries()) {
    for (const phase of phases) {
      const sorted = [...phase.cpu].sort((a, b) => b - a);
      const sum = phase.cpu.reduce((a, b) => a + b, 0);
      console.log(
        `  load ${run + 1} ${phase.name}: ${phase.cpu.length} calls, ${sum.toFixed(0)} ms CPU; longest ` +
          `${sorted
            .slice(0, 4)
            .map((ms) => ms.toFixed(1))
            .join(' / ')}; ≥ ${TARGET_MS} ms: ` +
          `${sorted.filter((ms) => ms >= TARGET_MS).length}; the pass's own: ${phase.pass.ms.toFixed(0)} ms in ` +
          `slices, longest ${phase.pass.longestSliceMs.toFixed(1)} (clock)`,
      );
      for (const call of phase.long) {
        console.log(
          `    ${call.name}: ${call.cpuMs.toFixed(1)} CPU (${call.ms.toFixed(1)} clock); ${list(call.inside) || '–'}` +
            (PROFILE ? `\n      self: ${list(call.self)}\n      total: ${list(call.total)}` : ''),
        );
      }
    }
  }
  for (const name of ['load', 'append'] as const) {
    const phases = results.flatMap((phases) => phases.filter((phase) => phase.name === name));
    if (phases.length === 0) continue;
    const longest = phases.map((phase) => Math.max(...phase.cpu));
    const sums = phases.map((phase) => phase.cpu.reduce((a, b) => a + b, 0));
    console.log(
      `  ${name}: longest call per load ${longest.map((ms) => ms.toFixed(1)).join(' / ')} ms CPU; ` +
        `Spoor's CPU median ${median(sums).toFixed(0)} ms`,
    );
  }
}
