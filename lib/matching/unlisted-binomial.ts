import type { Tokens } from '@/lib/matching/tokenize';

/** Words read after a common name for the binomial in brackets that says which organism it means. */
const WINDOW = 6;
/** A genus as Latin writes it: a capital and plain letters, no accent ("Bursera", "Androctonus"). */
const GENUS = /^[A-Z][a-z]{2,}$/;
/** An epithet in brackets, by the endings most have, the feminine -a too ("graveolens", "ionantha"). */
const BRACKETED_EPITHET = /^[a-z]{3,}(?:a|us|um|ae|i|is|es|as|ns|x)$/;
/** An epithet with no brackets around it, by the surest endings alone: "deux", "zwei" and "samica" are none. */
const EPITHET = /^[a-z]{4,}(?:us|um|ii|is|ns)$/;
/** A separator that ends a clause: the binomial past it glosses something else. */
const CLAUSE_END = /[.;:!?,]/;

/**
 * Whether a common name is glossed by a binomial the dictionary does not list, so names that organism rather than the
 * listed species it shares a word with: in brackets within its clause ("palo santo du Pérou (Bursera graveolens)",
 * "Escorpión de cola gruesa (Androctonus australis)"), or right after it ("Escorpión Pandinus cavimanus").
 * `listedAt` says whether a word lies in a dictionary match: a listed binomial matches whole, as its scientific name.
 * `namesOtherGenus` says whether the name stands for species of genera other than the gloss's (folded): a name of a
 * family or of the gloss's own genus may be glossed by a species the bundled dictionary leaves to the checklist
 * ("Sandboas (Eryx colubrinus)").
 * @example
 * glossedByUnlistedBinomial(tokenize('palo santo (Bursera graveolens)', fold), [0, 1], () => false, () => true) // true
 */
export function glossedByUnlistedBinomial(
  tokens: Tokens,
  [, last]: [number, number],
  listedAt: (word: number) => boolean,
  namesOtherGenus: (genus: string) => boolean,
): boolean {
  const binomialAt = (genus: number, epithet: RegExp) =>
    genus + 1 < tokens.count &&
    tokens.sep(genus) === ' ' &&
    GENUS.test(writtenAt(tokens, genus)) &&
    epithet.test(writtenAt(tokens, genus + 1)) &&
    !listedAt(genus) &&
    !listedAt(genus + 1) &&
    namesOtherGenus(tokens.folded(genus));
  // Right after the name, with nothing between.
  if (tokens.sep(last) === ' ' && binomialAt(last + 1, EPITHET)) return true;
  for (let genus = last + 1; genus < Math.min(tokens.count - 1, last + 1 + WINDOW); genus++) {
    const before = tokens.sep(genus - 1);
    if (before.endsWith('(')) return binomialAt(genus, BRACKETED_EPITHET) && tokens.sep(genus + 1).startsWith(')');
    if (CLAUSE_END.test(before) || listedAt(genus)) return false;
  }
  return false;
}

function writtenAt(tokens: Tokens, word: number): string {
  return tokens.source(tokens.start(word), tokens.end(word));
}
