/**
 * How long importing the full 2017 checklist takes in the options page, as a researcher does it: from the Import
 * click to "Saving the new list…" (the worker reads and checks the file) and from there to "Imported …" (the page
 * stages the pieces; the background merges, compiles, packs and stores the list). Each run starts a fresh profile.
 *
 *   [BENCH_OTHER_BUILD=<folder holding chrome-mv3>] [BENCH_PAGE_RUNS=3] node … bench/checklist-import-time.ts
 *
 * This build is SPOOR_OUT_DIR (default .output); with BENCH_OTHER_BUILD the two builds alternate run by run, so a
 * busy machine weighs on both alike. Prints each run and each build's medians in seconds.
 */
import { join } from 'node:path';
import { extensionDir, launchWithExtension } from '../tests/e2e/support/extension.ts';
import { sharedDataPath } from '../tests/shared-data.ts';
import { CHECKLIST } from './checklist.ts';
import { median } from './page-measures.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const other = process.env.BENCH_OTHER_BUILD;
const builds = [
  { name: 'this build', extension: extensionDir },
  ...(other ? [{ name: `other (${other})`, extension: join(other, 'chrome-mv3') }] : []),
];

/** Seconds to the checked file and to the stored list, in one fresh profile. */
async function importOnce(extension: string): Promise<{ check: number; save: number }> {
  const loaded = await launchWithExtension({ extension });
  try {
    const options = await loaded.context.newPage();
    await options.goto(`chrome-extension://${loaded.extensionId}/options.html`);
    await options.locator('input[type=file][accept*=".csv"]').setInputFiles(sharedDataPath(CHECKLIST));
    const start = performance.now();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Saving the new list').waitFor({ timeout: 600_000 });
    const saving = performance.now();
    await options.getByText(/^Imported [\d,]+ taxa/).waitFor({ timeout: 600_000 });
    return { check: (saving - start) / 1000, save: (performance.now() - saving) / 1000 };
  } finally {
    await loaded.context.close();
  }
}

const results = new Map(builds.map(({ name }) => [name, [] as Array<{ check: number; save: number }>]));
for (let run = 0; run < RUNS; run++) {
  for (const { name, extension } of builds) {
    const result = await importOnce(extension);
    results.get(name)!.push(result);
    console.log(`${name}, run ${run + 1}: check ${result.check.toFixed(1)} s, save ${result.save.toFixed(1)} s`);
  }
}
for (const [name, runs] of results) {
  const check = median(runs.map((r) => r.check));
  const save = median(runs.map((r) => r.save));
  console.log(`${name}: median check ${check.toFixed(1)} s, save ${save.toFixed(1)} s (${runs.length} runs)`);
}
