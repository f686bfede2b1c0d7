import { matcherOver, type Matcher } from '@/lib/matching/matcher';
import type { TabPackHead } from './tab-pack';
import type { PartReader } from './unpack';
import { loadPackedIndex, type LoadOptions } from './load';

/**
 * A matcher with both its stages from a tab pack (the background, benchmarks, tests); a tab's content script
 * gets the second stage only when its text needs it (lib/active-dictionary/tab-matcher.ts).
 * @example const matcher = await loadPackedMatcher(head, (i) => readPart(i));
 */
export async function loadPackedMatcher(
  head: TabPackHead,
  readPart: PartReader,
  options: LoadOptions = {},
): Promise<Matcher> {
  const { index, lists } = await loadPackedIndex(head, readPart, options);
  return matcherOver(index, lists);
}
