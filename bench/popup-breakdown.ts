/**
 * Where the popup's opening goes, without a trace: opens the popup about the ad page with the service worker awake
 * and asleep (alternately), then the empty extension page (popup-floor.ts), and prints the medians, from each page's
 * navigation start, of its own timings (DOM interactive, DOMContentLoaded, the load event, paints), when the popup's
 * first React commit and its flag panel's state first showed (an observer installed before the page's first script;
 * the state is the bench's ready condition) and the bench's ready figure (bench/flagging.ts's look, after the load
 * event). Chrome leaves extension files out of the resource timing, so the files' arrival needs a trace
 * (popup-trace.ts).
 *
 *   npm run build:chrome && BENCH_PAGE_RUNS=7 node --experimental-transform-types --no-warnings \
 *     --import ./bench/ts-paths.ts bench/popup-breakdown.ts
 *
 * BENCH_OTHER_BUILDS=<folder holding chrome-mv3>,… alternates other builds with this one; BENCH_DICTIONARIES=checklist
 * imports the full checklist first; BENCH_SETTLE_MS is the pause between the ad page's badge and the popup (500).
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { extensionDir, launchWithExtension, type LoadedExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { timeToPopupReady } from './flagging.ts';
import { importFullChecklist } from './checklist.ts';
import { median, setSettings } from './page-measures.ts';
import { withFloorPage } from './popup-floor.ts';
import { generatedPages } from './page-side.ts';
import { badgeAfterLoad } from './responsiveness.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 7);
/** The pause between the ad page's badge and the popup (stopping the worker completes after its answer). */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 500);

/** Installed before the popup's first script: its first React commit, and the first moment it shows the ad's state. */
function watchForState() {
  const shown = () =>
    [...document.querySelectorAll('button')].some((b) => b.textContent === 'Flag this ad') &&
    !document.body.textContent!.includes('Loading');
  const record = window as unknown as { spoorStateAt?: number; spoorFirstRenderAt?: number };
  const observer = new MutationObserver(() => {
    if (record.spoorFirstRenderAt === undefined && document.getElementById('root')?.firstChild)
      record.spoorFirstRenderAt = performance.now();
    if (record.spoorStateAt !== undefined || !document.body || !shown()) return;
    record.spoorStateAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

type Figures = Record<string, number>;

async function openPage(context: BrowserContext, url: string, bench: boolean): Promise<Figures> {
  const popup = await context.newPage();
  await popup.addInitScript(watchForState);
  await popup.goto(url);
  const benchReady = bench ? await timeToPopupReady(popup) : Number.NaN;
  const page = await popup.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const figures: Record<string, number> = {
      'response end': navigation.responseEnd,
      'DOM interactive': navigation.domInteractive,
      'DOMContentLoaded end': navigation.domContentLoadedEventEnd,
      'load event start': navigation.loadEventStart,
      'first render (observer)': (window as unknown as { spoorFirstRenderAt: number }).spoorFirstRenderAt,
      'state shown (observer)': (window as unknown as { spoorStateAt: number }).spoorStateAt,
    };
    for (const paint of performance.getEntriesByType('paint')) figures[paint.name] = paint.startTime;
    return figures;
  });
  await popup.close();
  const stateAfterFirstModule = page['state shown (observer)']! - page['DOMContentLoaded end']!;
  return {
    ...page,
    'bench ready (after load)': benchReady,
    'state shown − DOMContentLoaded end': stateAfterFirstModule,
  };
}

async function stopWorkers(extension: LoadedExtension, page: Page) {
  const cdp = await extension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

const server = await startServer([], [generatedPages]);
const builds = [
  extensionDir,
  ...(process.env.BENCH_OTHER_BUILDS ?? '')
    .split(',')
    .filter(Boolean)
    .map((dir) => join(dir, 'chrome-mv3')),
];
const extensions = await Promise.all(
  builds.map((extension) => launchWithExtension({ extension: withFloorPage(extension) })),
);
const runs = builds.map(() => ({ awake: [] as Figures[], asleep: [] as Figures[], floor: [] as Figures[] }));
try {
  for (const extension of extensions) {
    await setSettings(extension, { researcherId: 'bench', survey: 'benchmark' });
    if (process.env.BENCH_DICTIONARIES?.includes('checklist')) await importFullChecklist(extension);
  }
  for (let run = -1; run < RUNS; run++) {
    for (const [index, extension] of extensions.entries()) {
      for (const state of ['awake', 'asleep'] as const) {
        const ad = await badgeAfterLoad(extension, server.origin);
        if (state === 'asleep') await stopWorkers(extension, ad.page);
        await new Promise((settled) => setTimeout(settled, SETTLE_MS));
        const popup = `chrome-extension://${extension.extensionId}/popup.html?tabId=${ad.tabId}`;
        const figures = await openPage(extension.context, popup, true);
        if (run >= 0) runs[index]![state].push(figures);
        await ad.page.close();
      }
      const floor = await openPage(extension.context, `chrome-extension://${extension.extensionId}/floor.html`, false);
      if (run >= 0) runs[index]!.floor.push(floor);
    }
  }
  for (const [index, build] of builds.entries()) {
    for (const [state, list] of Object.entries(runs[index]!)) {
      console.log(`${build}, ${state}: medians of ${list.length} runs, ms from the page's navigation start`);
      const names = [...new Set(list.flatMap(Object.keys))];
      const rows = names.map((name) => ({ name, ms: median(list.map((figures) => figures[name] ?? Number.NaN)) }));
      for (const { name, ms } of rows.filter(({ ms }) => !Number.isNaN(ms)).sort((a, b) => a.ms - b.ms))
        console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`);
    }
  }
} finally {
  for (const extension of extensions) await extension.close();
  await server.close();
}
