/**
 * The CPU a tab's decode of the full checklist's index costs, node-side: the tab pack of the bundled list merged with
 * the 2017 checklist, its `index` stream decoded as the first stage loads it (decodeWalk, from the stored pieces) and
 * its `lists` columns as the second stage does (decodeLists), unpaced, each piece's hash check apart (streamHash).
 * With BENCH_OTHER_CODEC=<another tree's lib/matching/pack/index-pack.ts> (e.g. `git show main:… > /tmp/x.ts`) the two
 * codecs alternate in one process, and the run fails unless both give the same columns and text. Prints the medians
 * of BENCH_RUNS rounds (21; the first, cold, left out), in ms of the process's CPU.
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/index-decode.ts
 */
import { openAsBlob } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { compileDictionary } from '@/lib/matching/compile';
import * as thisCodec from '@/lib/matching/pack/index-pack';
import { packDictionary } from '@/lib/matching/pack/pack';
import { splitListsStream, streamHash } from '@/lib/matching/pack/tab-pack';
import { UNPACED } from '@/lib/scheduling/pace';
import { median } from './page-measures.ts';
import { CHECKLIST } from './checklist.ts';
import { sharedDataPath } from '../tests/shared-data.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
type Codec = Pick<typeof thisCodec, 'decodeWalk' | 'decodeLists'>;
const codecs: [string, Codec][] = [['this tree', thisCodec]];
const other = process.env.BENCH_OTHER_CODEC;
if (other) codecs.push([other, (await import(other)) as Codec]);

const checklist = await importChecklistFile(await openAsBlob(sharedDataPath(CHECKLIST)), {
  listingsAsOf: '2017-04-21',
});
const { head, parts } = packDictionary(
  compileDictionary(mergeWithBundled(loadBundledDictionary(), checklist.dictionary)),
);
const stream = (column: string) => parts.filter((_, i) => head.parts[i]!.column === column);
const index = stream('index');
const lists = splitListsStream(stream('lists'), head).columns;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const timed = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
  const start = cpuMs();
  const result = await work();
  return [result, cpuMs() - start];
};

const figures = new Map<string, { walk: number[]; lists: number[] }>(
  codecs.map(([name]) => [name, { walk: [], lists: [] }]),
);
const hashes: number[] = [];
let first: unknown;
for (let round = 0; round <= RUNS; round++) {
  // Alternated, each taking the first turn in every other round.
  for (const [name, codec] of round % 2 ? [...codecs].reverse() : codecs) {
    const [decoded, walkMs] = await timed(() => codec.decodeWalk(index, head.index, UNPACED));
    const [, listsMs] = await timed(() => codec.decodeLists(decoded, lists, head.index, UNPACED));
    if (round === 0) {
      first ??= decoded;
      if (!isDeepStrictEqual(decoded, first)) throw new Error(`${name} decodes another index`);
      continue;
    }
    figures.get(name)!.walk.push(walkMs);
    figures.get(name)!.lists.push(listsMs);
  }
  const [, hashMs] = await timed(() => [...index, ...stream('lists')].map(streamHash));
  if (round > 0) hashes.push(hashMs);
}
const chars = (pieces: string[]) => pieces.reduce((sum, piece) => sum + piece.length, 0).toLocaleString('en');
console.log(
  `checklist pack: index ${chars(index)} characters, lists' columns ${chars(lists)}; medians of ${RUNS}, CPU ms`,
);
for (const [name, { walk, lists: list }] of figures)
  console.log(`${name}: index (walk) ${median(walk).toFixed(2)}, lists' columns ${median(list).toFixed(2)}`);
console.log(`the index's and lists' hash checks: ${median(hashes).toFixed(2)}`);
