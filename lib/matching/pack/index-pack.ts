import {
  BOUNDS,
  DELTA,
  LIST_COLUMNS,
  TEXT,
  VALUES,
  WALK_COLUMNS,
  type ColumnKind,
  type FlatIndex,
  type IntColumn,
} from '@/lib/matching/flat-index';
import type { Pace } from '@/lib/scheduling/pace';

/**
 * A flat index as two strings: the first stage's columns (WALK_COLUMNS) then the keys, and the second stage's
 * (LIST_COLUMNS) then the rest of `text`, so a tab reads only the first until its text holds a candidate. An integer
 * is written in printable ASCII digits, most significant first: FINAL digits end a number, CONTINUED digits go on,
 * so 0–44 take one character, up to 2,024 two, up to 91,124 three. ASCII because storage moves it cheaply: a
 * storage reply costs a tab ~14 ns per ASCII character and 0.1–1.5 µs per other one (issue 14; BENCHMARKS.md "ASCII
 * columns"), and one character per integer up to 0x7fdf, as format 6 wrote them, made the pattern lists' 91,000
 * integers of the checklist's index non-ASCII. The digits leave out the quote and the backslash (which JSON escapes)
 * and '<' (which Chrome's JSON writer escapes), so storage keeps the string as it is. A bounds column is stored as
 * counts.
 */
/** 90 digits from '#' to '~': 45 end a number, 45 go on. */
const FINAL = 45;
const CONTINUED = 45;
/** The first digit's character: '#'. */
const FIRST = 0x23;
const SKIPPED_LOW = 0x3c;
const SKIPPED_HIGH = 0x5c;

/** A digit's character code: from '#' to '~', '<' and the backslash left out. */
function digitCode(digit: number): number {
  let code = FIRST + digit;
  if (code >= SKIPPED_LOW) code++;
  if (code >= SKIPPED_HIGH) code++;
  return code;
}

/** Integers decoded between two looks at the clock. */
const BATCH = 16_384;

const zigzag = (value: number): number => (value < 0 ? -2 * value - 1 : 2 * value);

type Columns = readonly (readonly [IntColumn, ColumnKind])[];

/**
 * The index as its strings: the first stage's columns and the keys (`walk`), the second stage's columns (`lists`)
 * and the rest of the text, the terms' texts and entry records (`texts`, stored apart: a tab reads only the parts its
 * matches point at); and the item count of each column with each half's text length (WALK_COLUMNS', the keys'
 * length, LIST_COLUMNS', the texts' length), which the pack head keeps.
 * @example const { walk, lists, texts, counts } = encodeIndex(buildFlatIndex(compiled, tables));
 */
export function encodeIndex(index: FlatIndex): { walk: string; lists: string; texts: string; counts: number[] } {
  const keysEnd = index.slotKeys[index.slotKeys.length - 1] ?? 0;
  const walk = encodeColumns(index, WALK_COLUMNS, index.text.slice(0, keysEnd));
  const texts = index.text.slice(keysEnd);
  const lists = encodeColumns(index, LIST_COLUMNS, '');
  return {
    walk: walk.stream,
    lists: lists.stream,
    texts,
    counts: [...walk.counts, ...lists.counts.slice(0, -1), texts.length],
  };
}

function encodeColumns(index: FlatIndex, columns: Columns, text: string): { stream: string; counts: number[] } {
  const units: string[] = [];
  const counts: number[] = [];
  for (const [name, kind] of columns) {
    const column = index[name];
    const values =
      kind === VALUES
        ? column
        : kind === DELTA
          ? column.map((value, i) => zigzag(value - (i > 0 ? column[i - 1]! : 0)))
          : column.subarray(1).map((bound, i) => bound - column[i]!);
    counts.push(values.length);
    for (const value of values) units.push(encodeValue(value));
  }
  counts.push(text.length);
  return { stream: units.join('') + text, counts };
}

function encodeValue(value: number): string {
  if (!(Number.isInteger(value) && value >= 0 && value <= 0x7fffffff)) throw new RangeError(`cannot store ${value}`);
  const codes = [digitCode(value % FINAL)];
  for (let rest = Math.floor(value / FINAL); rest > 0; rest = Math.floor(rest / CONTINUED))
    codes.unshift(digitCode(FINAL + (rest % CONTINUED)));
  return String.fromCharCode(...codes);
}

/**
 * The first stage's index from encodeIndex's `walk` string, as the pieces it was stored in (never joined: joining the
 * checklist's 1.8 M characters was most of a tab's decode), and the counts, in slices: typed arrays filled in place,
 * nothing made per item; the second stage's columns are missing until decodeLists adds them (in the second stage's
 * code, which most frames never load). Throws when the pieces do not fit the counts.
 * @example const index = await decodeWalk(pieces, head.index, createPace({ signal }));
 */
export async function decodeWalk(pieces: Pieces, counts: readonly number[], pace: Pace): Promise<FlatIndex> {
  const { columns, text } = await decodeColumns(pieces, WALK_COLUMNS, counts, 0, pace);
  // The second stage's columns are left out, not made empty: only the second stage reads them, after decodeLists.
  return { ...columns, text } as FlatIndex;
}

/**
 * Fills in the second stage's columns of an index decodeWalk gave, from encodeIndex's `lists` string as pieces. The
 * bounds of the term texts and entry records go on from `index.text.length` into encodeIndex's `texts` (never joined
 * to the keys: joined, the checklist's 3 M characters were copied whole by the walk's next read of a key, ~20 ms in
 * the frame's first scan with its second stage). Throws when the pieces do not fit the counts.
 * @example await decodeLists(index, pieces, head.index, createPace({ signal }));
 */
export async function decodeLists(
  index: FlatIndex,
  pieces: Pieces,
  counts: readonly number[],
  pace: Pace,
): Promise<void> {
  if (counts.length !== WALK_COLUMNS.length + LIST_COLUMNS.length + 2)
    throw new Error('the index layout does not match this version');
  const listCounts = counts.slice(WALK_COLUMNS.length + 1);
  const { columns } = await decodeColumns(pieces, LIST_COLUMNS, listCounts, index.text.length, pace, true);
  Object.assign(index, columns);
}

/** A stream's pieces: strings, or a tab's storage reads as they arrive (load.ts's readPackStream). */
export type Pieces = readonly (string | PromiseLike<string>)[];

/** Characters an integer takes at most (0x7fffffff), so a run of BATCH integers never reads past what has arrived. */
const MAX_DIGITS = 6;

/**
 * `columns` and their text from a stream's pieces, decoded as they arrive; the text's bounds go on from `textStart`.
 * `apart`: the text is stored in a stream of its own (the `texts`): these pieces end with the columns.
 */
async function decodeColumns(
  pieces: Pieces,
  columns: Columns,
  counts: readonly number[],
  textStart: number,
  pace: Pace,
  apart?: boolean,
): Promise<{ columns: Record<string, Int32Array>; text: string }> {
  const decoded: Record<string, Int32Array> = {};
  let arrived = 0;
  let stream = '';
  let position = 0;
  // Waits until `chars` characters after the position have arrived, or all have, and reads on into them: the rest of
  // the string goes on with the pieces, so a run's integers are all in one string and no digit looks for a piece's
  // end (that look per digit, in a closure, was a quarter of the checklist's decode: BENCHMARKS.md, badge24).
  const ahead = async (chars: number) => {
    while (stream.length - position < chars && arrived < pieces.length) {
      const text = await pieces[arrived++]!;
      pace.restart();
      stream = stream.slice(position) + text;
      position = 0;
    }
  };
  let textEnd = textStart;
  for (const [c, [name, kind]] of columns.entries()) {
    const count = counts[c]!;
    // A bounds column has one item more than its counts: its start.
    const shift = kind < BOUNDS ? 0 : 1;
    const column = new Int32Array(count + shift);
    if (kind === TEXT) column[0] = textEnd;
    for (let from = 0; from < count; from += BATCH) {
      const to = Math.min(count, from + BATCH);
      await ahead((to - from) * MAX_DIGITS);
      position = decodeRun(stream, position, column, kind, shift, from, to);
      if (pace.due()) await pace.pause();
    }
    if (kind === TEXT) textEnd = column[count]!;
    decoded[name] = column;
  }
  // Only the text is joined, once: the keys (or the terms and entry records), not the columns before them.
  const rest = [stream.slice(position)];
  while (arrived < pieces.length) rest.push(await pieces[arrived++]!);
  const text = rest.join('');
  const length = counts[columns.length]!;
  if (!(position <= stream.length && text.length === (apart ? 0 : length) && textEnd <= textStart + length))
    throw new Error('the index does not fit its counts');
  return { columns: decoded, text };
}

/**
 * Items from..to of a column from `text` at `position`, which holds all their digits (or the stream's end: a damaged
 * stream reads past it, for decodeColumns' check to refuse); gives the position after them. A plain loop on locals,
 * which the engine optimises, between two looks at the clock.
 */
function decodeRun(
  text: string,
  position: number,
  column: Int32Array,
  kind: ColumnKind,
  shift: number,
  from: number,
  to: number,
): number {
  // Each kind as masks, not a branch per item: VALUES keeps no sum, DELTA's steps are zigzagged.
  const sum = kind === VALUES ? 0 : -1;
  const zigzagged = kind === DELTA ? 1 : 0;
  let last = from + shift > 0 ? column[from + shift - 1]! : 0;
  for (let i = from; i < to; i++) {
    // digitCode's inverse, digit by digit.
    let value = 0;
    let code = text.charCodeAt(position++);
    let digit = code - FIRST - +(code > SKIPPED_LOW) - +(code > SKIPPED_HIGH);
    while (digit >= FINAL) {
      value = value * CONTINUED + digit - FINAL;
      code = text.charCodeAt(position++);
      digit = code - FIRST - +(code > SKIPPED_LOW) - +(code > SKIPPED_HIGH);
    }
    value = value * FINAL + digit;
    column[i + shift] = last = (last & sum) + ((value >>> zigzagged) ^ -(value & zigzagged));
  }
  return position;
}
