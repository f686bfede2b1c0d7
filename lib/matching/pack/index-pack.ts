import { INDEX_COLUMNS, type FlatIndex } from '@/lib/matching/flat-index';
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
const BATCH = 8192;

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
    const values = kind === 'values' ? column : column.subarray(1).map((bound, i) => bound - column[i]!);
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
  let position = 0;
  let textEnd = 0;
  for (const [c, [name, kind]] of INDEX_COLUMNS.entries()) {
    const count = counts[c]!;
    const values = kind === 'values';
    const column = new Int32Array(values ? count : count + 1);
    let sum = (column[0] = kind === 'text' ? textEnd : 0);
    for (let i = 0; i < count; i++) {
      let unit = stream.charCodeAt(position++);
      if (unit >= HIGH) unit = (unit - HIGH) * LOW + stream.charCodeAt(position++);
      const value = unit - ZERO;
      if (values) column[i] = value;
      else column[i + 1] = sum += value;
      if ((i & (BATCH - 1)) === BATCH - 1 && pace.due()) await pace.pause();
    }
    if (kind === 'text') textEnd = sum;
    index[name] = column;
  }
  const text = stream.slice(position);
  if (!(position <= stream.length && text.length === counts[INDEX_COLUMNS.length] && textEnd <= text.length))
    throw new Error('the index does not fit its counts');
  return { ...index, text } as unknown as FlatIndex;
}
