import type { Lang } from '@/lib/dictionary/listing';

/** A Latin letter with a diacritic, decomposed. */
const LATIN_WITH_MARK = /^\p{Script=Latin}\p{M}/u;

/**
 * The marks inflection adds or moves inside a word of a language, which a page may write where the name has none:
 * the umlaut or diaeresis of German and Dutch ("Wolf" → "Wölfe", "orchidee" → "orchideeën"), the Polish "ó"
 * ("sowa" → "sów") and the ogonek of the Polish instrumental ("papuga" → "papugą"). Only in a term of that language:
 * the "ó" of Polish "góral" (a highlander) is no inflection of the English "goral".
 */
const INFLECTION_MARKS: Partial<Record<Lang, RegExp>> = {
  de: /^[a-z]\u0308/u,
  nl: /^[a-z]\u0308/u,
  pl: /^(?:o\u0301|a\u0328)/u,
};

/**
 * Page text that holds no Latin letter with a diacritic, decomposed or not (ASCII, Latin-1's symbols, Greek and
 * Cyrillic without the Cyrillic combining marks): nearly every word a page writes, answered without decomposing it.
 */
const WITHOUT_LATIN_MARKS = /^[\0-\u00bf\u0370-\u0482\u048a-\u04ff]*$/;

/**
 * Whether page text can be the term it matched once accents are folded: a letter the page writes with a diacritic
 * never stands for the same letter written without one, so folding never turns a word of one language into another's
 * name (French "chat tigré", a tabby, is not "chat-tigre", the oncilla). Leaving accents out is fine ("elephant"
 * for "éléphant"), and so are Cyrillic "ё" for "е" and the marks inflection moves in the term's own language.
 * Letters are compared up to the first whose base letter differs (an inflected ending).
 * @example acceptsMarks('chat tigré', 'chat-tigre', 'fr') // false
 * @example acceptsMarks('Wölfe', 'Wolf', 'de') // true
 * @example acceptsMarks('góral', 'goral', 'en') // false
 * @example acceptsMarks('Psíttàcus erithacus', 'Psittacus erithacus', 'la') // true
 */
export function acceptsMarks(page: string, term: string, lang: Lang): boolean {
  // A binomial names no word of any language: accents a seller puts on its letters only disguise it.
  if (WITHOUT_LATIN_MARKS.test(page) || (lang === 'la' && term.includes(' '))) return true;
  const letters = (text: string) =>
    (
      text
        .toLowerCase()
        .normalize('NFD')
        .match(/\p{L}\p{M}*/gu) ?? []
    ).map(accentsOf);
  const pageLetters = letters(page);
  const termLetters = letters(term);
  for (let i = 0; i < pageLetters.length && i < termLetters.length; i++) {
    const letter = pageLetters[i]!;
    if (letter[0] !== termLetters[i]![0]) return true;
    if (termLetters[i]!.length > 1 || !LATIN_WITH_MARK.test(letter)) continue;
    if (!INFLECTION_MARKS[lang]?.test(letter)) return false;
  }
  return true;
}

/**
 * A decomposed letter with only the marks that make another letter: a diacritic composes with its letter ("e" +
 * acute is "é"), a mark that decorates never does (a combining low line, overline or strike-through a seller draws
 * under or through every letter of a name, "P̲a̲n̲t̲h̲e̲r̲a̲"), so it says nothing about which word the letters spell.
 */
function accentsOf(letter: string): string {
  const [base, ...marks] = letter;
  if (marks.length === 0) return letter;
  let composed = base!;
  for (const mark of marks) {
    const withMark = (composed + mark).normalize('NFC');
    if ([...withMark].length === 1) composed = withMark;
  }
  return composed.normalize('NFD');
}

/**
 * Whether the page writes a name exactly as the dictionary does, diacritics and all: "Bär" is the bear, though "bar"
 * (its letters without the umlaut) is an everyday word.
 * @example writtenWithMarks('Bär', 'Bär') // true
 * @example writtenWithMarks('bar', 'Bär') // false
 */
export function writtenWithMarks(page: string, term: string): boolean {
  const decomposed = page.normalize('NFD');
  return (
    decomposed !== decomposed.replace(/\p{M}/gu, '') &&
    page.toLowerCase().normalize('NFC') === term.toLowerCase().normalize('NFC')
  );
}
