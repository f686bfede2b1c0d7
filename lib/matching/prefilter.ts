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
const TABLE_SHIFT = 12;
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

/** The table slot of the units from `from` on (their count is hashed too): collisions only let more texts by. */
function slotOf(units: readonly number[], from: number): number {
  let hash = 0x811c9dc5 ^ (units.length - from);
  for (let i = from; i < units.length; i++) hash = Math.imul(hash ^ units[i]!, 0x01000193);
  return hash >>> TABLE_SHIFT;
}

/**
 * The test over the filter data of a dictionary. Its tables are built on the first question, so a frame that
 * never scans builds nothing.
 * @example const mayMatch = createPrefilter(head.prefilter); mayMatch('Sofa, grau') // false
 */
export function createPrefilter(data: PrefilterData): MayMatch {
  let table: Uint32Array | undefined;
  /** Per BMP code unit: its folded unit, DROP, MULTI (folds to several) or MAYBE; 0 while not yet asked. */
  let units: Uint16Array;
  /** The grams' lengths: a key shorter than PREFILTER_GRAM is a gram of its own length. */
  const lengths = new Set<number>();
  const has = (slot: number) => (table![slot >>> 5]! & (1 << (slot & 31))) !== 0;
  const unitOf = (code: number): number => {
    const folded = looseFold(String.fromCharCode(code), data);
    const first = folded.charCodeAt(0);
    if (code === RIGHT_TO_LEFT_OVERRIDE) return MAYBE;
    if (!(first > 0 && first < MAYBE)) return DROP;
    return folded.length === 1 ? first : MULTI;
  };
  return (text) => {
    if (table === undefined) {
      table = new Uint32Array(1 << (32 - TABLE_SHIFT - 5));
      units = new Uint16Array(0x10000);
      for (const gram of data.grams.split(' ')) {
        lengths.add(gram.length);
        const slot = slotOf(
          Array.from({ length: gram.length }, (_, i) => gram.charCodeAt(i)),
          0,
        );
        table[slot >>> 5]! |= 1 << (slot & 31);
      }
    }
    // The last PREFILTER_GRAM folded units, the newest last.
    const window: number[] = [];
    const push = (unit: number): boolean => {
      if (window.push(unit) > PREFILTER_GRAM) window.shift();
      for (const length of lengths)
        if (window.length >= length && has(slotOf(window, window.length - length))) return true;
      return false;
    };
    const pushAll = (folded: string): boolean => {
      for (let i = 0; i < folded.length; i++) if (push(folded.charCodeAt(i))) return true;
      return false;
    };
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const astral = code >= 0xd800 && code <= 0xdbff;
      const unit = astral ? MULTI : (units[code] ||= unitOf(code));
      if (unit === MAYBE) return true;
      if (unit === DROP) continue;
      const char = astral ? String.fromCodePoint(text.codePointAt(i)!) : text[i]!;
      if (char.length > 1) i++;
      if (unit === MULTI ? pushAll(looseFold(char, data)) : push(unit)) return true;
    }
    return false;
  };
}
