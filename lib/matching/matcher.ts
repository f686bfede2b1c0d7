import { mixedScriptFolder } from '@/lib/matching/confusables';
import { displayOrder, toOriginalOrder, withoutOverlaps } from '@/lib/matching/display-order';
import { buildFlatIndex } from '@/lib/matching/build-index';
import type { FlatIndex } from '@/lib/matching/flat-index';
import { findExemptNames, notListedIndex, settleExempt, type ExemptMatch } from '@/lib/matching/exempt-names';
import { selectMatches } from '@/lib/matching/select';
import { SenseFilter } from '@/lib/matching/sense-filter';
import type { DeclaredLanguage } from '@/lib/matching/text-language';
import { tokenize } from '@/lib/matching/tokenize';
import type { CompiledDictionary, EntryInfo, Match, MatchRules, TermInfo, EverydayTerm } from '@/lib/matching/types';
import { Endings, Walker } from '@/lib/matching/walk';

export interface Matcher {
  /**
   * Matches in `text`, sorted by start, never overlapping, never spanning a "\n". `context` is what the page
   * declares about the text's language (`lang` attributes), which names spelled like everyday words must agree
   * with; without it the text's own words tell.
   */
  find(text: string, context?: DeclaredLanguage): Match[];
  /** `find`'s matches, and the names of species the Appendices leave out (shown "not listed", never counted). */
  scan(text: string, context?: DeclaredLanguage): { matches: Match[]; exempt: ExemptMatch[] };
  readonly entries: readonly EntryInfo[];
  readonly terms: readonly TermInfo[];
}

/**
 * Builds a matcher from a compiled dictionary, off the page (the background,
 * tests): tabs load the index built here from storage (pack/load.ts).
 *
 * @example
 * const matcher = createMatcher(compiled);
 * for (const m of matcher.find('Biete Graupapageien an')) {
 *   const term = matcher.terms[m.terms[0]];
 *   console.log(text.slice(m.start, m.end), matcher.entries[term.entry].label);
 * }
 */
export function createMatcher(compiled: CompiledDictionary, options: MatcherOptions = {}): Matcher {
  return matcherOver(buildFlatIndex(compiled), compiled, options);
}

export interface MatcherOptions {
  /**
   * Whether words with an everyday sense need context and exempt parrots silence their group words
   * (see sense-filter.ts). On everywhere Spoor matches a page; off only to test the matching itself.
   */
  senses?: boolean;
}

/** What a matcher reports matches against: lists a tab may decode lazily, one item on first use. */
export interface MatcherLists {
  entries: readonly EntryInfo[];
  terms: readonly TermInfo[];
  paradigms: readonly string[][];
  /** The matching-time rules compiled with the dictionary (sense cues, exemptions, look-alike letters). */
  rules: MatchRules;
  /** Its names spelled like everyday words (CompiledDictionary.everyday). */
  everyday: readonly EverydayTerm[];
}

/** A matcher over a flat index already built (by the background, decoded by load.ts). */
export function matcherOver(index: FlatIndex, lists: MatcherLists, options: MatcherOptions = {}): Matcher {
  const walker = new Walker(index, new Endings(lists.paradigms));
  // The fold the compiler made the patterns with, rebuilt from the rules it stored with them.
  const foldMixed = mixedScriptFolder(lists.rules.confusables);
  const senses =
    options.senses === false ? undefined : new SenseFilter(lists.terms, lists.rules, foldMixed, lists.everyday);
  const notListed = notListedIndex(lists.rules.notListed);
  const scan: Matcher['scan'] = (text, context) => {
    let exempt: ExemptMatch[] = [];
    const matchesIn = (source: string, logical: boolean) => {
      const tokens = tokenize(source, foldMixed);
      const found = selectMatches(walker.findAll(tokens), index, tokens);
      const sensed = senses ? senses.apply(found, tokens, context) : found;
      if (!senses || !logical) return sensed;
      const settled = settleExempt(sensed, findExemptNames(tokens, notListed()));
      exempt = settled.exempt;
      return settled.matches;
    };
    const logical = matchesIn(text, true);
    // Bidi-overridden text is also matched as it is drawn: a word stored reversed reads forwards there,
    // and a name stored in order is still the page's own text (copied, read aloud, indexed).
    const order = displayOrder(text);
    if (order === undefined) return { matches: logical, exempt };
    const matches = unionOf(toOriginalOrder(matchesIn(order.text, false), order), logical);
    return settleExempt(matches, exempt);
  };
  return {
    entries: lists.entries,
    terms: lists.terms,
    scan,
    find: (text, context) => scan(text, context).matches,
  };
}

/** Matches of two readings of one text, sorted by start, the longer first where they overlap. */
function unionOf(drawn: Match[], logical: Match[]): Match[] {
  return withoutOverlaps([...drawn, ...logical].sort((a, b) => a.start - b.start || b.end - a.end));
}
