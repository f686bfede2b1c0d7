import { foldWord } from '@/lib/matching/fold';

/**
 * Marks that inflection itself adds or moves inside a word, so a page may write them where the name has none:
 * the German umlaut and Dutch or French diaeresis ("Wolf" → "Wölfe", "orchidee" → "orchideeën") and the Polish
 * "ó" ("sowa" → "sów").
 */
const ALTERNATING_MARK = /^(?:[a-z]\u0308|o\u0301)$/;
const LATIN_WITH_MARK = /^\p{Script=Latin}\p{M}+$/u;

/** Each letter of a word folded, with whether the page wrote it with a diacritic that sets it apart. */
function letters(word: string): { folded: string; marked: boolean }[] {
  return [...word.normalize('NFC')].map((char) => {
    const bare = char.toLowerCase().normalize('NFD');
    return { folded: foldWord(char), marked: LATIN_WITH_MARK.test(bare) && !ALTERNATING_MARK.test(bare) };
  });
}

/**
 * Whether a page word can be the term word it matched once accents are folded: a letter the page writes with a
 * diacritic never stands for the same letter written without one, so folding never turns a word of one language
 * into another's name (French "chat tigré", a tabby, is not "chat-tigre", the oncilla). Leaving accents out is
 * fine ("elephant" for "éléphant"); Cyrillic "ё" for "е" and the marks inflection moves are too.
 * @example acceptsMarks('tigré', 'tigre') // false
 * @example acceptsMarks('Wölfe', 'Wolf') // true
 */
export function acceptsMarks(pageWord: string, termWord: string): boolean {
  const page = letters(pageWord);
  const term = letters(termWord);
  for (let i = 0; i < page.length && i < term.length; i++) {
    if (page[i]!.folded !== term[i]!.folded) return true;
    if (page[i]!.marked && !term[i]!.marked) return false;
  }
  return true;
}

/** Whether a page text holds a Latin letter with a diacritic at all: most never do, and skip the check. */
export const HAS_MARKED_LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]|\p{M}/u;
