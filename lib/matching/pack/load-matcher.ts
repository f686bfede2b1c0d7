import { matcherOver, type Matcher } from '@/lib/matching/matcher';
import type { TabPackHead } from './tab-pack';
import type { PartReader } from './unpack';
import { loadIndexLists, loadPackedIndex, type LoadOptions } from './load';
import { packedLists } from './lists';

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
  const index = await loadPackedIndex(head, readPart, options);
  await loadIndexLists(index, head, readPart, options);
  return matcherOver(index, packedLists(index, head));
}
