import type { Term } from '@/lib/dictionary/schema';

/** Letters a word must have before Spoor reads one slip in it as the name: short words are too near other words. */
export const TYPO_MIN_LETTERS = 10;
/**
 * Shorter words may take the slips no everyday word is near: a Latin "y" written "i" ("Uromastix") and a Russian
 * unstressed "о" written "а", as it sounds ("пангалин").
 */
export const SOUND_SLIP_MIN_LETTERS = 8;

const WORD = new RegExp(String.raw`\p{L}{${SOUND_SLIP_MIN_LETTERS},}`, 'gu');
const VOWEL = /[aeiouyäöüàáâèéêìíîòóôùúûаеёиоуыэюя]/iu;

/**
 * The slips sellers make in long names, one a spelling: a doubled consonant written once ("Trachyphylia",
 * "cocodrillo") in words of TYPO_MIN_LETTERS letters or more, and, from SOUND_SLIP_MIN_LETTERS letters, a Latin
 * "y" written "i" ("Trachiphyllia", "Uromastix") and a Russian "о" after the first letter written "а"
 * ("пангалин"). No everyday word is one such slip away; each variant keeps the name's rule and its exclusions,
 * slipped alike.
 *
 * @example
 * typoVariants({ text: 'Trachyphyllia', lang: 'la' }).map((t) => t.text)
 * // ['Trachyphylia', 'Trachiphyllia', 'Trachyphillia']
 */
export function typoVariants(term: Term): Term[] {
  const variants = new Map<string, Term>();
  if (term.lang === 'la' && /\s/u.test(term.text)) return [];
  for (const { 0: word, index } of term.text.matchAll(WORD)) {
    for (const slipped of slipsOf(word, term.lang, word === term.text)) {
      const text = term.text.slice(0, index) + slipped + term.text.slice(index + word.length);
      const exclude = term.exclude?.flatMap((phrase) => [phrase, phrase.replaceAll(word, slipped)]);
      if (!variants.has(text))
        variants.set(text, { ...term, text, ...(exclude && { exclude: [...new Set(exclude)] }) });
    }
  }
  return [...variants.values()];
}

/** Each spelling of `word` with one slip of its language (see typoVariants). */
function slipsOf(word: string, lang: Term['lang'], single: boolean): string[] {
  const slips: string[] = [];
  const swap = (at: number, letter: string) => slips.push(word.slice(0, at) + letter + word.slice(at + 1));
  for (let at = 1; at < word.length; at++) {
    const letter = word[at]!;
    if (word.length >= TYPO_MIN_LETTERS && letter.toLowerCase() === word[at - 1]!.toLowerCase() && !VOWEL.test(letter))
      slips.push(word.slice(0, at) + word.slice(at + 1));
    if (lang === 'la' && letter === 'y') swap(at, 'i');
    if (lang === 'ru' && letter === 'о' && single) swap(at, 'а');
  }
  return slips;
}
