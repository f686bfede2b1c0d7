import type { DisplayOrder } from '@/lib/matching/display-order';
import type { GluedSplitter } from '@/lib/matching/glued-words';

/** A reading of a text as a seller means it, and which of its characters the reading changed. */
export interface SellerReading extends DisplayOrder {
  /** 1 at each character of `text` that is not the original's own (a digit read as a letter, joined letters). */
  changed: Uint8Array;
  /** Only a match of all of `text` counts: a guess at where a glued hashtag splits ("psittacus erithacus"). */
  whole?: true;
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
 * read; one that still spells no term ("l33t") matches nothing. It starts where a run of such characters starts (a
 * match is always a whole run): tried from every character of a run, the expression read the rest of the run each time.
 */
const WORD_WITH_STAND_INS = /(?<![\p{L}\p{M}0-9@$])[\p{L}\p{M}0-9@$]*\p{L}\p{M}*[013457@$]\p{L}[\p{L}\p{M}0-9@$]*/gu;
/**
 * What every such word holds. Most texts lack it, and one test says so: sellerReadings over the 2,072 texts of the
 * generated 2,000-listing page took ~11 ms of CPU, ~3.4 with this test and the anchor (bench/seller-readings-cost.ts).
 */
const STAND_IN_BETWEEN_LETTERS = /\p{L}\p{M}*[013457@$]\p{L}/u;
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
 * Symbols drawn as letters that Unicode does not fold to them: regional indicators ("🇮🇻🇴🇷🇾", no flag), negative
 * circled and negative squared capitals (🅟, 🅸), squared capitals (🄿) and parenthesized small letters (⒤). Each
 * base is the symbol for "A" (or "a"); a symbol is read as its letter.
 */
const SYMBOL_LETTER = /[\u249C-\u24B5\u{1F130}-\u{1F149}\u{1F150}-\u{1F169}\u{1F170}-\u{1F189}\u{1F1E6}-\u{1F1FF}]/gu;
const SYMBOL_A = [0x249c, 0x1f130, 0x1f150, 0x1f170, 0x1f1e6];

/**
 * An asterisk for one letter inside a word of four letters or more ("Ps*ttacus", "iv*ry"): read as each letter of
 * the word's alphabet in turn; a reading counts only where it spells a term.
 */
const STARRED_WORD = /(?<![\p{L}\p{M}*])[\p{L}\p{M}]*\p{L}\*\p{L}[\p{L}\p{M}]*(?![\p{L}\p{M}*])/gu;
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
/** Characters of text read around a starred word: the words a multi-word name may share with it. */
const STAR_CONTEXT = 48;
/** Starred words read in one text at most: each costs an alphabet of small scans. */
const STARRED_WORDS = 4;

/**
 * A line break (`<br>`, U+2028) inside a word ("Elfen<br>bein"): a letter before it and a small letter after it,
 * with the blanks around it.
 */
const BREAK_IN_WORD = /(?<=\p{L}\p{M}*)[ \u00A0]*\u2028[ \u00A0\u2028]*(?=\p{Ll})/gu;

/** A hashtag's letters, its words maybe joined by underscores ("#ivorycarving", "#PythonRegius", "#kość_słoniowa"). */
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_])#([\p{L}\p{M}]+(?:_[\p{L}\p{M}]+)*)(?![\p{L}\p{M}\p{N}_])/gu;
/** Letters a hashtag holds: fewer are seldom a name, more are seldom one seller's words. */
const HASHTAG_LETTERS = { min: 4, max: 40 };
/** Where a hashtag's words meet: an underscore, or a small letter followed by a capital (a camel-cased hashtag). */
const WORD_JOINT = /_|(?<=\p{Ll}\p{M}*)(?=\p{Lu})/gu;
/** Glued hashtags read split at each place at most in one text: each split is a small scan. */
const GLUED_HASHTAGS = 6;

/**
 * The readings of a text that a seller's spellings hide, each with the original position of its characters (see
 * display-order.ts's toOriginalOrder) and the characters it changed: digits and symbols read as letters (a 1 read as
 * i, and in a second reading as l), spread letters joined, blank letters read as spaces. Empty for most texts.
 * @example sellerReadings('Pyth0n regius')[0]!.text // 'Python regius'
 * @example sellerReadings('Carved I.V.O.R.Y')[0]!.text // 'Carved IVORY'
 */
export function sellerReadings(text: string, splitGlued?: GluedSplitter): SellerReading[] {
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
  const symbols = symbolLettersRead(text);
  if (symbols) readings.push(symbols);
  const joinedLines = lineBreaksJoined(text);
  if (joinedLines) readings.push(joinedLines);
  if (text.includes('*')) readings.push(...starsRead(text));
  if (text.includes('#')) readings.push(...hashtagsRead(text, splitGlued));
  return readings;
}

/** Digits and symbols inside words of letters read as letters: the same length, so positions stay. */
function lettersRead(text: string, one: 'i' | 'l'): SellerReading | undefined {
  if (!STAND_IN_BETWEEN_LETTERS.test(text)) return undefined;
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
  const joined = readingWriter();
  const keep = (at: number, isChanged: 0 | 1) => joined.put(text[at]!, at, isChanged);
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
  return joined.reading();
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

/** Symbols drawn as letters read as their letters: a letter for the symbol's two units, mapped to the first. */
function symbolLettersRead(text: string): SellerReading | undefined {
  if (text.search(SYMBOL_LETTER) < 0) return undefined;
  const read = readingWriter();
  let from = 0;
  for (const { 0: symbol, index } of text.matchAll(SYMBOL_LETTER)) {
    for (; from < index; from++) read.put(text[from]!, from, 0);
    const code = symbol.codePointAt(0)!;
    const base = SYMBOL_A.filter((a) => a <= code).pop()!;
    read.put(String.fromCharCode((base === 0x249c ? 0x61 : 0x41) + code - base), index, 1);
    from = index + symbol.length;
  }
  for (; from < text.length; from++) read.put(text[from]!, from, 0);
  return read.reading();
}

/** Words broken by a line break joined: the letters either side of each join count as changed. */
function lineBreaksJoined(text: string): SellerReading | undefined {
  if (!text.includes('\u2028')) return undefined;
  const joined = readingWriter();
  const keep = (at: number, isChanged: 0 | 1) => joined.put(text[at]!, at, isChanged);
  let from = 0;
  for (const { 0: gap, index } of text.matchAll(BREAK_IN_WORD)) {
    for (; from < index - 1; from++) keep(from, 0);
    keep(from, 1);
    from = index + gap.length;
    keep(from++, 1);
  }
  if (from === 0) return undefined;
  for (; from < text.length; from++) keep(from, 0);
  return joined.reading();
}

/** Each starred word's asterisk read as each letter of its alphabet, in the words around it. */
function starsRead(text: string): SellerReading[] {
  const readings: SellerReading[] = [];
  for (const { 0: word, index } of [...text.matchAll(STARRED_WORD)].slice(0, STARRED_WORDS)) {
    const star = word.indexOf('*');
    // One asterisk for one letter; "f*" words of three letters are left as written.
    if (word.includes('*', star + 1) || word.length < 5) continue;
    const from = wordEdge(text, Math.max(0, index - STAR_CONTEXT), 1);
    const to = wordEdge(text, Math.min(text.length, index + word.length + STAR_CONTEXT), -1);
    const at = index + star - from;
    const around = text.slice(from, to);
    const originalIndex = Int32Array.from({ length: around.length }, (_, i) => from + i);
    const changed = new Uint8Array(around.length);
    changed[at] = 1;
    const alphabet = /\p{Script=Cyrillic}/u.test(word) ? CYRILLIC : LATIN;
    for (const letter of alphabet)
      readings.push({ text: around.slice(0, at) + letter + around.slice(at + 1), originalIndex, changed });
  }
  return readings;
}

/** Where a window of text starts or ends on a whole word: `at` moved past the nearest blank, or kept at an end. */
function wordEdge(text: string, at: number, direction: 1 | -1): number {
  if (at === 0 || at === text.length) return at;
  const blank = direction === 1 ? text.indexOf(' ', at) : text.lastIndexOf(' ', at);
  return blank < 0 ? (direction === 1 ? text.length : 0) : blank + (direction === 1 ? 1 : 0);
}

/**
 * Hashtags read as the words they glue, all in one reading of the whole text, so that the words around a tag still
 * tell its sense: a camel-cased one split where a small letter meets a capital ("#RealIvory": "Real Ivory"), an
 * underscore read as a blank ("#kość_słoniowa"), and a run of small letters split where `splitGlued` finds it wholly
 * known words ("#antiqueivory": "antique ivory"). A glued one is also split at each place in turn, each reading a
 * guess that counts only where all of it spells one name ("#psittacuserithacus": "psittacus erithacus"; a piece alone
 * would read "#bearsfan" as "bear" and a typo-tolerant walk "#tortoiseshellglasses" as "tortoiseshel").
 */
function hashtagsRead(text: string, splitGlued?: GluedSplitter): SellerReading[] {
  const readings: SellerReading[] = [];
  const split = readingWriter();
  let from = 0;
  let glued = 0;
  for (const { 1: tag, index } of text.matchAll(HASHTAG)) {
    const letters = tag!.replaceAll('_', '').length;
    if (letters < HASHTAG_LETTERS.min || letters > HASHTAG_LETTERS.max) continue;
    const start = index + 1;
    const joints = [...tag!.matchAll(WORD_JOINT)].map((joint) => joint.index);
    const inBudget = glued++ < GLUED_HASHTAGS;
    const words = wordsOf(tag!, joints, inBudget ? splitGlued : undefined);
    if (joints.length > 0 || words[0]!.length > 1) {
      for (; from < start; from++) split.put(text[from]!, from, 0);
      let at = start;
      for (const [w, pieces] of words.entries()) {
        // An underscore is read as the blank; a capital's blank stands where the capital does, and a glued piece's
        // where its first letter does: a match from it maps back onto the page's letters.
        if (tag![at - start] === '_') split.put(' ', at++, 1);
        else if (w > 0) split.put(' ', at, 1);
        for (const [p, piece] of pieces.entries()) {
          if (p > 0) split.put(' ', at, 1);
          for (const character of piece) split.put(character, at++, 1);
        }
      }
      from = at;
    }
    if (joints.length === 0 && inBudget)
      for (let at = 2; at <= tag!.length - 2; at++) {
        const halves = `${tag!.slice(0, at)} ${tag!.slice(at)}`;
        readings.push({
          text: halves,
          originalIndex: Int32Array.from({ length: halves.length }, (_, i) => start + i - (i > at ? 1 : 0)),
          changed: new Uint8Array(halves.length).fill(1),
          whole: true,
        });
      }
  }
  if (from > 0) {
    for (; from < text.length; from++) split.put(text[from]!, from, 0);
    readings.push(split.reading());
  }
  return readings;
}

/** A hashtag's words between its joints (underscores left out), each as the pieces `splitGlued` finds, or whole. */
function wordsOf(tag: string, joints: number[], splitGlued?: GluedSplitter): string[][] {
  const words: string[][] = [];
  let begin = 0;
  for (const end of [...joints, tag.length]) {
    const word = tag.slice(begin, end);
    words.push(splitGlued?.(word) ?? [word]);
    begin = tag[end] === '_' ? end + 1 : end;
  }
  return words;
}

/** A reading written a character at a time, each with its place in the original text and whether it was changed. */
function readingWriter() {
  let text = '';
  const originalIndex: number[] = [];
  const changed: number[] = [];
  return {
    put(character: string, at: number, isChanged: 0 | 1) {
      text += character;
      originalIndex.push(at);
      changed.push(isChanged);
    },
    reading: (): SellerReading => ({
      text,
      originalIndex: Int32Array.from(originalIndex),
      changed: Uint8Array.from(changed),
    }),
  };
}

const identity = (length: number) => Int32Array.from({ length }, (_, i) => i);
