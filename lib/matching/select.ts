import type { Tokens } from '@/lib/matching/tokenize';
import { CANCELS_ALL_TERMS, type CompiledPattern, type Match } from '@/lib/matching/types';
import type { Found } from '@/lib/matching/walk';

/**
 * Turns raw pattern occurrences into the final matches: exclusion phrases
 * cancel the terms they name wherever they overlap a candidate (by word), then
 * overlaps resolve leftmost-longest. At one start the longest candidate with a
 * term left wins, with every term found over exactly that span; scanning then
 * resumes after it. A trailing "'s" clitic ("parrot's", Dutch "papegaai's")
 * belongs to the match.
 */
export function selectMatches(found: Found[], patterns: readonly CompiledPattern[], tokens: Tokens): Match[] {
  const exclusions = found.filter((candidate) => patterns[candidate.pattern][5].length > 0);
  const matches: Match[] = [];
  let firstFreeWord = 0;
  for (let groupStart = 0; groupStart < found.length;) {
    const start = found[groupStart].start;
    let groupEnd = groupStart;
    while (groupEnd < found.length && found[groupEnd].start === start) groupEnd++;
    if (start >= firstFreeWord) {
      const group = found.slice(groupStart, groupEnd);
      const ends = [...new Set(group.map((candidate) => candidate.end))].sort((a, b) => b - a);
      for (const end of ends) {
        const terms = termsOver(group, end, patterns);
        for (const exclusion of exclusions) {
          if (exclusion.start <= end && exclusion.end >= start) cancel(terms, patterns[exclusion.pattern][5]);
        }
        if (terms.size === 0) continue;
        const lastWord = hasClitic(tokens, end) ? end + 1 : end;
        matches.push({
          start: tokens.start(start),
          end: tokens.end(lastWord),
          terms: [...terms].sort((a, b) => a - b),
        });
        firstFreeWord = lastWord + 1;
        break;
      }
    }
    groupStart = groupEnd;
  }
  return matches;
}

function termsOver(group: Found[], end: number, patterns: readonly CompiledPattern[]): Set<number> {
  const terms = new Set<number>();
  for (const candidate of group) {
    if (candidate.end === end) for (const term of patterns[candidate.pattern][4]) terms.add(term);
  }
  return terms;
}

function cancel(terms: Set<number>, cancels: readonly number[]): void {
  if (cancels.includes(CANCELS_ALL_TERMS)) terms.clear();
  else for (const term of cancels) terms.delete(term);
}

function hasClitic(tokens: Tokens, word: number): boolean {
  return word + 1 < tokens.count && tokens.sep(word) === "'" && tokens.folded(word + 1) === 's';
}
