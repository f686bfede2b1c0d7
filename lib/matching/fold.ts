import { lazyRegExp } from '@/lib/matching/lazy-regexp';

/**
 * Folding: the one definition of "the same word" shared by the compiler, the
 * matcher and the checklist importer. Case, diacritics, Unicode normalisation
 * form, compatibility forms (ligatures, full-width letters) and invisible
 * characters are folded away, so "Straße", "STRASSE" and "strasse" are equal.
 *
 * What is deliberately NOT folded: й and ў keep their breve (in Russian and
 * Belarusian they are letters of their own: "Йорк" is not "Иорк"), while ё
 * folds to е because Russian text routinely writes ё as е.
 */

/**
 * Letters that decomposition does not reach, or that need more than one letter. Made on the first fold of a character:
 * an object of two-byte keys cost every frame's evaluation of the content script ~25 µs (Node-side), before any text.
 */
const specialLetters = (): Readonly<Record<string, string>> => ({
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  // Turkish dotless ı and dotted İ both become plain i: a term written either way matches.
  ı: 'i',
  // Greek final sigma is a spelling of σ, not another letter.
  ς: 'σ',
  // Small capitals that neither decompose nor have a look-alike in another script (confusables-table.ts has the
  // rest): "ᴘꜱɪᴛᴛᴀᴄᴜꜱ" spells Psittacus.
  ᴍ: 'm',
  ꜰ: 'f',
  ꜱ: 's',
  ꞯ: 'q',
});
let specialLettersMade: Readonly<Record<string, string>> | undefined;

/** Lower-case letters whose diacritic makes them another letter: kept whole (a literal: no `Set` built at load). */
const PROTECTED_LETTER = /^[йў]$/;

const COMBINING_MARKS = lazyRegExp('\\p{M}', 'gu');

/**
 * Invisible characters a page may put inside a word: every Unicode
 * Default_Ignorable_Code_Point (soft hyphen, zero-width space/joiners, bidi
 * embeddings, overrides and isolates, Mongolian vowel separator, variation
 * selectors, tag characters…) and every format (Cf) character (Arabic letter
 * mark, BOM…). They draw nothing and fold to nothing: "Elfen\u00ADbein" is
 * "Elfenbein". Sellers insert them to dodge keyword filters, so they never split a word. INVISIBLE_CHARS is the
 * class's contents, for other expressions that must read a word's invisibles as the fold does (join-blocks.ts).
 */
export const INVISIBLE_CHARS = '\\p{DI}\\p{Cf}';
export const INVISIBLE_IN_WORD = lazyRegExp('[' + INVISIBLE_CHARS + ']');

const foldedChars = new Map<string, string>();

/** Folds one code point (cached: a page repeats few distinct characters). */
function foldChar(char: string): string {
  const cached = foldedChars.get(char);
  if (cached !== undefined) return cached;
  let folded: string;
  const lower = char.toLowerCase();
  if (PROTECTED_LETTER.test(lower)) folded = lower;
  else if (INVISIBLE_IN_WORD().test(char)) folded = '';
  else {
    const bare = lower.normalize('NFKD').toLowerCase().replace(COMBINING_MARKS(), '');
    folded = '';
    for (const part of bare) folded += (specialLettersMade ??= specialLetters())[part] ?? part;
  }
  foldedChars.set(char, folded);
  return folded;
}

/**
 * Folds a run of word characters (letters, digits, combining marks,
 * invisibles) to its matching form.
 *
 * @example
 * foldWord('Straße') // 'strasse'
 * foldWord('E\u0301le\u0301phant') // 'elephant'
 * foldWord('Йорк') // 'йорк' (not 'иорк')
 */
export function foldWord(word: string): string {
  // Compose first, so a decomposed й (и + breve) is recognised as й.
  const composed = word.normalize('NFC');
  let folded = '';
  for (const char of composed) folded += foldChar(char);
  return folded;
}

/**
 * Separator characters: block breaks stop a phrase, a line break within a
 * paragraph (U+2028, what a `<br>` reads as) stops all but scientific names,
 * spaces and dashes join its words, apostrophes keep their own identity
 * ("d'Ivoire"), other punctuation is kept as itself so "grey, parrot" is not "grey parrot".
 */
const BLOCK_BREAK = /[\n\r\v\f\u2029]/;
const SPACE_OR_DASH = lazyRegExp('[\\s\\p{Pd}\u2212\u2043]');
const APOSTROPHE = /['\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032\uFF07]/;

/** The separator key of a hard break: no phrase ever spans one. */
export const HARD_BREAK = '\n';
/**
 * The separator key of a line break inside a paragraph: a genus at the end of
 * one line and its species at the start of the next still read as one name.
 */
export const LINE_BREAK = '\u2028';

/**
 * Folds the characters between two words to a separator key: ' ' for spaces,
 * hyphens, dashes and NBSP; "'" for any apostrophe; other punctuation kept
 * (spaces dropped around it); LINE_BREAK for a bare line break; HARD_BREAK for
 * a block break or a line break with punctuation.
 *
 * @example
 * foldSeparator(' - ') // ' '
 * foldSeparator('\u2019') // "'"
 * foldSeparator(', ') // ','
 * foldSeparator(' \u2028') // LINE_BREAK
 */
export function foldSeparator(separator: string): string {
  if (separator === ' ') return ' ';
  let key = '';
  let lineBreak = false;
  for (const char of separator) {
    if (BLOCK_BREAK.test(char)) return HARD_BREAK;
    if (char === LINE_BREAK) lineBreak = true;
    else if (SPACE_OR_DASH().test(char) || INVISIBLE_IN_WORD().test(char)) continue;
    else key += APOSTROPHE.test(char) ? "'" : char;
  }
  if (lineBreak) return key === '' ? LINE_BREAK : HARD_BREAK;
  return key === '' ? ' ' : key;
}
