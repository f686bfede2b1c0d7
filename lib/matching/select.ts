import type { FlatIndex } from '@/lib/matching/flat-index';
import type { Tokens } from '@/lib/matching/tokenize';
import type { Match } from '@/lib/matching/types';
import type { Found } from '@/lib/matching/walk';

/**
 * Turns raw pattern occurrences into the final matches: exclusion phrases
 * cancel the terms they name wherever they overlap a candidate (by word), then
 * overlaps resolve leftmost-longest. At one start the longest candidate with a
 * term left wins, with every term found over exactly that span; scanning then
 * resumes after it. A trailing "'s" clitic ("parrot's", Dutch "papegaai's")
 * belongs to the match.
 */
export function selectMatches(found: Found[], index: FlatIndex, tokens: Tokens): Match[] {
  // Most blocks of a page: nothing found, nothing to allocate.
  if (found.length === 0) return [];
  const { patternCancels } = index;
  const exclusions = found.filter(({ pattern }) => patternCancels[pattern + 1]! > patternCancels[pattern]!);
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
        const terms = termsOver(group, end, index);
        for (const exclusion of exclusions) {
          if (exclusion.start <= end && exclusion.end >= start) cancel(terms, exclusion.pattern, index);
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

function termsOver(group: Found[], end: number, { patternTerms, termList }: FlatIndex): Set<number> {
  const terms = new Set<number>();
  for (const { end: candidateEnd, pattern } of group) {
    if (candidateEnd !== end) continue;
    for (let i = patternTerms[pattern]!; i < patternTerms[pattern + 1]!; i++) terms.add(termList[i]!);
  }
  return terms;
}

/** cancelList holds term + 1, and 0 for "every term". */
function cancel(terms: Set<number>, pattern: number, { patternCancels, cancelList }: FlatIndex): void {
  const cancels = cancelList.subarray(patternCancels[pattern], patternCancels[pattern + 1]);
  if (cancels.includes(0)) terms.clear();
  else for (const term of cancels) terms.delete(term - 1);
}

function hasClitic(tokens: Tokens, word: number): boolean {
  return word + 1 < tokens.count && tokens.sep(word) === "'" && tokens.folded(word + 1) === 's';
}
