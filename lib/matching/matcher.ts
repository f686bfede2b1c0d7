import { displayOrder, toOriginalOrder } from '@/lib/matching/display-order';
import { buildRoot, type TrieNode } from '@/lib/matching/pattern-index';
import { selectMatches } from '@/lib/matching/select';
import { tokenize } from '@/lib/matching/tokenize';
import type { CompiledDictionary, EntryInfo, Match, TermInfo } from '@/lib/matching/types';
import { Endings, findAll } from '@/lib/matching/walk';

export interface Matcher {
  /** Matches in `text`, sorted by start, never overlapping, never spanning a "\n". */
  find(text: string): Match[];
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
export function createMatcher(compiled: CompiledDictionary): Matcher {
  return matcherOver(compiled, buildRoot(compiled.patterns));
}

/** A matcher over a root level already built (in slices, by load.ts). */
export function matcherOver(compiled: CompiledDictionary, root: TrieNode): Matcher {
  const endings = new Endings(compiled.paradigms);
  return {
    entries: compiled.entries,
    terms: compiled.terms,
    find(text) {
      // Bidi-overridden text is matched as it is drawn: a reversed word reads forwards.
      const order = displayOrder(text);
      const tokens = tokenize(order?.text ?? text);
      const matches = selectMatches(findAll(root, endings, compiled.patterns, tokens), compiled.patterns, tokens);
      return order === undefined ? matches : toOriginalOrder(matches, order);
    },
  };
}
