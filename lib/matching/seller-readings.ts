import type { DisplayOrder } from '@/lib/matching/display-order';

/** A reading of a text as a seller means it, and which of its characters the reading changed. */
export interface SellerReading extends DisplayOrder {
  /** 1 at each character of `text` that is not the original's own (a digit read as a letter, joined letters). */
  changed: Uint8Array;
}

/** Digits and symbols sellers write for the letters they look like ("Pyth0n", "1v0ry", "Psitt@cus"). */
const LETTER_OF: Readonly<Record<string, string>> = {
  0: 'o',
  1: 'i',
  3: 'e',
  4: 'a',
  5: 's',
  7: 't',
  '@': 'a',
  $: 's',
};

/**
 * A word of letters and such stand-ins: a stand-in stands between two letters at least once ("1v0ry": "v0r"), and
 * the word has more letters than stand-ins, so numbers, serials and model names ("Room 101", "X100", "R2-D2") are not
 * read; one that still spells no term ("l33t") matches nothing.
 */
const WORD_WITH_STAND_INS = /[\p{L}\p{M}0-9@$]*\p{L}\p{M}*[013457@$]\p{L}[\p{L}\p{M}0-9@$]*/gu;
const STAND_IN = /[013457@$]/g;

/**
 * Single letters spread by one separator, the same between each ("P s i t t a c u s", "I.V.O.R.Y", "e-l-f-e-n",
 * "🐘I🐘V🐘O🐘R🐘Y"): four at least, so initials ("J. R. R.") and most acronyms are not joined; a joined word that
 * names no term ("NASA") matches nothing.
 */
const SPREAD_LETTERS =
  /(?<![\p{L}\p{M}\p{N}])\p{L}\p{M}*([^\p{L}\p{M}\p{N}])\p{L}\p{M}*(?:\1\p{L}\p{M}*){2,}(?![\p{L}\p{M}\p{N}])/gu;

/**
 * Characters that draw a blank but that Unicode calls a letter or a symbol (Hangul fillers, the braille blank): a
 * seller puts one between a genus and its epithet, where the reader sees a space.
 */
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0\u2800]/g;

/**
 * The readings of a text that a seller's spellings hide, each with the original position of its characters (see
 * display-order.ts's toOriginalOrder) and the characters it changed: digits and symbols read as letters (a 1 read as
 * i, and in a second reading as l), spread letters joined, blank letters read as spaces. Empty for most texts.
 * @example sellerReadings('Pyth0n regius')[0]!.text // 'Python regius'
 * @example sellerReadings('Carved I.V.O.R.Y')[0]!.text // 'Carved IVORY'
 */
export function sellerReadings(text: string): SellerReading[] {
  const readings: SellerReading[] = [];
  const letters = lettersRead(text, 'i');
  if (letters) readings.push(letters);
  if (letters && text.includes('1')) {
    const withL = lettersRead(text, 'l');
    if (withL && withL.text !== letters.text) readings.push(withL);
  }
  const joined = lettersJoined(text);
  if (joined) readings.push(joined);
  const blanks = blanksRead(text);
  if (blanks) readings.push(blanks);
  return readings;
}

/** Digits and symbols inside words of letters read as letters: the same length, so positions stay. */
function lettersRead(text: string, one: 'i' | 'l'): SellerReading | undefined {
  // One array of units, not a new string per stand-in: a long text of short words ("w1a w1b…") has thousands.
  let read: string[] | undefined;
  let changed: Uint8Array | undefined;
  for (const { 0: word, index } of text.matchAll(WORD_WITH_STAND_INS)) {
    const standIns = word.match(STAND_IN)!.length;
    // Other digits make it a serial or a model name ("A1B2C3D4").
    if (word.length - standIns <= standIns || /[2689]/.test(word)) continue;
    changed ??= new Uint8Array(text.length);
    read ??= text.split('');
    for (let i = 0; i < word.length; i++) {
      const letter = word[i] === '1' ? one : LETTER_OF[word[i]!];
      if (letter === undefined) continue;
      read[index + i] = letter;
      changed[index + i] = 1;
    }
  }
  return changed && { text: read!.join(''), originalIndex: identity(text.length), changed };
}

/** Runs of spread single letters with their separators left out. */
function lettersJoined(text: string): SellerReading | undefined {
  let joined = '';
  const originalIndex: number[] = [];
  const changed: number[] = [];
  let from = 0;
  for (const { 0: run, 1: separator, index } of text.matchAll(SPREAD_LETTERS)) {
    for (; from < index; from++) keep(from, 0);
    for (let i = 0; i < run.length;) {
      if (run.startsWith(separator!, i)) i += separator!.length;
      else keep(index + i++, 1);
    }
    from = index + run.length;
  }
  if (from === 0) return undefined;
  for (; from < text.length; from++) keep(from, 0);
  return { text: joined, originalIndex: Int32Array.from(originalIndex), changed: Uint8Array.from(changed) };

  function keep(at: number, isChanged: number) {
    joined += text[at];
    originalIndex.push(at);
    changed.push(isChanged);
  }
}

/** Blank letters read as the spaces they draw. */
function blanksRead(text: string): SellerReading | undefined {
  if (text.search(BLANK_LETTERS) < 0) return undefined;
  const changed = new Uint8Array(text.length);
  const read = text.replace(BLANK_LETTERS, (_blank, at: number) => {
    changed[at] = 1;
    return ' ';
  });
  return { text: read, originalIndex: identity(text.length), changed };
}

const identity = (length: number) => Int32Array.from({ length }, (_, i) => i);
