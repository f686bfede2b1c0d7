import type { Term } from '@/lib/dictionary/schema';

/** Letters a word must have before Spoor reads one slip in it as the name: short words are too near other words. */
export const TYPO_MIN_LETTERS = 10;

const LONG_WORD = new RegExp(String.raw`\p{L}{${TYPO_MIN_LETTERS},}`, 'gu');
const VOWEL = /[aeiouyäöüàáâèéêìíîòóôùúûаеёиоуыэюя]/iu;

/**
 * The slips sellers make in long names, one a spelling: a doubled consonant written once ("Trachyphylia",
 * "cocodrillo") and a Latin "y" written "i" ("Trachiphyllia"). Only words of TYPO_MIN_LETTERS letters or more,
 * where no everyday word is one such slip away; each variant keeps the name's rule and its exclusions, slipped alike.
 *
 * @example
 * typoVariants({ text: 'Trachyphyllia', lang: 'la' }).map((t) => t.text)
 * // ['Trachyphylia', 'Trachiphyllia', 'Trachyphillia']
 */
export function typoVariants(term: Term): Term[] {
  const variants = new Map<string, Term>();
  if (term.lang === 'la' && /\s/u.test(term.text)) return [];
  for (const { 0: word, index } of term.text.matchAll(LONG_WORD)) {
    for (const slipped of slipsOf(word, term.lang === 'la')) {
      const text = term.text.slice(0, index) + slipped + term.text.slice(index + word.length);
      const exclude = term.exclude?.flatMap((phrase) => [phrase, phrase.replaceAll(word, slipped)]);
      if (!variants.has(text))
        variants.set(text, { ...term, text, ...(exclude && { exclude: [...new Set(exclude)] }) });
    }
  }
  return [...variants.values()];
}

/** Each spelling of `word` with one doubled consonant written once, and (Latin) one "y" written "i". */
function slipsOf(word: string, latin: boolean): string[] {
  const slips: string[] = [];
  for (let at = 1; at < word.length; at++) {
    const letter = word[at]!;
    if (letter.toLowerCase() === word[at - 1]!.toLowerCase() && !VOWEL.test(letter))
      slips.push(word.slice(0, at) + word.slice(at + 1));
    if (latin && letter === 'y') slips.push(`${word.slice(0, at)}i${word.slice(at + 1)}`);
  }
  return slips;
}
