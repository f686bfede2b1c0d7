/**
 * When the popup's files arrive: opens the popup about the ad page under a Chromium trace and prints, for each run,
 * each file the popup loaded (its HTML, scripts, styles) with the times, from the popup's navigation start, at which
 * the renderer asked for it, had its response and had it whole, then when the popup was ready. Chrome leaves extension
 * files out of the resource timing, so this reads the trace's resource events (what popup-trace.ts shows as loader
 * tasks). The first open compiles the pages' modules; later ones find their code cache.
 *
 *   npm run build:chrome && BENCH_PAGE_RUNS=3 node --experimental-transform-types --no-warnings \
 *     --import ./bench/ts-paths.ts bench/popup-files.ts
 */
import { launchWithExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { tracedPopupReady } from './flagging.ts';
import { setSettings } from './page-measures.ts';
import { generatedPages } from './page-side.ts';
import { badgeAfterLoad } from './responsiveness.ts';
import type { TraceEvent } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const CATEGORIES = 'devtools.timeline,loading,blink.user_timing';

type ResourceEvent = TraceEvent & { args?: { data?: { requestId?: string; url?: string } } };

/** One line a file: `file  asked  response  finished` (ms from the popup's navigation start). */
function files(events: ResourceEvent[], readyMs: number): string[] {
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('popup'));
  if (!start) return [`no navigationStart of popup.html among ${events.length} trace events`];
  const at = (e?: ResourceEvent) => (e ? ((e.ts - start.ts) / 1000).toFixed(1) : '–').padStart(7);
  const byRequest = (name: string, id: string) => events.find((e) => e.name === name && e.args?.data?.requestId === id);
  const sent = events
    .filter((e) => e.name === 'ResourceSendRequest' && e.ts >= start.ts - 50_000)
    .filter((e) => (e.args?.data?.url ?? '').startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  const lines = sent.map((e) => {
    const id = e.args!.data!.requestId!;
    const file = e.args!.data!.url!.split('/').pop()!.split('?')[0]!;
    return `${file.padEnd(36)} ${at(e)} ${at(byRequest('ResourceReceiveResponse', id))} ${at(byRequest('ResourceFinish', id))}`;
  });
  return [
    `${'file'.padEnd(36)}   asked response finished`,
    ...lines,
    `${'ready'.padEnd(36)} ${readyMs.toFixed(1).padStart(7)}`,
  ];
}

const server = await startServer([], [generatedPages]);
const extension = await launchWithExtension();
try {
  await setSettings(extension, { researcherId: 'bench', survey: 'benchmark' });
  for (let run = 0; run <= RUNS; run++) {
    const ad = await badgeAfterLoad(extension, server.origin);
    const { readyMs, events } = await tracedPopupReady(extension.context, extension.extensionId, ad.tabId, CATEGORIES);
    console.log(`open ${run + 1}\n${files(events as ResourceEvent[], readyMs).join('\n')}`);
    await ad.page.close();
  }
} finally {
  await extension.close();
  await server.close();
}
