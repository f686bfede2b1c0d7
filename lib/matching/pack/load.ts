import type { FlatIndex } from '@/lib/matching/flat-index';
import { createPace, type Pace, type PaceOptions } from '@/lib/scheduling/pace';
import { decodeLists, decodeWalk } from './index-pack';
import { streamHash, TAB_PACK_VERSION, type TabPackHead } from './tab-pack';
import type { PartReader } from './unpack';

/** Usually just `signal` and `sliceMs`; `now` and `yieldNow` let a test or a benchmark watch the slices. */
export type LoadOptions = PaceOptions;

/**
 * A tab pack's index (tab-pack.ts) as the matcher's first stage walks it: its parts asked for all at once (the
 * storage reads overlap; each reply arrives in a task of its own), checked against their hashes in order, and decoded
 * into typed arrays in slices, so no task of the page runs long. The second stage's columns are missing until
 * loadIndexLists (in a tab, the second stage's decodeLists) adds them; entries and terms are decoded when a match
 * first points at them (lists.ts, by the caller). Throws when the pack is of another format or damaged.
 * @example const index = await loadPackedIndex(head, (i) => readPart(i), { signal: ctx.signal });
 */
export async function loadPackedIndex(
  head: TabPackHead,
  readPart: PartReader,
  options: LoadOptions = {},
): Promise<FlatIndex> {
  if (head.formatVersion !== TAB_PACK_VERSION)
    throw new Error(`tab pack format ${head.formatVersion} is not ${TAB_PACK_VERSION}`);
  const pace = createPace(options);
  return decodeWalk(await readPackStream(head, 'index', readPart, pace), head.index, pace);
}

/**
 * Fills in the index's second-stage columns (what each pattern finds and cancels, the terms and entry records) from
 * the pack's `lists` parts, the same way: only a frame whose text holds a candidate match reads them.
 * @example await loadIndexLists(index, head, (i) => readPart(i), { signal: ctx.signal });
 */
export async function loadIndexLists(
  index: FlatIndex,
  head: TabPackHead,
  readPart: PartReader,
  options: LoadOptions = {},
): Promise<void> {
  const pace = createPace(options);
  await decodeLists(index, await readPackStream(head, 'lists', readPart, pace), head.index, pace);
}

/**
 * A column's parts, read at once and checked in order, joined in a slice of its own.
 * @example const lists = await readPackStream(head, 'lists', readPart, createPace({ signal }));
 */
export async function readPackStream(
  head: TabPackHead,
  column: 'index' | 'lists',
  readPart: PartReader,
  pace: Pace,
): Promise<string> {
  const parts = head.parts.flatMap((part, i) => (part.column === column ? [i] : []));
  const reads = parts.map((i) => readPart(i));
  // A damaged part ends the load at its turn; the reads after it must not report unhandled rejections.
  for (const read of reads) read.catch(() => undefined);
  const pieces: string[] = [];
  for (const [n, i] of parts.entries()) {
    const text = await reads[n];
    pace.restart();
    if (typeof text !== 'string' || streamHash(text) !== head.parts[i]!.hash)
      throw new Error(`tab pack part ${i} is damaged`);
    pieces.push(text);
    if (pace.due()) await pace.pause();
  }
  // Joining the parts copies them all at once, the one step not cut into runs: it gets a slice of its own.
  await pace.pause();
  return pieces.join('');
}
