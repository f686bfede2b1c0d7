import { mixedScriptFolder, type MixedScriptFold } from '@/lib/matching/confusables';
import { findExemptNames, notListedIndex, type ExemptMatch, type NotListedIndex } from '@/lib/matching/exempt-names';
import type { FlatIndex } from '@/lib/matching/flat-index';
import type { Matcher, MatcherLists } from '@/lib/matching/matcher';
import { lazyRegExp } from '@/lib/matching/lazy-regexp';
import { tokenize, type Tokens } from '@/lib/matching/tokenize';
import { Endings, Walker, type Found } from '@/lib/matching/walk';

/** What both stages of a matcher share: built once, when the dictionary loads. */
export interface MatcherParts {
  index: FlatIndex;
  lists: MatcherLists;
  walker: Walker;
  /** The fold the compiler made the patterns with, rebuilt from the rules it stored with them. */
  foldMixed: MixedScriptFold;
  notListed: () => NotListedIndex;
}

/**
 * The second stage: choosing among candidates, the sense filter, bidi display order (full-scan.ts). `tokens` and
 * `found`: the text's words and the walk's candidates, when the first stage has just made them (not made again).
 */
export type FullScan = (
  text: string,
  context?: Parameters<Matcher['scan']>[1],
  tokens?: Tokens,
  found?: Found[],
) => ReturnType<Matcher['scan']>;

/**
 * Texts each stage remembers at most (this first stage, and full-scan.ts's through scan-memo.ts), and their longest:
 * long texts seldom repeat, and a memo keeps its keys alive.
 */
export const REMEMBERED_TEXTS = 2_000;
export const REMEMBERED_TEXT_CHARS = 300;

/**
 * What the second stage reads otherwise than as stored: the controls display-order.ts reorders by, a hyphen or
 * soft hyphen at a line end (line-end-hyphen.ts joins the word's halves), and a cheap superset of a seller's spellings
 * (seller-readings.ts: a digit or an asterisk between letters, an @ or $ between letters that is no e-mail
 * address's, four single letters spread alike, a blank that is a letter, a symbol drawn as a letter, a line break
 * before a small letter, a hashtag). Text without them reads as it is stored. Built on first use: as a literal its
 * fifteen property escapes cost every frame's evaluation of the content script ~2 ms (lazy-regexp.ts).
 */
export const otherReading = lazyRegExp(
  '[\\u202A-\\u202E\\u2066-\\u2069\\u115F\\u1160\\u3164\\uFFA0\\u2800\\u249C-\\u24B5\\u{1F130}-\\u{1F1FF}]|[-\\u00AD][ \\u00A0]*\\u2028|\\p{L}\\u2028\\p{Ll}|#\\p{L}|\\p{L}[013457*]\\p{L}|\\p{L}[@$]\\p{L}+(?![.\\p{L}])|(?<![\\p{L}\\p{N}])\\p{L}(\\P{L})\\p{L}\\1\\p{L}\\1\\p{L}',
);

/**
 * A matcher whose second stage may arrive later. Most text of most pages
 * holds no candidate at all, no bidi control and no line-end hyphen: the walk over the index says
 * so, and only the "not listed" names are looked for. Other text needs the
 * full scan; until `fullScan()` has one, such text gets no matches, its scan
 * says `waiting` and `missing` is called (the content script has the stage
 * injected, then scans that text again: see lib/detect/on-demand.ts).
 * @example const matcher = stagedMatcher(index, lists, () => stage, () => stageModule.request());
 */
export function stagedMatcher(
  index: FlatIndex,
  lists: MatcherLists,
  fullScan: (parts: MatcherParts) => FullScan | undefined,
  missing: () => void = () => {},
): Matcher {
  const parts = matcherParts(index, lists);
  const { walker, foldMixed, notListed } = parts;
  /** The first stage's verdict on short texts met before: their "not listed" names, or 0 when they need the second. */
  const seen = new Map<string, ExemptMatch[] | 0>();
  return matcherWith(lists, (text, context) => {
    let exempt = seen.get(text);
    // Made here only for a text not met before; the second stage takes them as they are.
    let tokens: Tokens | undefined;
    let found: Found[] | undefined;
    if (exempt === undefined) {
      tokens = tokenize(text, foldMixed);
      found = walker.findAll(tokens);
      exempt = found[0] || otherReading().test(text) ? 0 : findExemptNames(tokens, notListed());
      // Pages repeat short texts in every card (a seller, "Free postage"): each is walked once. Emptied when full.
      if (text.length <= REMEMBERED_TEXT_CHARS) {
        if (seen.size >= REMEMBERED_TEXTS) seen.clear();
        seen.set(text, exempt);
      }
    }
    if (exempt) return { matches: [], exempt };
    const full = fullScan(parts);
    if (full) return full(text, context, tokens, found);
    missing();
    return { matches: [], exempt: findExemptNames(tokens ?? tokenize(text, foldMixed), notListed()), waiting: true };
  });
}

/** The parts both stages share, built from a loaded index and its lists. */
export function matcherParts(index: FlatIndex, lists: MatcherLists): MatcherParts {
  return {
    index,
    lists,
    walker: new Walker(index, new Endings(lists.paradigms)),
    foldMixed: mixedScriptFolder(lists.rules.confusables),
    notListed: notListedIndex(lists.rules.notListed),
  };
}

/** A matcher over its lists that scans with `scan`; its entries and terms are read from the lists when asked for. */
export function matcherWith(lists: Pick<MatcherLists, 'entries' | 'terms'>, scan: Matcher['scan']): Matcher {
  return {
    get entries() {
      return lists.entries;
    },
    get terms() {
      return lists.terms;
    },
    scan,
    find: (text, context) => scan(text, context).matches,
  };
}
