import { isCapitalisedAt } from '@/lib/matching/capitalised-word';
import type { CueLookup } from '@/lib/matching/cue-words';
import type { Tokens } from '@/lib/matching/tokenize';

/** Words read on each side of the genus: a drug is named beside the plant it was isolated from. */
const WINDOW = 10;
/** Letters an alkaloid's name keeps of its genus's: galantamine of Galanthus, atropine of Atropa, taxine of Taxus. */
const SHARED_LETTERS = 5;
/** An alkaloid's or a glycoside's ending in the eight languages: galantamine, Galantamin, galantamina, галантамин. */
const ALKALOID_ENDING = /(?:in|ine|ina|ин|ина)$/u;
/**
 * Letter for letter ("ch" as "h"), as Russian writes the drug in Cyrillic beside the genus in Latin: "галантамин …
 * Galanthus", "колхицин … Colchicum".
 */
const LATIN = 'abcdefghijklmnopqrstuvwyz';
const CYRILLIC = 'абкдефгхийклмнопкрстуввиз';

/**
 * Whether a genus named alone is the source of a drug in a pharmacology text: a word near it is an alkaloid named
 * after it ("galantamine, first isolated from Galanthus"), and no wildlife or plant-trade word is near ("bulbs",
 * "wild-collected"), since a seller may name the drug too. A listing names the plant's species or its trade. The
 * caller asks it of scientific names only: "Elefante" is no genus of "elefantino".
 * @example isDrugSource(tokenize('galantamine was isolated from Galanthus', fold), [4, 4], () => plantTrade) // true
 */
export function isDrugSource(tokens: Tokens, [first, last]: [number, number], plantTrade: () => CueLookup): boolean {
  if (first !== last || !isCapitalisedAt(tokens, first)) return false;
  const genus = tokens.folded(first);
  if (genus.length < SHARED_LETTERS) return false;
  const stem = genus.slice(0, SHARED_LETTERS);
  const cyrillicStem = [...stem.replace(/ch/g, 'h')]
    .map((letter) => CYRILLIC[LATIN.indexOf(letter)] ?? letter)
    .join('');
  const near: number[] = [];
  for (let word = Math.max(0, first - WINDOW); word < Math.min(tokens.count, last + 1 + WINDOW); word++)
    if (word !== first) near.push(word);
  const namesDrug = (word: number) => {
    const folded = tokens.folded(word);
    const named = folded.startsWith(stem) || folded.startsWith(cyrillicStem);
    return folded !== genus && named && ALKALOID_ENDING.test(folded);
  };
  // The drug first: most texts name none, and then the cues are neither made nor looked up.
  return near.some(namesDrug) && !near.some((word) => plantTrade().has(tokens.folded(word)));
}
