/**
 * Issue 14's badge and popup figures for two builds in the same minutes: each run loads the ad page and opens
 * the popup in one build's browser, then in the other's, so a busy machine weighs on both alike.
 *
 *   BENCH_OTHER_BUILD=<folder holding chrome-mv3> node … bench/compare-builds.ts   (npm run bench's node flags)
 *
 * This build is SPOOR_OUT_DIR (default .output); BENCH_DICTIONARIES=checklist imports the full checklist into
 * both first; BENCH_PAGE_RUNS runs (default 7). Prints each build's median badge and popup figures, and the
 * popup's floor: an empty extension page opened the same way (popup-floor.ts).
 */
import { join } from 'node:path';
import { extensionDir, launchWithExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { importFullChecklist } from './checklist.ts';
import { popupReady } from './flagging.ts';
import { median, setSettings } from './page-measures.ts';
import { floorReady, withFloorPage } from './popup-floor.ts';
import { generatedPages } from './page-side.ts';
import { badgeAfterLoad } from './responsiveness.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 7);
const other = process.env.BENCH_OTHER_BUILD;
if (!other) throw new Error('BENCH_OTHER_BUILD=<folder holding chrome-mv3> names the build to compare with');

const server = await startServer([], [generatedPages]);
const builds = [
  { name: 'this build', extension: await launchWithExtension({ extension: withFloorPage(extensionDir) }) },
  {
    name: `other (${other})`,
    extension: await launchWithExtension({ extension: withFloorPage(join(other, 'chrome-mv3')) }),
  },
];
try {
  for (const { extension } of builds) {
    await setSettings(extension, { researcherId: 'bench', survey: 'benchmark' });
    if (process.env.BENCH_DICTIONARIES?.includes('checklist')) await importFullChecklist(extension);
  }
  const figures = builds.map(() => ({ badge: [] as number[], popup: [] as number[], floor: [] as number[] }));
  // One warm-up run each (HTTP cache, compiled code), then alternate.
  for (let run = -1; run < RUNS; run++) {
    for (const [index, { extension }] of builds.entries()) {
      const ad = await badgeAfterLoad(extension, server.origin);
      const popup = await popupReady(extension.context, extension.extensionId, ad.tabId);
      await popup.popup.close();
      await ad.page.close();
      const floor = await floorReady(extension.context, extension.extensionId);
      if (run < 0) continue;
      figures[index]!.badge.push(ad.ms);
      figures[index]!.popup.push(popup.ms);
      figures[index]!.floor.push(floor);
    }
  }
  console.log(`median of ${RUNS} runs, alternated | badge after load ms | popup ready ms | empty extension page ms`);
  const list = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(' ');
  for (const [index, { name }] of builds.entries()) {
    const { badge, popup, floor } = figures[index]!;
    console.log(`${name} | ${median(badge).toFixed(0)} | ${median(popup).toFixed(0)} | ${median(floor).toFixed(0)}`);
    console.log(`  badge: ${list(badge)}; popup: ${list(popup)}; empty page: ${list(floor)}`);
  }
} finally {
  for (const { extension } of builds) await extension.close();
  await server.close();
}
