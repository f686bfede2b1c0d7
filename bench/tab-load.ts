import { openAsBlob } from 'node:fs';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { compileDictionary } from '@/lib/matching/compile';
import { loadPackedIndex } from '@/lib/matching/pack/load';
import { packDictionary } from '@/lib/matching/pack/pack';
import { sharedDataPath } from '../tests/shared-data.ts';

/**
 * Node-side micro-measure of a tab's "dictionary ready" (issue 14): loadPackedIndex (the first stage's half of the
 * index, all a tab reads before its first pass; the second stage's lists come with full-scan.js) over a tab pack as
 * storage hands it back, with the content script's 8 ms slices, for the bundled list and the full 2017 checklist.
 * Prints the median and fastest load and the longest slice (the first, cold load left out), and the characters a tab
 * reads.
 * Times are the process's CPU time, which a busy machine inflates less than the clock (a slice's wall time there
 * includes the moments the thread waited for a core); the slices themselves are cut by the clock, as in a tab.
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/tab-load.ts
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const bundled = loadBundledDictionary();
const checklist = await importChecklistFile(
  await openAsBlob(sharedDataPath('cites/checklist-index-of-cites-species-2017-04-21.csv.gz')),
  { listingsAsOf: '2017-04-21' },
);
for (const [name, dictionary] of [
  ['bundled', bundled],
  ['checklist-2017', mergeWithBundled(bundled, checklist.dictionary)],
] as const) {
  const pack = JSON.parse(JSON.stringify(packDictionary(compileDictionary(dictionary))));
  let read = 0;
  const ready: number[] = [];
  let longestSlice = 0;
  for (let run = 0; run <= RUNS; run++) {
    let sliceStart = cpuMs();
    let longest = 0;
    const yieldNow = async () => {
      longest = Math.max(longest, cpuMs() - sliceStart);
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = cpuMs();
    };
    read = 0;
    const start = cpuMs();
    await loadPackedIndex(pack.head, async (i) => ((read += pack.parts[i].length), pack.parts[i]), { yieldNow });
    longest = Math.max(longest, cpuMs() - sliceStart);
    if (run === 0) continue;
    ready.push(cpuMs() - start);
    longestSlice = Math.max(longestSlice, longest);
  }
  ready.sort((a, b) => a - b);
  const ms = (value: number) => value.toFixed(1);
  console.log(
    `${name}: ready median (CPU) ${ms(ready[ready.length >> 1]!)} ms, fastest ${ms(ready[0]!)} ms, longest slice ` +
      `${ms(longestSlice)} ms, ${read} characters read by the tab`,
  );
}
