/**
 * Where the popup's time goes: opens the popup about the ad page under a Chromium trace and prints, for each run,
 * the popup's main-thread tasks of 1 ms or more from its navigation start (wall and CPU ms, and what ran inside:
 * module evaluation, compile, parsing, layout), its first paint and when its flag panel was ready.
 *
 *   npm run build:chrome && BENCH_PAGE_RUNS=2 node --experimental-transform-types --no-warnings \
 *     --import ./bench/ts-paths.ts bench/popup-trace.ts
 *
 * BENCH_DICTIONARIES=checklist imports the full checklist first. The browser's first open of the popup is printed
 * too ("open 1"), with every later one: V8 compiles the pages' modules on the first open, produces their code cache
 * on the second and consumes it from the third; each run's "code cache" line lists the compile and cache events of
 * the popup's scripts (`v8.compileModule`, `v8.produceModuleCache`, `v8.compile`, `v8.produceCache`, and the cache's
 * consumption) with their wall ms.
 */
import { launchWithExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { importFullChecklist } from './checklist.ts';
import { tracedPopupReady } from './flagging.ts';
import { setSettings } from './page-measures.ts';
import { generatedPages } from './page-side.ts';
import { badgeAfterLoad } from './responsiveness.ts';
import type { TraceEvent } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 2);
const CATEGORIES =
  'devtools.timeline,v8,v8.execute,disabled-by-default-v8.compile,disabled-by-default-devtools.timeline,loading,blink.user_timing';

/** The popup's V8 compile and code-cache events, one entry per file: `name file ms`. */
function codeCache(events: TraceEvent[]): string {
  const cacheEvents = events.filter(
    (e) =>
      /^v8\.(compile|produce|consume|deserialize)/i.test(e.name) &&
      e.ph === 'X' &&
      (e.args?.data?.url ?? '').includes('chrome-extension'),
  );
  if (cacheEvents.length === 0) return '          code cache: no compile or cache event of an extension file';
  return `          code cache: ${cacheEvents.map((e) => `${e.name} ${e.args!.data!.url!.split('/').pop()} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join('; ')}`;
}

const label = (event: TraceEvent) => {
  const where = event.args?.data?.url ?? event.args?.data?.functionName ?? '';
  return `${event.name}${where ? ` (${where.split('/').pop()})` : ''} ${((event.dur ?? 0) / 1000).toFixed(1)}`;
};

/** The popup's main-thread tasks from its navigation start, one line each. */
function timeline(events: TraceEvent[], readyMs: number): string[] {
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('popup'));
  if (!start) return [`no navigationStart of popup.html among ${events.length} trace events`];
  const onMain = events
    .filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.ts >= start.ts)
    .sort((a, b) => a.ts - b.ts);
  const at = (e: TraceEvent) => ((e.ts - start.ts) / 1000).toFixed(1).padStart(7);
  const lines: string[] = [];
  let cpu = 0;
  for (const task of onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 1000)) {
    const end = task.ts + task.dur!;
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < end && e.name !== 'RunTask' && (e.dur ?? 0) >= 500);
    cpu += task.tdur ?? 0;
    const wall = (task.dur! / 1000).toFixed(1).padStart(6);
    const taskCpu = ((task.tdur ?? 0) / 1000).toFixed(1).padStart(6);
    lines.push(`${at(task)} ms  wall ${wall}  cpu ${taskCpu}  ${inside.slice(0, 4).map(label).join('; ')}`);
  }
  const paint = events.find((e) => e.name === 'firstPaint' && e.pid === start.pid);
  if (paint) lines.push(`${at(paint)} ms  first paint`);
  lines.push(
    `${readyMs.toFixed(1).padStart(7)} ms  ready; main-thread CPU in tasks ≥ 1 ms: ${(cpu / 1000).toFixed(1)} ms`,
  );
  return lines;
}

const server = await startServer([], [generatedPages]);
const extension = await launchWithExtension();
try {
  await setSettings(extension, { researcherId: 'bench', survey: 'benchmark' });
  if (process.env.BENCH_DICTIONARIES?.includes('checklist')) await importFullChecklist(extension);
  // The browser's first open (nothing cached), then the later ones.
  for (let run = 0; run <= RUNS; run++) {
    const ad = await badgeAfterLoad(extension, server.origin);
    const { readyMs, events } = await tracedPopupReady(extension.context, extension.extensionId, ad.tabId, CATEGORIES);
    console.log(`open ${run + 1}\n${timeline(events, readyMs).join('\n')}\n${codeCache(events)}`);
    await ad.page.close();
  }
} finally {
  await extension.close();
  await server.close();
}
