import { displayOrder, toOriginalOrder, withoutOverlaps } from '@/lib/matching/display-order';
import { findExemptNames, settleExempt, type ExemptMatch } from '@/lib/matching/exempt-names';
import { buildRoot, type TrieNode } from '@/lib/matching/pattern-index';
import { selectMatches } from '@/lib/matching/select';
import { SenseFilter } from '@/lib/matching/sense-filter';
import { tokenize } from '@/lib/matching/tokenize';
import type { CompiledDictionary, EntryInfo, Match, TermInfo } from '@/lib/matching/types';
import { Endings, findAll } from '@/lib/matching/walk';

export interface Matcher {
  /**
   * Matches in `text`, sorted by start, never overlapping, never spanning a "\n". `lang` is the language the
   * page declares for the text (`lang` attribute), which false friends must agree with; without it they guess.
   */
  find(text: string, context?: { lang?: string }): Match[];
  /** `find`'s matches, and the names of species the Appendices leave out (shown "not listed", never counted). */
  scan(text: string, context?: { lang?: string }): { matches: Match[]; exempt: ExemptMatch[] };
  readonly entries: readonly EntryInfo[];
  readonly terms: readonly TermInfo[];
}

/**
 * Builds a matcher from a compiled dictionary: hash maps only, no folding or
 * stemming at load time (the compiler did that), so every tab pays little.
 *
 * @example
 * const matcher = createMatcher(compiled);
 * for (const m of matcher.find('Biete Graupapageien an')) {
 *   const term = matcher.terms[m.terms[0]];
 *   console.log(text.slice(m.start, m.end), matcher.entries[term.entry].label);
 * }
 */
export function createMatcher(compiled: CompiledDictionary, options: MatcherOptions = {}): Matcher {
  return matcherOver(compiled, buildRoot(compiled.patterns), options);
}

export interface MatcherOptions {
  /**
   * Whether words with an everyday sense need context and exempt parrots silence their group words
   * (see sense-filter.ts). On everywhere Spoor matches a page; off only to test the matching itself.
   */
  senses?: boolean;
}

/** A matcher over a root level already built (in slices, by load.ts). */
export function matcherOver(compiled: CompiledDictionary, root: TrieNode, options: MatcherOptions = {}): Matcher {
  const endings = new Endings(compiled.paradigms);
  const crossesLines = scientificPatterns(compiled);
  const senses = options.senses === false ? undefined : new SenseFilter(compiled.terms);
  const scan: Matcher['scan'] = (text, context) => {
    let exempt: ExemptMatch[] = [];
    const matchesIn = (source: string, logical: boolean) => {
      const tokens = tokenize(source);
      const found = selectMatches(
        findAll(root, endings, compiled.patterns, tokens, crossesLines),
        compiled.patterns,
        tokens,
      );
      const sensed = senses ? senses.apply(found, tokens, context?.lang) : found;
      if (!senses || !logical) return sensed;
      const settled = settleExempt(sensed, findExemptNames(tokens));
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
    entries: compiled.entries,
    terms: compiled.terms,
    scan,
    find: (text, context) => scan(text, context).matches,
  };
}

/** Matches of two readings of one text, sorted by start, the longer first where they overlap. */
function unionOf(drawn: Match[], logical: Match[]): Match[] {
  return withoutOverlaps([...drawn, ...logical].sort((a, b) => a.start - b.start || b.end - a.end));
}

/** 1 for each pattern that only finds scientific names: those may run across a line break. */
function scientificPatterns(compiled: CompiledDictionary): Uint8Array {
  const flags = new Uint8Array(compiled.patterns.length);
  compiled.patterns.forEach(([, , , , terms, cancels], index) => {
    const scientific =
      terms.length > 0 && cancels.length === 0 && terms.every((term) => compiled.terms[term]!.lang === 'la');
    flags[index] = scientific ? 1 : 0;
  });
  return flags;
}
