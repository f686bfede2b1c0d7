import { INDEX_COLUMNS, type ColumnKind, type FlatIndex } from '@/lib/matching/flat-index';
import type { Pace } from '@/lib/scheduling/pace';

/**
 * A flat index as one ASCII string: every column's integers, then `text` with
 * its other characters escaped. Storage hands a tab back an ASCII string about
 * twice as fast as one holding a few non-ASCII characters (the browser converts
 * those per character), and reading the pack was most of a tab's dictionary load.
 *
 * An integer is one to six digits of base 95 (the printable ASCII characters);
 * the first digit says how many follow, and the common small values (nearly all
 * of them) take one. A bounds column is stored as counts. A text character
 * outside printable ASCII is ESCAPE and four hex digits, which a tab restores
 * part by part (unescapeIndexPart): parts are never cut inside an escape.
 */
const ZERO = 0x20;
const BASE = 95;
/** First digits: below TWO, the value itself; then one, two or five more digits follow. */
const TWO = 64;
const THREE = 88;
const SIX = 94;
const TWO_FROM = TWO;
const THREE_FROM = TWO_FROM + (THREE - TWO) * BASE;
const SIX_FROM = THREE_FROM + (SIX - THREE) * BASE * BASE;
/** The columns are Int32Arrays. */
const LIMIT = 2 ** 31;

export const ESCAPE = '\x7f';
const ESCAPE_WIDTH = 5;
const NEEDS_ESCAPE = /[^\x20-\x7e]/g;
const ESCAPED = /\x7f([0-9a-f]{4})/g;

/** Integers decoded between two looks at the clock. */
const BATCH = 16_384;

const zigzag = (value: number): number => (value < 0 ? -2 * value - 1 : 2 * value);

/**
 * The index as one string, and the item count of each column (then the
 * text's length), which the pack head keeps.
 * @example const { stream, counts } = encodeIndex(buildFlatIndex(compiled, tables));
 */
export function encodeIndex(index: FlatIndex): { stream: string; counts: number[] } {
  const units: string[] = [];
  const counts: number[] = [];
  for (const [name, kind] of INDEX_COLUMNS) {
    const column = index[name];
    const values =
      kind === 'values'
        ? column
        : kind === 'delta'
          ? column.map((value, i) => zigzag(value - (i > 0 ? column[i - 1]! : 0)))
          : column.subarray(1).map((bound, i) => bound - column[i]!);
    counts.push(values.length);
    for (const value of values) units.push(encodeValue(value));
  }
  counts.push(index.text.length);
  const text = index.text.replace(NEEDS_ESCAPE, (char) => ESCAPE + char.charCodeAt(0).toString(16).padStart(4, '0'));
  return { stream: units.join('') + text, counts };
}

/** Base-95 digits, most significant first, as characters. */
function digits(value: number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++, value = Math.floor(value / BASE))
    out = String.fromCharCode(ZERO + (value % BASE)) + out;
  return out;
}

function encodeValue(value: number): string {
  if (!(Number.isInteger(value) && value >= 0 && value < LIMIT)) throw new RangeError(`cannot store ${value}`);
  if (value < TWO_FROM) return digits(value, 1);
  if (value < THREE_FROM) return digits(TWO * BASE + value - TWO_FROM, 2);
  if (value < SIX_FROM) return digits(THREE * BASE * BASE + value - THREE_FROM, 3);
  return digits(SIX, 1) + digits(value - SIX_FROM, 5);
}

/**
 * Where a stream may be cut into parts at or before `end`: never inside an escape.
 * @example stream.slice(start, safeCut(stream, start + PART_CHARS))
 */
export function safeCut(stream: string, end: number): number {
  if (end >= stream.length) return stream.length;
  const escape = stream.lastIndexOf(ESCAPE, end - 1);
  return escape >= 0 && escape > end - ESCAPE_WIDTH ? escape : end;
}

/**
 * A stored index part's characters, its escapes restored (after its hash is checked: the hash is of the stored text).
 * @example pieces.push(unescapeIndexPart(text));
 */
export const unescapeIndexPart = (part: string): string =>
  part.includes(ESCAPE)
    ? part.replace(ESCAPED, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : part;

/**
 * The index back from encodeIndex's string (its escapes restored) and counts,
 * in slices: typed arrays filled in place, nothing made per item. Throws when
 * the string does not fit the counts.
 * @example const index = await decodeIndex(parts.map(unescapeIndexPart).join(''), head.index, createPace({ signal }));
 */
export async function decodeIndex(stream: string, counts: readonly number[], pace: Pace): Promise<FlatIndex> {
  if (counts.length !== INDEX_COLUMNS.length + 1) throw new Error('the index layout does not match this version');
  const index = {} as Record<string, Int32Array>;
  const reader = { stream, position: 0 };
  let textEnd = 0;
  for (const [c, [name, kind]] of INDEX_COLUMNS.entries()) {
    const count = counts[c]!;
    const column = new Int32Array(kind === 'values' || kind === 'delta' ? count : count + 1);
    if (kind === 'text') column[0] = textEnd;
    for (let from = 0; from < count; from += BATCH) {
      decodeRun(reader, column, kind, from, Math.min(count, from + BATCH));
      if (pace.due()) await pace.pause();
    }
    if (kind === 'text') textEnd = column[count]!;
    index[name] = column;
  }
  const text = stream.slice(reader.position);
  if (!(reader.position <= stream.length && text.length === counts[INDEX_COLUMNS.length] && textEnd <= text.length))
    throw new Error('the index does not fit its counts');
  return { ...index, text } as unknown as FlatIndex;
}

/** Items from..to of a column: a plain loop the engine optimises, between two looks at the clock. */
function decodeRun(
  reader: { stream: string; position: number },
  column: Int32Array,
  kind: ColumnKind,
  from: number,
  to: number,
): void {
  const { stream } = reader;
  let position = reader.position;
  const shift = kind === 'values' || kind === 'delta' ? 0 : 1;
  let last = from + shift > 0 ? column[from + shift - 1]! : 0;
  for (let i = from; i < to; i++) {
    // No helper for a digit: a closure over `position` would slow the loop every tab runs over a million times.
    let value = stream.charCodeAt(position++) - ZERO;
    if (value >= TWO) {
      if (value < THREE) value = TWO_FROM + (value - TWO) * BASE + stream.charCodeAt(position++) - ZERO;
      else if (value < SIX) {
        const middle = stream.charCodeAt(position++) - ZERO;
        value = THREE_FROM + ((value - THREE) * BASE + middle) * BASE + stream.charCodeAt(position++) - ZERO;
      } else {
        value = 0;
        for (let d = 0; d < 5; d++) value = value * BASE + stream.charCodeAt(position++) - ZERO;
        value += SIX_FROM;
      }
    }
    if (kind === 'values') last = value;
    else if (kind === 'delta') last += value & 1 ? -(value + 1) / 2 : value / 2;
    else last += value;
    column[i + shift] = last;
  }
  reader.position = position;
}
