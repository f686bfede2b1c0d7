import type { FlatIndex } from '@/lib/matching/flat-index';
import { createPace, type PaceOptions } from '@/lib/scheduling/pace';
import { decodeIndex } from './index-pack';
import { partHash, TAB_PACK_VERSION, type TabPackHead } from './tab-pack';
import type { PartReader } from './unpack';

/** Usually just `signal` and `sliceMs`; `now` and `yieldNow` let a test or a benchmark watch the slices. */
export type LoadOptions = PaceOptions;

/**
 * A tab pack's index (tab-pack.ts), for a matcher: its parts asked for all at
 * once (the storage reads overlap; each reply arrives in a task of its own),
 * checked against their hashes in order, and decoded into typed arrays in slices,
 * so no task of the page runs long. Entries and terms are decoded when a match
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
  const indexParts = head.parts.flatMap((part, i) => (part.column === 'index' ? [i] : []));
  const reads = indexParts.map((i) => readPart(i));
  // A damaged part ends the load at its turn; the reads after it must not report unhandled rejections.
  for (const read of reads) read.catch(() => undefined);
  const pieces: string[] = [];
  for (const [n, i] of indexParts.entries()) {
    const text = await reads[n];
    pace.restart();
    if (typeof text !== 'string' || partHash('index', text) !== head.parts[i]!.hash)
      throw new Error(`tab pack part ${i} is damaged`);
    pieces.push(text);
    if (pace.due()) await pace.pause();
  }
  // Joining the parts copies them all at once, the one step not cut into runs: it gets a slice of its own.
  await pace.pause();
  return decodeIndex(pieces.join(''), head.index, pace);
}
