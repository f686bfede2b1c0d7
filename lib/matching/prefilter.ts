import { foldWord } from '@/lib/matching/fold';

/**
 * A cheap test that rules out texts which cannot hold a match, so a tab need not read a container of the page
 * block by block when its `textContent` (one call) fails it. Every match, and every "not listed" name, starts
 * with a root key of the flat index (or an exempt name's first word), and a key is a slice of one folded page
 * word; so the text, folded character by character, holds the key's first PREFILTER_GRAM units somewhere. The
 * test looks for those grams anywhere in the text. It must never say no where the matcher could say yes, so it
 * folds more loosely than the tokenizer (prefilter-keys.ts says how), invisible characters and combining marks
 * vanish (so they join what they separate), and a bidi override makes any text a maybe.
 */
export type MayMatch = (text: string) => boolean;

/** What the background computes for the filter and stores in the tab pack's head (prefilter-keys.ts). */
export interface PrefilterData {
  /** The distinct grams, loosely folded, space-separated. */
  grams: string;
  /** Folded letters read as another (their look-alike class's first member). */
  letters: Record<string, string>;
  /** Characters read as a look-alike before folding: their own fold is no letter. */
  readAs: Record<string, string>;
}

export const PREFILTER_GRAM = 4;
/** Bits of the gram table: 2^20 bits (128 kB), sparse even with the full checklist's keys. */
const TABLE_BITS = 20;
const DROP = 0xffff;
const MULTI = 0xfffe;
const MAYBE = 0xfffd;
const RIGHT_TO_LEFT_OVERRIDE = 0x202e;

/**
 * The loose fold of one character (a code point): its look-alike reading or its fold, each letter read as its
 * class's first member. Shared with the background, which folds the keys with it.
 * @example looseFold('Ш', data) // 'ш'
 */
export function looseFold(char: string, { letters, readAs }: Omit<PrefilterData, 'grams'>): string {
  let folded = '';
  for (const part of readAs[char] ?? foldWord(char)) folded += letters[part] ?? part;
  return folded;
}

/** A gram's slot in the table: its length and units hashed (collisions only let more texts through). */
function gramHash(length: number, a: number, b: number, c: number, d: number): number {
  let hash = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  hash = Math.imul(hash ^ a, 0x01000193);
  hash = Math.imul(hash ^ b, 0x01000193);
  hash = Math.imul(hash ^ c, 0x01000193);
  hash = Math.imul(hash ^ d, 0x01000193);
  return hash >>> (32 - TABLE_BITS);
}

/**
 * The test over the filter data of a dictionary. Its tables are built on the first question, so a frame that
 * never scans builds nothing.
 * @example const mayMatch = createPrefilter(head.prefilter); mayMatch('Sofa, grau') // false
 */
export function createPrefilter(data: PrefilterData): MayMatch {
  let table: Uint32Array | undefined;
  /** Per BMP code unit: its folded unit, DROP, MULTI (folds to several, in `multi`) or MAYBE; 0 not yet known. */
  let units: Uint16Array | undefined;
  const multi = new Map<number, string>();
  /** Whether any gram is shorter than PREFILTER_GRAM, by length: only then are shorter ones looked up. */
  const short = [false, false, false, false];
  const has = (hash: number) => (table![hash >>> 5]! & (1 << (hash & 31))) !== 0;
  const build = () => {
    table = new Uint32Array(1 << (TABLE_BITS - 5));
    units = new Uint16Array(0x10000);
    for (const gram of data.grams.split(' ')) {
      if (gram === '') continue;
      short[gram.length] = true;
      const hash = gramHash(
        gram.length,
        gram.charCodeAt(0),
        gram.charCodeAt(1) | 0,
        gram.charCodeAt(2) | 0,
        gram.charCodeAt(3) | 0,
      );
      table[hash >>> 5]! |= 1 << (hash & 31);
    }
  };
  const unitOf = (code: number): number => {
    if (code === RIGHT_TO_LEFT_OVERRIDE) return MAYBE;
    const folded = looseFold(String.fromCharCode(code), data);
    const first = folded.charCodeAt(0);
    if (folded.length === 0 || first === 0 || first >= MAYBE) return DROP;
    if (folded.length === 1) return first;
    multi.set(code, folded);
    return MULTI;
  };
  return (text) => {
    if (table === undefined) build();
    const known = units!;
    // The last four folded units, d the newest; `seen` counts them up to four.
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    let seen = 0;
    const push = (unit: number): boolean => {
      a = b;
      b = c;
      c = d;
      d = unit;
      if (seen < PREFILTER_GRAM) seen++;
      if (seen === PREFILTER_GRAM && has(gramHash(4, a, b, c, d))) return true;
      if (short[1] && has(gramHash(1, d, 0, 0, 0))) return true;
      if (short[2] && seen >= 2 && has(gramHash(2, c, d, 0, 0))) return true;
      return short[3] && seen >= 3 && has(gramHash(3, b, c, d, 0));
    };
    const pushAll = (folded: string): boolean => {
      for (let j = 0; j < folded.length; j++) if (push(folded.charCodeAt(j))) return true;
      return false;
    };
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        if (pushAll(looseFold(String.fromCodePoint(text.codePointAt(i)!), data))) return true;
        i++;
        continue;
      }
      let unit = known[code]!;
      if (unit === 0) known[code] = unit = unitOf(code);
      if (unit === DROP) continue;
      if (unit === MAYBE) return true;
      if (unit === MULTI ? pushAll(multi.get(code)!) : push(unit)) return true;
    }
    return false;
  };
}
