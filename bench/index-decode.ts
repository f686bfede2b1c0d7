/**
 * The CPU a tab's decode of the full checklist's index costs, node-side: the tab pack of the bundled list merged with
 * the 2017 checklist, its `index` stream decoded as the first stage loads it (decodeWalk, from the stored pieces) and
 * its `lists` columns as the second stage does (decodeLists), unpaced, each piece's hash check apart (streamHash).
 * With BENCH_OTHER_CODEC=<another tree's lib/matching/pack/index-pack.ts> (e.g. `git show main:… > /tmp/x.ts`, its
 * `@/lib/matching/flat-index` import pointed at that tree's flat-index.ts when the columns' kinds differ) the two
 * codecs alternate in one process, each decoding its own encoding of the same index cut into as many pieces as the
 * pack's, and the run fails unless both give the same columns and text. Prints the medians of BENCH_RUNS rounds (21;
 * the first, cold, left out), in ms of the process's CPU.
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/index-decode.ts
 */
import { openAsBlob } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { LangSchema } from '@/lib/dictionary/schema';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { compileDictionary } from '@/lib/matching/compile';
import * as thisCodec from '@/lib/matching/pack/index-pack';
import { packDictionary } from '@/lib/matching/pack/pack';
import { splitListsStream, streamHash } from '@/lib/matching/pack/tab-pack';
import { UNPACED } from '@/lib/scheduling/pace';
import { median } from './page-measures.ts';
import { CHECKLIST } from './checklist.ts';
import { sharedDataPath } from '../tests/shared-data.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
type Codec = Pick<typeof thisCodec, 'encodeIndex' | 'decodeWalk' | 'decodeLists'>;
const codecs: [string, Codec][] = [['this tree', thisCodec]];
const other = process.env.BENCH_OTHER_CODEC;
if (other) codecs.push([other, (await import(other)) as Codec]);

const checklist = await importChecklistFile(await openAsBlob(sharedDataPath(CHECKLIST)), {
  listingsAsOf: '2017-04-21',
});
const compiled = compileDictionary(mergeWithBundled(loadBundledDictionary(), checklist.dictionary));
const { head, parts } = packDictionary(compiled);
const stream = (column: string) => parts.filter((_, i) => head.parts[i]!.column === column);
const index = stream('index');
const lists = splitListsStream(stream('lists'), head).columns;
const flat = buildFlatIndex(compiled, { entryRecords: [], langCodes: LangSchema.options });
/** A string cut into `count` pieces of about the same length, as the pack cuts its streams. */
const cut = (text: string, count: number) =>
  Array.from({ length: count }, (_, i) => text.slice((i * text.length) / count, ((i + 1) * text.length) / count));
const encoded = new Map(
  codecs.map(([name, codec]) => {
    const { walk, lists: listColumns, counts } = codec.encodeIndex(flat);
    return [name, { walk: cut(walk, index.length), lists: cut(listColumns, lists.length), counts }];
  }),
);

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
    const its = encoded.get(name)!;
    const [decoded, walkMs] = await timed(() => codec.decodeWalk(its.walk, its.counts, UNPACED));
    const [, listsMs] = await timed(() => codec.decodeLists(decoded, its.lists, its.counts, UNPACED));
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
console.log(`checklist pack: medians of ${RUNS}, CPU ms`);
for (const [name, { walk, lists: list }] of figures)
  console.log(
    `${name}: index (walk) ${median(walk).toFixed(2)} (${chars(encoded.get(name)!.walk)} characters), ` +
      `lists' columns ${median(list).toFixed(2)} (${chars(encoded.get(name)!.lists)})`,
  );
console.log(`the index's and lists' hash checks: ${median(hashes).toFixed(2)}`);
