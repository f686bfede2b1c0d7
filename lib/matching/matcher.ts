import { displayOrder, toOriginalOrder, withoutOverlaps } from '@/lib/matching/display-order';
import { buildRoot, type TrieNode } from '@/lib/matching/pattern-index';
import { selectMatches } from '@/lib/matching/select';
import { SenseFilter } from '@/lib/matching/sense-filter';
import type { DeclaredLanguage } from '@/lib/matching/text-language';
import { tokenize } from '@/lib/matching/tokenize';
import type { CompiledDictionary, EntryInfo, Match, TermInfo } from '@/lib/matching/types';
import { Endings, findAll } from '@/lib/matching/walk';

export interface Matcher {
  /**
   * Matches in `text`, sorted by start, never overlapping, never spanning a "\n". `context` is what the page
   * declares about the text's language (`lang` attributes), which names spelled like everyday words must agree
   * with; without it the text's own words tell.
   */
  find(text: string, context?: DeclaredLanguage): Match[];
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
  const senses = options.senses === false ? undefined : new SenseFilter(compiled.terms, compiled.everyday);
  return {
    entries: compiled.entries,
    terms: compiled.terms,
    find(text, context) {
      const matchesIn = (source: string) => {
        const tokens = tokenize(source);
        const found = selectMatches(
          findAll(root, endings, compiled.patterns, tokens, crossesLines),
          compiled.patterns,
          tokens,
        );
        return senses ? senses.apply(found, tokens, context) : found;
      };
      const logical = matchesIn(text);
      // Bidi-overridden text is also matched as it is drawn: a word stored reversed reads forwards there,
      // and a name stored in order is still the page's own text (copied, read aloud, indexed).
      const order = displayOrder(text);
      return order === undefined ? logical : unionOf(toOriginalOrder(matchesIn(order.text), order), logical);
    },
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
