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
 * ("пангалин"); in a single-word Latin name of TYPO_MIN_LETTERS letters or more, an "i" written "y" ("Pachypodyum").
 * No everyday word is one such slip away; each variant keeps the name's rule and its exclusions, slipped alike.
 *
 * @example
 * typoVariants({ text: 'Trachyphyllia', lang: 'la' }).map((t) => t.text)
 * // ['Trachyphylia', 'Trachiphyllia', 'Trachyphillia', 'Trachyphyllya']
 */
export function typoVariants(term: Term): Term[] {
  const variants = new Map<string, Term>();
  if (term.lang === 'la' && /\s/u.test(term.text)) return [];
  const add = (word: string, index: number, slipped: string): void => {
    const text = term.text.slice(0, index) + slipped + term.text.slice(index + word.length);
    const exclude = term.exclude?.flatMap((phrase) => [phrase, phrase.replaceAll(word, slipped)]);
    if (!variants.has(text)) variants.set(text, { ...term, text, ...(exclude && { exclude: [...new Set(exclude)] }) });
  };
  for (const { 0: word, index } of term.text.matchAll(WORD))
    for (const slipped of slipsOf(word, term.lang, word === term.text)) add(word, index, slipped);
  for (const { 0: word, index } of term.text.matchAll(/\p{L}+/gu))
    for (const slipped of headSpellingsOf(word, term.lang)) add(word, index, slipped);
  return [...variants.values()];
}

/**
 * How sellers spell the words that end many names, as they sound or as their fingers slip: a letter swapped
 * ("Carpet pyhton"), a doubled consonant written once ("Senegal parot"), a vowel as it sounds ("Mohrenkopfpapagai",
 * "сенегальский папугай"). Too short for the slip rules above, these words are spelled so in every name they end;
 * German and Dutch also at the end of a compound. A name with an everyday sense keeps its one spelling (compile.ts).
 */
const HEAD_SPELLINGS: Partial<Record<Term['lang'], Record<string, string[]>>> = {
  en: {
    rhinoceros: ['rhinocerous', 'rhinocerus'],
    pangolin: ['pangolian'],
    python: ['pyhton', 'phyton'],
    parrot: ['parot'],
    chameleon: ['chamelion', 'chamelon', 'cameleon'],
    cockatoo: ['cockatto'],
    tortoise: ['tortise'],
  },
  de: { rhinozeros: ['rhinozerus'], papagei: ['papagai'], python: ['phyton', 'pyton'], chamäleon: ['chamälion'] },
  nl: {
    python: ['pyton', 'phyton'],
    papegaai: ['papagaai'],
    schildpad: ['schilpad'],
    pijlgifkikker: ['pijlgiftkikker'],
    kameleon: ['kamelion'],
  },
  fr: { python: ['pyton', 'phyton', 'pyhton'], pangolin: ['pengolin'], caméléon: ['camélion'] },
  es: { rinoceronte: ['rinoseronte'], guacamayo: ['guacamallo'] },
  it: { pappagallo: ['papagallo'], camaleonte: ['cameleonte'], testuggine: ['testugine'], pitone: ['pittone'] },
  pl: { pyton: ['python'], kameleon: ['kamelion'] },
  ru: { попугай: ['папугай'], хамелеон: ['хамелион'], черепаха: ['черипаха'] },
};
const COMPOUNDING_LANGS: ReadonlySet<Term['lang']> = new Set(['de', 'nl']);

/** Each spelling sellers give `word` when it is, or for German and Dutch ends in, a word of HEAD_SPELLINGS. */
function headSpellingsOf(word: string, lang: Term['lang']): string[] {
  const lower = word.toLowerCase();
  return Object.entries(HEAD_SPELLINGS[lang] ?? {}).flatMap(([head, spellings]) =>
    lower === head || (COMPOUNDING_LANGS.has(lang) && lower.endsWith(head))
      ? spellings.map((spelling) => word.slice(0, word.length - head.length) + spelling)
      : [],
  );
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
    if (lang === 'la' && letter === 'i' && single && word.length >= TYPO_MIN_LETTERS) swap(at, 'y');
    if (lang === 'ru' && letter === 'о' && single) swap(at, 'а');
  }
  return slips;
}
