import { LIST_COLUMNS, WALK_COLUMNS, type ColumnKind, type FlatIndex, type IntColumn } from '@/lib/matching/flat-index';
import type { Pace } from '@/lib/scheduling/pace';

/**
 * A flat index as two strings: the first stage's columns (WALK_COLUMNS) then the keys, and the second stage's
 * (LIST_COLUMNS) then the rest of `text`, so a tab reads only the first until its text holds a candidate. An
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

type Columns = readonly (readonly [IntColumn, ColumnKind])[];

/**
 * The index as its two strings, and the item count of each column with each string's text length after its columns
 * (WALK_COLUMNS', the keys' length, LIST_COLUMNS', the rest's length), which the pack head keeps.
 * @example const { walk, lists, counts } = encodeIndex(buildFlatIndex(compiled, tables));
 */
export function encodeIndex(index: FlatIndex): { walk: string; lists: string; counts: number[] } {
  const keysEnd = index.slotKeys[index.slotKeys.length - 1] ?? 0;
  const walk = encodeColumns(index, WALK_COLUMNS, index.text.slice(0, keysEnd));
  const lists = encodeColumns(index, LIST_COLUMNS, index.text.slice(keysEnd));
  return { walk: walk.stream, lists: lists.stream, counts: [...walk.counts, ...lists.counts] };
}

function encodeColumns(index: FlatIndex, columns: Columns, text: string): { stream: string; counts: number[] } {
  const units: string[] = [];
  const counts: number[] = [];
  for (const [name, kind] of columns) {
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
  counts.push(text.length);
  return { stream: units.join('') + text, counts };
}

function encodeValue(value: number): string {
  if (!(Number.isInteger(value) && value >= 0 && value < LIMIT)) throw new RangeError(`cannot store ${value}`);
  if (value < ONE_UNIT) return String.fromCharCode(value + ZERO);
  return String.fromCharCode(HIGH + Math.floor(value / LOW), ZERO + (value % LOW));
}

/**
 * The first stage's index from encodeIndex's `walk` string, as the pieces it was stored in (never joined: joining the
 * checklist's 1.8 M characters was most of a tab's decode), and the counts, in slices: typed arrays filled in place,
 * nothing made per item; the second stage's columns are missing until decodeLists adds them (in the second stage's
 * code, which most frames never load). Throws when the pieces do not fit the counts.
 * @example const index = await decodeWalk(pieces, head.index, createPace({ signal }));
 */
export async function decodeWalk(pieces: readonly string[], counts: readonly number[], pace: Pace): Promise<FlatIndex> {
  const { columns, text } = await decodeColumns(pieces, WALK_COLUMNS, counts, 0, pace);
  // The second stage's columns are left out, not made empty: only the second stage reads them, after decodeLists.
  return { ...columns, text } as FlatIndex;
}

/**
 * Fills in the second stage's columns, and the rest of the text, of an index decodeWalk gave, from encodeIndex's
 * `lists` string as pieces. Throws when the pieces do not fit the counts.
 * @example await decodeLists(index, pieces, head.index, createPace({ signal }));
 */
export async function decodeLists(index: FlatIndex, pieces: readonly string[], counts: readonly number[], pace: Pace) {
  if (counts.length !== WALK_COLUMNS.length + LIST_COLUMNS.length + 2)
    throw new Error('the index layout does not match this version');
  const listCounts = counts.slice(WALK_COLUMNS.length + 1);
  const { columns, text } = await decodeColumns(pieces, LIST_COLUMNS, listCounts, index.text.length, pace);
  Object.assign(index, columns, { text: index.text + text });
}

/** `columns` and their text from a stream's pieces; the text's bounds go on from `textStart`. */
async function decodeColumns(
  pieces: readonly string[],
  columns: Columns,
  counts: readonly number[],
  textStart: number,
  pace: Pace,
): Promise<{ columns: Record<string, Int32Array>; text: string }> {
  const decoded: Record<string, Int32Array> = {};
  let piece = 0;
  let stream = pieces[0] ?? '';
  let position = 0;
  // The next unit, from the next piece at the end of one (an integer's two units may be in two pieces).
  const unit = () => {
    while (position === stream.length && piece < pieces.length - 1) {
      stream = pieces[++piece]!;
      position = 0;
    }
    return stream.charCodeAt(position++);
  };
  let textEnd = textStart;
  for (const [c, [name, kind]] of columns.entries()) {
    const count = counts[c]!;
    const column = new Int32Array(kind === 'values' || kind === 'delta' ? count : count + 1);
    if (kind === 'text') column[0] = textEnd;
    for (let from = 0; from < count; from += BATCH) {
      decodeRun(unit, column, kind, from, Math.min(count, from + BATCH));
      if (pace.due()) await pace.pause();
    }
    if (kind === 'text') textEnd = column[count]!;
    decoded[name] = column;
  }
  // Only the text is joined: the keys (or the terms and entry records), not the columns before them.
  const text = [stream.slice(position), ...pieces.slice(piece + 1)].join('');
  if (!(position <= stream.length && text.length === counts[columns.length] && textEnd <= textStart + text.length))
    throw new Error('the index does not fit its counts');
  return { columns: decoded, text };
}

/** Items from..to of a column: a plain loop the engine optimises, between two looks at the clock. */
function decodeRun(unit: () => number, column: Int32Array, kind: ColumnKind, from: number, to: number): void {
  const shift = kind === 'values' || kind === 'delta' ? 0 : 1;
  let last = from + shift > 0 ? column[from + shift - 1]! : 0;
  for (let i = from; i < to; i++) {
    let first = unit();
    if (first >= HIGH) first = (first - HIGH) * LOW + unit();
    const value = first - ZERO;
    if (kind === 'values') last = value;
    else if (kind === 'delta') last += value & 1 ? -(value + 1) / 2 : value / 2;
    else last += value;
    column[i + shift] = last;
  }
}
