import { buildFlatIndex } from '@/lib/matching/build-index';
import { packParadigms, type PackedParadigms } from '@/lib/matching/packed-paradigms';
import type { FlatIndex } from '@/lib/matching/flat-index';
import { createFullScan } from '@/lib/matching/full-scan';
import type { ExemptMatch } from '@/lib/matching/exempt-names';
import { matcherParts, matcherWith, stagedMatcher, type FullScan } from '@/lib/matching/staged-matcher';
import type { DeclaredLanguage } from '@/lib/matching/text-language';
import type { CompiledDictionary, EntryInfo, Match, MatchRules, TermInfo, EverydayTerm } from '@/lib/matching/types';

export interface Matcher {
  /**
   * Matches in `text`, sorted by start, never overlapping, never spanning a "\n". `context` is what the page
   * declares about the text's language (`lang` attributes), which names spelled like everyday words must agree
   * with; without it the text's own words tell.
   */
  find(text: string, context?: DeclaredLanguage): Match[];
  /**
   * `find`'s matches, and the names of species the Appendices leave out (shown "not listed", never counted).
   * `waiting`: the text needs the matcher's second stage, which has not arrived yet; its matches are missing
   * until the text is scanned again (see staged-matcher.ts).
   */
  scan(text: string, context?: DeclaredLanguage): { matches: Match[]; exempt: ExemptMatch[]; waiting?: true };
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
  return matcherOver(buildFlatIndex(compiled), compiledLists(compiled), options);
}

/**
 * A compiled dictionary's lists as a matcher reads them: its paradigms packed, as a tab pack's head holds them.
 * @example const parts = matcherParts(buildFlatIndex(compiled), compiledLists(compiled));
 */
export const compiledLists = (compiled: CompiledDictionary): MatcherLists => ({
  ...compiled,
  paradigms: packParadigms(compiled.paradigms),
});

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
  paradigms: PackedParadigms;
  /** The matching-time rules compiled with the dictionary (sense cues, exemptions, look-alike letters). */
  rules: MatchRules;
  /** Its names spelled like everyday words (CompiledDictionary.everyday). */
  everyday: readonly EverydayTerm[];
}

/** A matcher over a flat index already built (by the background, decoded by load.ts), both stages at hand. */
export function matcherOver(index: FlatIndex, lists: MatcherLists, options: MatcherOptions = {}): Matcher {
  // Without senses there are no "not listed" marks either, which the first stage would look for.
  if (options.senses === false) return matcherWith(lists, createFullScan(matcherParts(index, lists), options));
  let full: FullScan | undefined;
  return stagedMatcher(index, lists, (parts) => (full ??= createFullScan(parts, options)));
}
