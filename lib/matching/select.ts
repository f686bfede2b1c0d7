import type { FlatIndex } from '@/lib/matching/flat-index';
import type { Tokens } from '@/lib/matching/tokenize';
import type { Match } from '@/lib/matching/types';
import type { Found } from '@/lib/matching/walk';

// Indexed loops throughout: this runs for every candidate in code a tab has not optimised yet, where `for…of` makes an
// iterator result per element.

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
  if (found.some(isEdited)) found = withoutEditedOverExact(found);
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
      const ends = endsOf(group);
      for (let e = 0; e < ends.length; e++) {
        const end = ends[e]!;
        const terms = termsOver(group, end, index);
        for (let i = 0; i < exclusions.length; i++) {
          const exclusion = exclusions[i]!;
          if (exclusion.start <= end && exclusion.end >= start) cancel(terms, exclusion.pattern, index);
        }
        if (terms.size === 0) continue;
        const lastWord = hasClitic(tokens, end) ? end + 1 : end;
        const match: Match = {
          start: tokens.start(start),
          end: tokens.end(lastWord),
          terms: terms.size > 1 ? [...terms].sort((a, b) => a - b) : [...terms],
        };
        if (group.every((candidate) => candidate.end !== end || candidate.edited)) match.edited = true;
        matches.push(match);
        firstFreeWord = lastWord + 1;
        break;
      }
    }
    groupStart = groupEnd;
  }
  return matches;
}

/** The distinct ends of a group's candidates, the longest first (most groups hold one candidate). */
function endsOf(group: Found[]): number[] {
  const ends: number[] = [];
  for (let i = 0; i < group.length; i++) {
    const { end } = group[i]!;
    if (ends.includes(end)) continue;
    // Put in place, not sorted after: Array#sort copies the array it sorts, and this runs for every candidate.
    let at = ends.length;
    for (; at > 0 && ends[at - 1]! < end; at--) ends[at] = ends[at - 1]!;
    ends[at] = end;
  }
  return ends;
}

function termsOver(group: Found[], end: number, { patternTerms, termList }: FlatIndex): Set<number> {
  const terms = new Set<number>();
  for (let c = 0; c < group.length; c++) {
    const { end: candidateEnd, pattern } = group[c]!;
    if (candidateEnd !== end) continue;
    for (let i = patternTerms[pattern]!; i < patternTerms[pattern + 1]!; i++) terms.add(termList[i]!);
  }
  return terms;
}

/** cancelList holds term + 1, and 0 for "every term". */
function cancel(terms: Set<number>, pattern: number, { patternCancels, cancelList }: FlatIndex): void {
  const from = patternCancels[pattern]!;
  const to = patternCancels[pattern + 1]!;
  if (cancelList.subarray(from, to).includes(0)) terms.clear();
  else for (let i = from; i < to; i++) terms.delete(cancelList[i]! - 1);
}

function hasClitic(tokens: Tokens, word: number): boolean {
  return word + 1 < tokens.count && tokens.sep(word) === "'" && tokens.folded(word + 1) === 's';
}

const isEdited = (candidate: Found) => candidate.edited === true;

/** A word read one edit away from a name is no name where a candidate written as it is covers it ("Caviale Baerii"). */
function withoutEditedOverExact(found: Found[]): Found[] {
  const exact = found.filter((candidate) => !candidate.edited);
  return found.filter(
    (candidate) =>
      !candidate.edited || !exact.some(({ start, end }) => start <= candidate.start && candidate.start <= end),
  );
}
