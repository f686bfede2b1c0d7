/**
 * Who else runs while the popup opens, bundled against the full checklist: one browser of the build with each
 * dictionary, taking turns in the same minutes. Each turn loads the ad page, waits for its badge (and BENCH_SETTLE_MS
 * more, 0 by default, as the page-side bench), opens the popup under a browser-wide trace and sums, from the popup's
 * navigation start to its ready, each thread's CPU in top-level tasks (browser, tab renderer, the extension's process
 * with the popup and the service worker…), with the events that took most of it. Prints medians per thread.
 *
 *   BENCH_PAGE_RUNS=5 node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/popup-contention.ts
 */
import { tracedPopupReady } from './flagging.ts';
import { median } from './page-measures.ts';
import { popupTurns } from './popup-turns.ts';
import type { TraceEvent } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const CATEGORIES = [
  '__metadata',
  'toplevel',
  'devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-devtools.timeline',
  'extensions',
  'ipc',
  'mojom',
].join(',');

type Named = TraceEvent & { args?: { name?: string } };

/** CPU ms per "process / thread" in top-level tasks within the popup's opening, and each thread's busiest events. */
function perThread(events: Named[], readyMs: number): { cpu: Record<string, number>; top: Record<string, string> } {
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('popup'));
  if (!start) return { cpu: {}, top: {} };
  const end = start.ts + readyMs * 1000;
  const processes = new Map<number, string>();
  const threads = new Map<string, string>();
  for (const e of events.filter((e) => e.ph === 'M')) {
    if (e.name === 'process_name') processes.set(e.pid, e.args?.name ?? '');
    if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  }
  const popupPid = start.pid;
  const where = (e: TraceEvent) =>
    `${e.pid === popupPid ? 'extension' : (processes.get(e.pid) ?? e.pid)} / ${threads.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.cat?.includes('toplevel') && e.ts < end && e.ts + (e.dur ?? 0) > start.ts,
  );
  const cpu: Record<string, number> = {};
  for (const task of tasks) cpu[where(task)] = (cpu[where(task)] ?? 0) + (task.tdur ?? task.dur ?? 0) / 1000;
  const inner: Record<string, Record<string, number>> = {};
  for (const e of events.filter(
    (e) => e.ph === 'X' && !e.cat?.includes('toplevel') && e.ts >= start.ts && e.ts < end && (e.dur ?? 0) >= 300,
  )) {
    const thread = (inner[where(e)] ??= {});
    const data = e.args?.data;
    const what =
      data?.functionName || data?.url ? `${e.name}(${data.functionName ?? ''}@${data.url?.split('/').pop()})` : e.name;
    thread[what] = (thread[what] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
  }
  const top: Record<string, string> = {};
  for (const [thread, names] of Object.entries(inner))
    top[thread] = Object.entries(names)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join('; ');
  return { cpu, top };
}

const turns = await popupTurns(RUNS, async (extension, tabId) => {
  const { readyMs, events } = await tracedPopupReady(extension.context, extension.extensionId, tabId, CATEGORIES);
  return { ready: readyMs, ...perThread(events as Named[], readyMs) };
});
for (const { mode, results } of turns) {
  const ready = median(results.map(({ ready }) => ready));
  console.log(`${mode}: ready ${ready.toFixed(0)} ms (median of ${results.length})`);
  const threads = [...new Set(results.flatMap(({ cpu }) => Object.keys(cpu)))];
  const rows = threads.map((thread) => ({ thread, ms: median(results.map(({ cpu }) => cpu[thread] ?? 0)) }));
  for (const { thread, ms } of rows.sort((a, b) => b.ms - a.ms).filter(({ ms }) => ms >= 1))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms CPU  ${thread}   [${results.at(-1)!.top[thread] ?? ''}]`);
}
