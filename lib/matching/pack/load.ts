import type { FlatIndex } from '@/lib/matching/flat-index';
import { createPace, type PaceOptions } from '@/lib/scheduling/pace';
import { decodeWalk } from './index-pack';
import { streamHash, type StreamColumn, type TabPackHead } from './tab-pack';
import type { PartReader } from './unpack';

/** Usually just `signal` and `sliceMs`; `now` and `yieldNow` let a test or a benchmark watch the slices. */
export type LoadOptions = PaceOptions;

/**
 * A tab pack's index (tab-pack.ts) as the matcher's first stage walks it: its parts asked for all at once (the
 * storage reads overlap; each reply arrives in a task of its own), checked against their hashes, and decoded into
 * typed arrays in slices as they arrive, so no task of the page runs long and the decode does not wait for the last
 * reply. The second stage's columns are missing until lists.ts's decodeSecondHalf (in a tab, the second stage's) adds
 * them with the `lists` stream. Throws when a part is damaged; the head's format is its reader's to check (a tab's
 * openActivePack, loadPackedMatcher, unpackDictionary), so no frame's content script carries the check twice.
 * @example const index = await loadPackedIndex(head, (i) => readPart(i), { signal: ctx.signal });
 */
export const loadPackedIndex = (
  head: TabPackHead,
  readPart: PartReader,
  options: LoadOptions = {},
): Promise<FlatIndex> => decodeWalk(readPackStream(head, 'index', readPart), head.index, createPace(options));

/**
 * A column's parts, asked for at once: the pieces of its stream, each checked against its hash as it arrives, which
 * the decoders read in turn (index-pack.ts), so the stream is never joined whole. A damaged part rejects its piece,
 * which ends a decode at its turn.
 * @example const pieces = readPackStream(head, 'lists', readPart);
 */
export function readPackStream(head: TabPackHead, column: StreamColumn, readPart: PartReader): Promise<string>[] {
  const pieces = head.parts.flatMap(({ column: its, hash }, i) =>
    its === column
      ? [
          readPart(i).then((text) => {
            if (typeof text !== 'string' || streamHash(text) !== hash) throw new Error(`tab pack part ${i} is damaged`);
            return text;
          }),
        ]
      : [],
  );
  // The pieces after a damaged one must not report unhandled rejections.
  for (const piece of pieces) piece.catch(() => undefined);
  return pieces;
}
