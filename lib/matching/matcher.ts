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
  const senses = options.senses === false ? undefined : new SenseFilter(compiled.terms);
  return {
    entries: compiled.entries,
    terms: compiled.terms,
    find(text, context) {
      const tokens = tokenize(text);
      const matches = selectMatches(findAll(root, endings, compiled.patterns, tokens), compiled.patterns, tokens);
      return senses ? senses.apply(matches, tokens, context?.lang) : matches;
    },
  };
}
