import { foldedCueWords, wordFits, type CueWord } from '@/lib/matching/cue-words';
import type { Tokens } from '@/lib/matching/tokenize';
import type { Match, NotListedTaxon } from '@/lib/matching/types';

/** A name of a species the Appendices leave out, where the text says it: marked "not listed", never counted. */
export interface ExemptMatch {
  start: number;
  end: number;
  taxon: NotListedTaxon;
}

interface ExemptName {
  words: CueWord[];
  taxon: NotListedTaxon;
}

/** Names are looked up by the first letters of their first word: one map lookup per page word. */
const KEY_LENGTH = 3;

/** Exempt names by the first letters of their first word. */
export type NotListedIndex = ReadonlyMap<string, readonly ExemptName[]>;

/**
 * The index of the rules' not-listed taxa (CompiledDictionary.rules.notListed), built on first use: most pages
 * never ask.
 */
export function notListedIndex(taxa: readonly NotListedTaxon[]): () => NotListedIndex {
  let byKey: Map<string, ExemptName[]> | undefined;
  return () => {
    if (byKey) return byKey;
    byKey = new Map();
    for (const taxon of taxa) {
      for (const name of taxon.names) {
        const words = foldedCueWords(name);
        const key = words[0]!.text.slice(0, KEY_LENGTH);
        byKey.set(key, [...(byKey.get(key) ?? []), { words, taxon }]);
      }
    }
    // Longest name first, so "Psittacula krameri" wins over a shorter name at the same word.
    for (const names of byKey.values()) names.sort((a, b) => b.words.length - a.words.length);
    return byKey;
  };
}

/** Every exempt name in the text, leftmost-longest, never overlapping. */
export function findExemptNames(tokens: Tokens, index: NotListedIndex): ExemptMatch[] {
  const found: ExemptMatch[] = [];
  for (let word = 0; word < tokens.count; word++) {
    const folded = tokens.folded(word);
    const candidates = index.get(folded.slice(0, KEY_LENGTH));
    if (!candidates) continue;
    const name = candidates.find(
      ({ words }) =>
        word + words.length <= tokens.count &&
        words.every((part, i) => wordFits(part, i === 0 ? folded : tokens.folded(word + i))),
    );
    if (!name) continue;
    const last = word + name.words.length - 1;
    found.push({ start: tokens.start(word), end: tokens.end(last), taxon: name.taxon });
    word = last;
  }
  return found;
}

/**
 * Sorts the two kinds of finding out: a dictionary match lying within an exempt name is that name, not the
 * listed taxon it starts like ("Canis lupus" in "Canis lupus familiaris", "parakeet" in "ring-necked
 * parakeet"), so it goes; an exempt name overlapping a match that remains is dropped (the listed one wins).
 */
export function settleExempt(
  matches: readonly Match[],
  exempt: readonly ExemptMatch[],
): { matches: Match[]; exempt: ExemptMatch[] } {
  if (exempt.length === 0) return { matches: [...matches], exempt: [] };
  const within = (match: Match) => exempt.some((name) => name.start <= match.start && match.end <= name.end);
  const kept = matches.filter((match) => !within(match));
  const overlaps = (name: ExemptMatch) => kept.some((match) => match.start < name.end && name.start < match.end);
  return { matches: kept, exempt: exempt.filter((name) => !overlaps(name)) };
}
