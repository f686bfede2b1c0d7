import { isMixedScript, scriptOf, type MixedScriptFold } from '@/lib/matching/confusables';
import { INVISIBLE_IN_WORD, foldSeparator, foldWord } from '@/lib/matching/fold';
import { lazyRegExp } from '@/lib/matching/lazy-regexp';

/**
 * Words of a text with their offsets in the original string. Word characters
 * are letters, digits and combining marks of any script (plus the invisible
 * characters that may hide inside a word); everything else separates words.
 * A match always starts and ends on word boundaries, so these offsets are all
 * the matcher needs to map folded words back onto the page's own spelling.
 */
export class Tokens {
  /** Number of words. */
  count = 0;
  // Plain arrays of small integers: a tab tokenizes every block of a page with cold code, where allocating
  // typed arrays (three per text) cost a quarter of the matching.
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** How each word folds: FOLD_NONE, FOLD_LOWER, FOLD_FULL or FOLD_MIXED (decided while scanning). */
  private readonly folds: number[] = [];

  // Declared, not defined: a field without an initialiser would be defined again on every text's object.
  declare private readonly text: string;
  declare private readonly foldMixed: MixedScriptFold;
  declare private foldedWords: string[] | undefined;

  constructor(text: string, foldMixed: MixedScriptFold) {
    this.text = text;
    this.foldMixed = foldMixed;
  }

  /** Original offset where word i starts: word i is text.slice(start(i), end(i)). */
  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** The text between two offsets as the page writes it. */
  source(start: number, end: number): string {
    return this.text.slice(Math.max(0, start), end);
  }

  /**
   * Folded form of word i (see foldWord), made once when first asked for: the walk, the "not listed" names and the
   * sense filter each ask for the same words, and every fold is a new string (a block's text is a few thousand
   * characters at most: scan-block.ts matches longer ones in segments).
   */
  folded(i: number): string {
    return ((this.foldedWords ??= [])[i] ??= this.fold(i));
  }

  private fold(i: number): string {
    const word = this.text.slice(this.starts[i], this.ends[i]);
    const fold = this.folds[i];
    if (fold === FOLD_NONE) return word;
    if (fold === FOLD_LOWER) return word.toLowerCase();
    return fold === FOLD_FULL ? foldWord(word) : this.foldMixed(word);
  }

  /** Folded separator between word i and word i + 1 (see foldSeparator). */
  sep(i: number): string {
    const from = this.ends[i];
    const to = this.starts[i + 1];
    if (to - from === 1 && this.text.charCodeAt(from) === 0x20) return ' ';
    return foldSeparator(this.text.slice(from, to));
  }

  push(start: number, end: number, fold: number): void {
    this.starts.push(start);
    this.ends.push(end);
    this.folds.push(fold);
    this.count++;
  }
}

const FOLD_NONE = 0;
const FOLD_LOWER = 1;
const FOLD_FULL = 2;
/** Letters of several scripts: look-alikes fold to the word's main script first. */
const FOLD_MIXED = 3;

// U+02BC is a letter to Unicode but an apostrophe to writers ("d\u02BCIvoire").
const WORD_CHAR = lazyRegExp('^(?!\u02BC)[\\p{L}\\p{M}\\p{N}]$');
/** A symbol that is a letter in a frame ("ⓟ", "🄿"): its compatibility form is the letter, and it reads as one. */
const LETTER_SYMBOL = lazyRegExp('^\\p{So}$');
const isLetterSymbol = (char: string) => LETTER_SYMBOL().test(char) && /^\p{L}$/u.test(char.normalize('NFKC'));

const UNKNOWN = 0;
const WORD = 1;
const SEPARATOR = 2;

/**
 * Lazily filled class of each BMP code unit: a regex runs once per distinct character, not per occurrence.
 * Allocated on the first text, not when every frame evaluates the content script.
 */
let classes: Uint8Array | undefined;

function isWordAt(text: string, index: number, code: number): boolean {
  classes ??= new Uint8Array(0x10000);
  const known = classes[code];
  if (known !== UNKNOWN) return known === WORD;
  if (code >= 0xd800 && code <= 0xdbff) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    return WORD_CHAR().test(char) || INVISIBLE_IN_WORD().test(char) || isLetterSymbol(char);
  }
  if (code >= 0xdc00 && code <= 0xdfff) return index > 0 && isWordAt(text, index - 1, text.charCodeAt(index - 1));
  const char = String.fromCharCode(code);
  const word = WORD_CHAR().test(char) || INVISIBLE_IN_WORD().test(char) || isLetterSymbol(char);
  classes[code] = word ? WORD : SEPARATOR;
  return word;
}

/** ASCII and basic Cyrillic letters fold by lower-casing alone; anything else takes the full fold. */
function needsFullFold(code: number): boolean {
  return code >= 0x80 && (code < 0x410 || code > 0x44f);
}

function isUpper(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f);
}

/**
 * Splits a text into words with original offsets; `foldMixed` folds its mixed-script words (see
 * mixedScriptFolder), the same one the dictionary's patterns were folded with.
 *
 * @example
 * const tokens = tokenize('African-grey Parrot', mixedScriptFolder(compiled.rules.confusables));
 * [tokens.folded(0), tokens.folded(1), tokens.folded(2)] // ['african', 'grey', 'parrot']
 * tokens.sep(0) // ' '
 */
export function tokenize(text: string, foldMixed: MixedScriptFold): Tokens {
  const tokens = new Tokens(text, foldMixed);
  const length = text.length;
  let index = 0;
  while (index < length) {
    if (!isWordAt(text, index, text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    let fullFold = false;
    let upper = false;
    let scripts = 0;
    for (let code = text.charCodeAt(index); index < length && isWordAt(text, index, code);) {
      fullFold ||= needsFullFold(code);
      upper ||= isUpper(code);
      scripts |= scriptOf(code);
      code = text.charCodeAt(++index);
    }
    // A run of invisible characters alone is a separator after all.
    if (fullFold && foldWord(text.slice(start, index)) === '') continue;
    const fold = isMixedScript(scripts) ? FOLD_MIXED : fullFold ? FOLD_FULL : upper ? FOLD_LOWER : FOLD_NONE;
    tokens.push(start, index, fold);
  }
  return tokens;
}

/**
 * All folded words of a short text (a name, a phrase) and the folded separators between them. A function, not a
 * method of Tokens: only the compiler and the second stage ask, and a class's methods all go into the content script.
 * @example foldedPhrase('African-grey  Parrot', fold) // { words: ['african', 'grey', 'parrot'], seps: [' ', ' '] }
 */
export function foldedPhrase(text: string, foldMixed: MixedScriptFold): { words: string[]; seps: string[] } {
  const tokens = tokenize(text, foldMixed);
  const words: string[] = [];
  const seps: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (i > 0) seps.push(tokens.sep(i - 1));
    words.push(tokens.folded(i));
  }
  return { words, seps };
}

/**
 * The folded key of a whole name or phrase: its folded words joined by their folded separators.
 * @example phraseKey('African-grey  Parrot', fold) // 'african grey parrot'
 */
export function phraseKey(text: string, foldMixed: MixedScriptFold): string {
  const { words, seps } = foldedPhrase(text, foldMixed);
  return words.map((word, i) => (i === 0 ? word : seps[i - 1] + word)).join('');
}
