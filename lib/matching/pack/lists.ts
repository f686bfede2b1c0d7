import type { FlatIndex } from '@/lib/matching/flat-index';
import type { MatcherLists } from '@/lib/matching/matcher';
import type { EntryInfo, TermInfo } from '@/lib/matching/types';
import { lazyList } from './lazy-list';
import type { TabPackHead } from './tab-pack';
import { decodeEntryRecord } from './unpack';

/**
 * A loaded pack's lists: entries and terms decoded item by item from the index's tables when a match first points at
 * them, the rest as the head holds them. A tab's content script leaves this decoding to its second stage
 * (lib/active-dictionary/tab-matcher.ts): only a match reads an entry or a term.
 * @example const matcher = matcherOver(index, packedLists(index, head));
 */
export function packedLists(index: FlatIndex, { codes, notes, paradigms, rules, everyday }: TabPackHead): MatcherLists {
  const { text, entryRecord, termEntry, termLang, termText } = index;
  const entries = lazyList<EntryInfo>(entryRecord.length - 1, (i) =>
    decodeEntryRecord(text.slice(entryRecord[i], entryRecord[i + 1]), codes, notes),
  );
  const terms = lazyList<TermInfo>(termEntry.length, (i) => {
    const entry = termEntry[i]!;
    const lang = codes.lang[termLang[i]!] as TermInfo['lang'] | undefined;
    if (lang === undefined || entry >= entries.list.length) throw new Error(`term ${i} is malformed`);
    return { text: text.slice(termText[i], termText[i + 1]) || entries.at(entry).label, lang, entry };
  });
  return { entries: entries.list, terms: terms.list, paradigms, rules, everyday };
}
