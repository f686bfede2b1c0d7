/**
 * The dictionary's word trie as flat tables: what a tab walks, with no object
 * per pattern or per node. Built once by the background (build-index.ts),
 * stored as text (pack/index-pack.ts) and decoded by a tab into typed arrays.
 *
 * A node has three sorted key ranges: `words` (a whole word, or its stem when
 * it carries an ending), `prefixed` (the phrase's last word in prefix or
 * compound mode: the start of a text word) and `suffixed` (the phrase's first
 * word in suffix or compound mode: the end of a text word). A key is
 * separator + stem (no separator at the root), a slice of `text`. Every key
 * slot lists its arcs, one per paradigm; an arc lists the patterns ending
 * there and may go on to a node.
 *
 * A `bounds` column holds n + 1 offsets: item i owns [bounds[i], bounds[i + 1]).
 */
export interface FlatIndex {
  /** Key ranges per node: range 3n + KEY_RANGE.* of node n, as slot bounds. */
  nodeRanges: Int32Array;
  /** Per key slot: its key's bounds in `text`, its arcs' bounds. */
  slotKeys: Int32Array;
  slotArcs: Int32Array;
  arcParadigm: Int32Array;
  /** Bounds in `arcPatternList`. */
  arcPatterns: Int32Array;
  /**
   * Arcs that go on, counted: arc a goes on to node arcChildren[a + 1] when that differs from arcChildren[a]
   * (nodes are numbered in the order of the arcs that lead to them, the root being 0).
   */
  arcChildren: Int32Array;
  arcPatternList: Int32Array;
  /** Per pattern: bounds in `termList` (terms found) and in `cancelList` (terms cancelled). */
  patternTerms: Int32Array;
  patternCancels: Int32Array;
  /** 1 when the pattern only finds scientific names, which may run across a line break. */
  patternCrossesLines: Int32Array;
  termList: Int32Array;
  /** Cancelled term + 1; 0 cancels every term (a global exclusion). */
  cancelList: Int32Array;
  /** Per term: its entry, its language (index into the pack head's lang codes), its text's bounds in `text`. */
  termEntry: Int32Array;
  termLang: Int32Array;
  termText: Int32Array;
  /** Per entry: its record's bounds in `text` (pack.ts's entry record). */
  entryRecord: Int32Array;
  /**
   * The keys, the term texts (empty: the entry's label) and the entry records, end to end; in an index decoded from a
   * tab pack, the keys alone (pack/index-pack.ts's decodeLists gives the rest apart).
   */
  text: string;
}

/** Offsets of a node's three key ranges in `nodeRanges`. */
export const KEY_RANGE = { words: 0, prefixed: 1, suffixed: 2 } as const;

export type IntColumn = Exclude<keyof FlatIndex, 'text'>;

/**
 * How a column is stored: plain values (VALUES), steps from the previous value
 * (DELTA: for columns that mostly grow), or counts that decode into bounds
 * starting at 0 (BOUNDS) or where the previous TEXT column's ended. Numbers, ordered so that the two kinds without a
 * start come first: the content script decodes WALK_COLUMNS, and spells each kind once rather than in every test.
 */
export const VALUES = 0;
export const DELTA = 1;
export const BOUNDS = 2;
export const TEXT = 3;
export type ColumnKind = typeof VALUES | typeof DELTA | typeof BOUNDS | typeof TEXT;

/**
 * The columns the first stage walks (walk.ts), in stored order (part of the format): a tab loads these alone with
 * its dictionary. Their `text` column, the keys, comes first in `text`.
 */
export const WALK_COLUMNS: readonly (readonly [IntColumn, ColumnKind])[] = [
  ['nodeRanges', BOUNDS],
  ['slotKeys', TEXT],
  ['slotArcs', BOUNDS],
  ['arcParadigm', VALUES],
  ['arcPatterns', BOUNDS],
  ['arcChildren', BOUNDS],
  ['arcPatternList', DELTA],
  ['patternCrossesLines', VALUES],
];

/**
 * The columns only the second stage reads (what a pattern finds and cancels, the terms and entries), in stored order:
 * a tab loads them with the second stage, when its text first holds a candidate. Their text follows the keys.
 */
export const LIST_COLUMNS: readonly (readonly [IntColumn, ColumnKind])[] = [
  ['patternTerms', BOUNDS],
  ['patternCancels', BOUNDS],
  ['termList', DELTA],
  ['cancelList', VALUES],
  ['termEntry', DELTA],
  ['termLang', VALUES],
  ['termText', TEXT],
  ['entryRecord', TEXT],
];

/**
 * The key slot in [from, to) whose key equals probe.slice(start, end), or -1:
 * a binary search over keys sorted by code unit, with no string made.
 */
export function findKey(index: FlatIndex, from: number, to: number, probe: string, start: number, end: number): number {
  const { slotKeys, text } = index;
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const keyStart = slotKeys[middle]!;
    const keyLength = slotKeys[middle + 1]! - keyStart;
    const length = end - start;
    let order = 0;
    for (let i = 0; i < keyLength && i < length && order === 0; i++) {
      order = text.charCodeAt(keyStart + i) - probe.charCodeAt(start + i);
    }
    if (order === 0) order = keyLength - length;
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
