/**
 * Node-side model of a top frame's dictionary load with the full 2017 checklist (issue 14's badge): every `index` and
 * `lists` part of the tab pack asked for at once at t = 0, storage answering them one after the other (the index's
 * first) at BENCH_MS_PER_MILLION ms per million characters (40: merged main's quiet run, BENCHMARKS.md), the index
 * loaded, then the lists (as the first pass asks for the second stage). Prints the medians of BENCH_RUNS loads (the
 * first, cold, left out): when the index and the lists are ready, in ms after t = 0, and the process's CPU. Run it in
 * two trees (this one and a copy of main) to compare how long the decode waits after the last reply.
 *   BENCH_MS_PER_MILLION=40 node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/arrival-decode.ts
 */
import { openAsBlob } from 'node:fs';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { compileDictionary } from '@/lib/matching/compile';
import { loadPackedIndex } from '@/lib/matching/pack/load';
import { loadSecondHalf } from '@/lib/matching/pack/load-matcher';
import { packDictionary } from '@/lib/matching/pack/pack';
import type { TabPack } from '@/lib/matching/pack/tab-pack';
import { median } from './page-measures.ts';
import { sharedDataPath } from '../tests/shared-data.ts';

const MS_PER_MILLION = Number(process.env.BENCH_MS_PER_MILLION ?? 40);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

const checklist = await importChecklistFile(
  await openAsBlob(sharedDataPath('cites/checklist-index-of-cites-species-2017-04-21.csv.gz')),
  { listingsAsOf: '2017-04-21' },
);
const compiled = compileDictionary(mergeWithBundled(loadBundledDictionary(), checklist.dictionary));
const { head, parts } = JSON.parse(JSON.stringify(packDictionary(compiled))) as TabPack;
const partsOf = (column: string) => [...head.parts.keys()].filter((i) => head.parts[i]!.column === column);
const order = [...partsOf('index'), ...partsOf('lists')];
const lastArrival = order.reduce((ms, i) => ms + (parts[i]!.length / 1e6) * MS_PER_MILLION, 0);

const results: { index: number; lists: number; cpu: number }[] = [];
for (let run = 0; run <= RUNS; run++) {
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  const arrivals = new Map<number, Promise<string>>();
  let due = 0;
  for (const i of order) {
    due += (parts[i]!.length / 1e6) * MS_PER_MILLION;
    const at = due;
    arrivals.set(i, new Promise((resolve) => setTimeout(() => resolve(parts[i]!), at)));
  }
  const readPart = (i: number) => arrivals.get(i)!;
  const index = await loadPackedIndex(head, readPart, { sliceMs: 8 });
  const indexReady = performance.now() - start;
  await loadSecondHalf(index, head, readPart, { sliceMs: 8 });
  const { user, system } = process.cpuUsage(cpuBefore);
  if (run > 0) results.push({ index: indexReady, lists: performance.now() - start, cpu: (user + system) / 1000 });
}
const m = (key: 'index' | 'lists' | 'cpu') => median(results.map((result) => result[key])).toFixed(1);
console.log(
  `${MS_PER_MILLION} ms per million characters (last reply at ${lastArrival.toFixed(0)} ms), medians of ${RUNS}: ` +
    `index ready ${m('index')} ms, lists ready ${m('lists')} ms, CPU ${m('cpu')} ms`,
);
