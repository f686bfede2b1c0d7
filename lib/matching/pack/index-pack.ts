import { INDEX_COLUMNS, type ColumnKind, type FlatIndex } from '@/lib/matching/flat-index';
import type { Pace } from '@/lib/scheduling/pace';

/**
 * A flat index as one string: every column's integers, then `text`. An
 * integer is one UTF-16 unit (below ONE_UNIT) or two, never a surrogate or a
 * control character, so storage's JSON keeps the string as it is and a tab
 * reads it back with charCodeAt alone. A bounds column is stored as counts.
 */
const ZERO = 0x20;
const ONE_UNIT = 0x8000 - ZERO;
const HIGH = 0x8000;
const LOW = 0x8000;
/** Two units reach (0xd800 - HIGH) * LOW: the first unit stays below the surrogates. */
const LIMIT = (0xd800 - HIGH) * LOW;

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
  return { stream: units.join('') + index.text, counts };
}

function encodeValue(value: number): string {
  if (!(Number.isInteger(value) && value >= 0 && value < LIMIT)) throw new RangeError(`cannot store ${value}`);
  if (value < ONE_UNIT) return String.fromCharCode(value + ZERO);
  return String.fromCharCode(HIGH + Math.floor(value / LOW), ZERO + (value % LOW));
}

/**
 * The index back from encodeIndex's string and counts, in slices: typed
 * arrays filled in place, nothing made per item. Throws when the string does
 * not fit the counts.
 * @example const index = await decodeIndex(stream, head.index, createPace({ signal }));
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
    let unit = stream.charCodeAt(position++);
    if (unit >= HIGH) unit = (unit - HIGH) * LOW + stream.charCodeAt(position++);
    const value = unit - ZERO;
    if (kind === 'values') last = value;
    else if (kind === 'delta') last += value & 1 ? -(value + 1) / 2 : value / 2;
    else last += value;
    column[i + shift] = last;
  }
  reader.position = position;
}
