import type { FlatIndex } from '@/lib/matching/flat-index';
import type { MatcherLists } from '@/lib/matching/matcher';
import type { EntryInfo, TermInfo } from '@/lib/matching/types';
import { createPace, type PaceOptions } from '@/lib/scheduling/pace';
import { decodeLists, type Pieces } from './index-pack';
import { lazyList } from './lazy-list';
import { pagedText, textsAreSmall, type PagedText, type TextWaits } from './paged-text';
import { splitListsStream, type ListsHead, type TabPackHead } from './tab-pack';
import { decodeEntryRecord, type PartReader } from './unpack';

/**
 * A loaded pack's lists: entries and terms decoded item by item from the index's tables and `texts` (the `texts`
 * stream, whose characters the tables count from where the index's keys end) when a match first points at them, the
 * rules whole (the head's first-stage rules with the ListsHead's), the rest as the heads hold them.
 * @example const matcher = matcherOver(index, packedLists(index, texts, head, listsHead));
 */
export function packedLists(
  index: FlatIndex,
  texts: Pick<PagedText, 'slice'>,
  { codes, paradigms, rules }: TabPackHead,
  { notes, everyday, rules: secondStageRules }: ListsHead,
): MatcherLists {
  const { entryRecord, termEntry, termLang, termText } = index;
  const keysEnd = index.text.length;
  const textOf = (bounds: Int32Array, i: number) => texts.slice(bounds[i]! - keysEnd, bounds[i + 1]! - keysEnd);
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

/** Decoded in slices (pace.ts); `waits`: see below. */
export interface SecondHalfOptions extends PaceOptions {
  waits?: TextWaits;
}

/**
 * The second half of a tab's dictionary from the `lists` stream's pieces (load.ts's readPackStream), decoded as they
 * arrive: fills in the index's second-stage columns (index-pack.ts) and gives the lists. A tab's content script leaves
 * this to its second stage (lib/active-dictionary/tab-matcher.ts): only a match reads an entry, a term or a sense rule.
 * The `texts` stream's parts are read with `readPart`: all of them before this resolves without `waits` (the
 * background, benchmarks) or when they are few (the bundled list's); otherwise each when a match first points into it
 * (paged-text.ts: the scan waits, `waits` hears of it), and the rest only when a reader walks them all (the hover
 * card's names of implied taxa): reading them seconds after the page loaded put ~2 M characters of storage replies
 * beside a popup opened then.
 * @example Object.assign(lists, await decodeSecondHalf(index, readPackStream(head, 'lists', readPart), head, readPart,
 * { signal, waits }));
 */
export async function decodeSecondHalf(
  index: FlatIndex,
  pieces: Pieces,
  head: TabPackHead,
  readPart: PartReader,
  { waits, ...paceOptions }: SecondHalfOptions = {},
): Promise<MatcherLists> {
  const pace = createPace(paceOptions);
  const texts = pagedText(head, readPart, waits);
  const whole = !waits || textsAreSmall(head) ? texts.readAll() : undefined;
  whole?.catch(() => undefined);
  // The ListsHead's JSON comes first: the pieces that hold it, then the columns decoded as the rest arrive.
  const front: string[] = [];
  for (let chars = 0; chars < head.listsHead && front.length < pieces.length; chars += front.at(-1)!.length)
    front.push(await pieces[front.length]!);
  const { listsHead, columns } = splitListsStream(front, head);
  await decodeLists(index, [...columns, ...pieces.slice(front.length)], head.index, pace);
  if (whole) await whole;
  return packedLists(index, texts, head, listsHead);
}
