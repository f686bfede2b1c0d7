import { matcherOver, type Matcher, type MatcherLists, type MatcherOptions } from '@/lib/matching/matcher';
import type { FlatIndex } from '@/lib/matching/flat-index';
import { TAB_PACK_VERSION, type TabPackHead } from './tab-pack';
import type { PartReader } from './unpack';
import { loadPackedIndex, readPackStream, type LoadOptions } from './load';
import { decodeSecondHalf } from './lists';

/**
 * A matcher with both its stages from a tab pack (the background, benchmarks, tests); a tab's content script
 * gets the second stage only when its text needs it (lib/active-dictionary/tab-matcher.ts). Throws when the pack is
 * of another format or damaged.
 * @example const matcher = await loadPackedMatcher(head, (i) => readPart(i));
 */
export async function loadPackedMatcher(
  head: TabPackHead,
  readPart: PartReader,
  options: LoadOptions & MatcherOptions = {},
): Promise<Matcher> {
  if (head.formatVersion !== TAB_PACK_VERSION)
    throw new Error(`tab pack format ${head.formatVersion} is not ${TAB_PACK_VERSION}`);
  const index = await loadPackedIndex(head, readPart, options);
  return matcherOver(index, await loadSecondHalf(index, head, readPart, options), options);
}

/**
 * The second half of a pack (its `lists` parts, asked for at once and decoded as they arrive, and its `texts`)
 * added to an index loadPackedIndex gave, and the matcher's lists.
 * @example const lists = await loadSecondHalf(index, head, (i) => readPart(i));
 */
export async function loadSecondHalf(
  index: FlatIndex,
  head: TabPackHead,
  readPart: PartReader,
  options: LoadOptions = {},
): Promise<MatcherLists> {
  return decodeSecondHalf(index, readPackStream(head, 'lists', readPart), head, readPart, options);
}
