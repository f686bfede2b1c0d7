import type { FlatIndex } from '@/lib/matching/flat-index';
import { createPace, type Pace, type PaceOptions } from '@/lib/scheduling/pace';
import { decodeWalk } from './index-pack';
import { streamHash, type TabPackHead } from './tab-pack';
import type { PartReader } from './unpack';

/** Usually just `signal` and `sliceMs`; `now` and `yieldNow` let a test or a benchmark watch the slices. */
export type LoadOptions = PaceOptions;

/**
 * A tab pack's index (tab-pack.ts) as the matcher's first stage walks it: its parts asked for all at once (the
 * storage reads overlap; each reply arrives in a task of its own), checked against their hashes in order, and decoded
 * into typed arrays in slices, so no task of the page runs long. The second stage's columns are missing until
 * lists.ts's decodeSecondHalf (in a tab, the second stage's) adds them with the `lists` stream. Throws when a part
 * is damaged; the head's format is its reader's to check (a tab's openActivePack, loadPackedMatcher,
 * unpackDictionary), so no frame's content script carries the check twice.
 * @example const index = await loadPackedIndex(head, (i) => readPart(i), { signal: ctx.signal });
 */
export async function loadPackedIndex(
  head: TabPackHead,
  readPart: PartReader,
  options: LoadOptions = {},
): Promise<FlatIndex> {
  const pace = createPace(options);
  return decodeWalk(await readPackStream(head, 'index', readPart, pace), head.index, pace);
}

/**
 * A column's parts, read at once and checked in order: the pieces of its stream, which the decoders read in turn
 * (index-pack.ts), so the stream is never joined whole.
 * @example const pieces = await readPackStream(head, 'lists', readPart, createPace({ signal }));
 */
export async function readPackStream(
  head: TabPackHead,
  column: 'index' | 'lists',
  readPart: PartReader,
  pace: Pace,
): Promise<string[]> {
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
  return pieces;
}
