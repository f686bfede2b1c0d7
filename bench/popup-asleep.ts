/**
 * The popup with the background asleep, as in normal use (Chrome stops an idle extension service worker after
 * 30 s; `npm run bench` always opens the popup right after the ad page's load, with it awake): each run loads the
 * ad page and opens the popup about it, once as it is and once after stopping every service worker, alternately.
 * With BENCH_OTHER_BUILD=<folder holding chrome-mv3>, the other build's browser does the same in each run, in turn.
 *
 *   npm run build:chrome && BENCH_PAGE_RUNS=7 node --experimental-transform-types --no-warnings \
 *     --import ./bench/ts-paths.ts bench/popup-asleep.ts
 */
import { join } from 'node:path';
import { extensionDir, launchWithExtension, type LoadedExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { popupReady } from './flagging.ts';
import { median, setSettings } from './page-measures.ts';
import { generatedPages } from './page-side.ts';
import { badgeAfterLoad } from './responsiveness.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 7);
const SETTLE_MS = 500;
const other = process.env.BENCH_OTHER_BUILD;

const server = await startServer([], [generatedPages]);
const builds: Array<{ name: string; extension: LoadedExtension }> = [
  { name: `this build (${extensionDir})`, extension: await launchWithExtension() },
];
if (other)
  builds.push({
    name: `other (${other})`,
    extension: await launchWithExtension({ extension: join(other, 'chrome-mv3') }),
  });
const figures = builds.map(() => ({ awake: [] as number[], asleep: [] as number[] }));
try {
  for (const { extension } of builds) await setSettings(extension, { researcherId: 'bench', survey: 'benchmark' });
  // One warm-up run (HTTP cache, compiled code), then the measured ones.
  for (let run = -1; run < RUNS; run++) {
    for (const [index, { extension }] of builds.entries()) {
      for (const state of ['awake', 'asleep'] as const) {
        const ad = await badgeAfterLoad(extension, server.origin);
        if (state === 'asleep') {
          const cdp = await extension.context.newCDPSession(ad.page);
          await cdp.send('ServiceWorker.enable');
          await cdp.send('ServiceWorker.stopAllWorkers');
          await cdp.detach();
        }
        // The stop completes after its answer; both states wait alike, so the ad page's own work is as far along.
        await new Promise((settled) => setTimeout(settled, SETTLE_MS));
        const { popup, ms } = await popupReady(extension.context, extension.extensionId, ad.tabId);
        if (run >= 0) figures[index]![state].push(ms);
        await popup.close();
        await ad.page.close();
      }
    }
  }
  for (const [index, { name }] of builds.entries()) {
    console.log(name);
    for (const [state, list] of Object.entries(figures[index]!))
      console.log(
        `  popup ready, worker ${state}: median ${median(list).toFixed(0)} ms (${list.map(Math.round).join(' ')})`,
      );
  }
} finally {
  for (const { extension } of builds) await extension.close();
  await server.close();
}
