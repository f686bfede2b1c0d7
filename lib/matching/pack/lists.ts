import type { FlatIndex } from '@/lib/matching/flat-index';
import type { MatcherLists } from '@/lib/matching/matcher';
import type { EntryInfo, TermInfo } from '@/lib/matching/types';
import type { Pace } from '@/lib/scheduling/pace';
import { decodeLists, type Pieces } from './index-pack';
import { lazyList } from './lazy-list';
import { splitListsStream, type ListsHead, type TabPackHead } from './tab-pack';
import { decodeEntryRecord } from './unpack';

/**
 * A loaded pack's lists: entries and terms decoded item by item from the index's tables and `listsText` (decodeLists'
 * text, which starts where the index's keys end) when a match first points at them, the rules whole (the head's
 * first-stage rules with the ListsHead's), the rest as the heads hold them.
 * @example const matcher = matcherOver(index, packedLists(index, listsText, head, listsHead));
 */
export function packedLists(
  index: FlatIndex,
  listsText: string,
  { codes, paradigms, rules }: TabPackHead,
  { notes, everyday, rules: secondStageRules }: ListsHead,
): MatcherLists {
  const { entryRecord, termEntry, termLang, termText } = index;
  const keysEnd = index.text.length;
  const textOf = (bounds: Int32Array, i: number) => listsText.slice(bounds[i]! - keysEnd, bounds[i + 1]! - keysEnd);
  const entries = lazyList<EntryInfo>(entryRecord.length - 1, (i) =>
    decodeEntryRecord(textOf(entryRecord, i), codes, notes),
  );
  const terms = lazyList<TermInfo>(termEntry.length, (i) => {
    const entry = termEntry[i]!;
    const lang = codes.lang[termLang[i]!] as TermInfo['lang'] | undefined;
    if (lang === undefined || entry >= entries.list.length) throw new Error(`term ${i} is malformed`);
    return { text: textOf(termText, i) || entries.at(entry).label, lang, entry };
  });
  return { entries: entries.list, terms: terms.list, paradigms, rules: { ...rules, ...secondStageRules }, everyday };
}

/**
 * The second half of a tab's dictionary from the `lists` stream's pieces (load.ts's readPackStream), decoded as they
 * arrive: fills in the index's second-stage columns (index-pack.ts) and gives the lists. A tab's content script leaves
 * this to its second stage (lib/active-dictionary/tab-matcher.ts): only a match reads an entry, a term or a sense rule.
 * @example Object.assign(lists, await decodeSecondHalf(index, readPackStream(head, 'lists', readPart), head, pace));
 */
export async function decodeSecondHalf(
  index: FlatIndex,
  pieces: Pieces,
  head: TabPackHead,
  pace: Pace,
): Promise<MatcherLists> {
  // The ListsHead's JSON comes first: the pieces that hold it, then the columns decoded as the rest arrive.
  const front: string[] = [];
  for (let chars = 0; chars < head.listsHead && front.length < pieces.length; chars += front.at(-1)!.length)
    front.push(await pieces[front.length]!);
  const { listsHead, columns } = splitListsStream(front, head);
  const listsText = await decodeLists(index, [...columns, ...pieces.slice(front.length)], head.index, pace);
  return packedLists(index, listsText, head, listsHead);
}
