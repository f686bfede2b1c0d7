/**
 * The time a flag takes, click "Flag this ad" → record saved, for two builds in the same minutes: each run opens a
 * fresh copy of the generated 2,000-listing page (a page of ~1 MB of text: the flag reads all of it) in one build's
 * browser and flags it from the popup, then in the other's.
 *
 *   BENCH_OTHER_BUILD=<folder holding chrome-mv3> node … bench/flag-capture.ts   (npm run bench's node flags)
 *
 * This build is SPOOR_OUT_DIR (default .output); BENCH_PAGE_RUNS runs (default 5). Prints each build's median.
 * BENCH_FLAG_PAGE flags another of the server's pages (e.g. /generated/ebay-item.html: little text, so the popup's
 * own part shows); BENCH_PRESS_MS presses the pointer on the button that long before the click (flagging.ts).
 */
import { join } from 'node:path';
import { extensionDir, launchWithExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { clickToSaved, popupReady } from './flagging.ts';
import { median, setSettings } from './page-measures.ts';
import { generatedPages } from './page-side.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const PAGE = process.env.BENCH_FLAG_PAGE ?? '/generated/listings-2000.html';
const PRESS_MS = process.env.BENCH_PRESS_MS === undefined ? undefined : Number(process.env.BENCH_PRESS_MS);
const other = process.env.BENCH_OTHER_BUILD;
if (!other) throw new Error('BENCH_OTHER_BUILD=<folder holding chrome-mv3> names the build to compare with');

const server = await startServer([], [generatedPages]);
const builds = [
  { name: 'this build', extension: await launchWithExtension({ extension: extensionDir }) },
  { name: `other (${other})`, extension: await launchWithExtension({ extension: join(other, 'chrome-mv3') }) },
];
try {
  for (const { extension } of builds) await setSettings(extension, { researcherId: 'bench', survey: 'benchmark' });
  const times = builds.map(() => [] as number[]);
  // One warm-up run each, then alternate.
  for (let run = -1; run < RUNS; run++) {
    for (const [index, { extension }] of builds.entries()) {
      const ad = await extension.context.newPage();
      await ad.goto(server.url(`${PAGE}?run=${run}`), { waitUntil: 'load' });
      await ad.bringToFront();
      const tabId = await extension.serviceWorker.evaluate(
        async (href) => (await chrome.tabs.query({})).find((tab) => tab.url === href)!.id!,
        ad.url(),
      );
      const { popup } = await popupReady(extension.context, extension.extensionId, tabId);
      const ms = await clickToSaved(popup, PRESS_MS);
      if (run >= 0) times[index]!.push(ms);
      await popup.close();
      await ad.close();
    }
  }
  console.log('| build | click → saved ms, median | runs |\n|---|---|---|');
  for (const [index, { name }] of builds.entries())
    console.log(
      `| ${name} | ${median(times[index]!).toFixed(0)} | ${times[index]!.map((t) => t.toFixed(0)).join(', ')} |`,
    );
} finally {
  for (const { extension } of builds) await extension.close();
  await server.close();
}
