/**
 * A Latin letter with a diacritic, decomposed, except the marks inflection adds or moves inside a word, which a page
 * may write where the name has none: the umlaut or diaeresis ("Wolf" → "Wölfe", "orchidee" → "orchideeën") and the
 * Polish "ó" ("sowa" → "sów"), and the ogonek of the Polish instrumental ("papuga" → "papugą").
 */
const SET_APART = /^(?![a-z]\u0308|o\u0301|a\u0328)\p{Script=Latin}\p{M}/u;

/**
 * Page text that holds no Latin letter with a diacritic, decomposed or not (ASCII, Latin-1's symbols, Greek and
 * Cyrillic without the Cyrillic combining marks): nearly every word a page writes, answered without decomposing it.
 */
const WITHOUT_LATIN_MARKS = /^[\0-\u00bf\u0370-\u0482\u048a-\u04ff]*$/;

/**
 * Whether page text can be the term it matched once accents are folded: a letter the page writes with a diacritic
 * never stands for the same letter written without one, so folding never turns a word of one language into another's
 * name (French "chat tigré", a tabby, is not "chat-tigre", the oncilla). Leaving accents out is fine ("elephant"
 * for "éléphant"), and so are Cyrillic "ё" for "е" and the marks inflection moves. Letters are compared up to the
 * first whose base letter differs (an inflected ending).
 * @example acceptsMarks('chat tigré', 'chat-tigre') // false
 * @example acceptsMarks('Wölfe', 'Wolf') // true
 */
export function acceptsMarks(page: string, term: string): boolean {
  if (WITHOUT_LATIN_MARKS.test(page)) return true;
  const letters = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFD')
      .match(/\p{L}\p{M}*/gu) ?? [];
  const pageLetters = letters(page);
  const termLetters = letters(term);
  for (let i = 0; i < pageLetters.length && i < termLetters.length; i++) {
    const letter = pageLetters[i]!;
    if (letter[0] !== termLetters[i]![0]) return true;
    if (SET_APART.test(letter) && termLetters[i]!.length === 1) return false;
  }
  return true;
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
