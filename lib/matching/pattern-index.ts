import type { CompiledPattern } from '@/lib/matching/types';

/**
 * A word trie over compiled patterns, built with hash maps only (no scan over
 * terms at match time). A text word is looked up by stripping each ending it
 * may carry and looking the rest up as a stem; the arc then checks that the
 * stripped ending belongs to the word's paradigm.
 *
 * Only the root level is built up front: a level below is built the first time
 * a page reaches it, which keeps a tab's load cost to one map of first words.
 */
export interface Arc {
  paradigm: number;
  /** Patterns that end with this word. */
  patterns: number[];
  /** Patterns that go on: the next level is built from them on first use. */
  longer: number[];
  next: TrieNode | undefined;
}

/** Arcs whose stem may be only the start (prefix) or only the end (suffix) of a text word. */
export interface AffixIndex {
  /** Keys are bucketed by their first (prefix) or last (suffix) `width` characters. */
  width: number;
  buckets: Map<string, { key: string; arcs: Arc[] }[]>;
}

export interface TrieNode {
  /** Word position in the patterns, 0 at the root. */
  depth: number;
  /** Key: separator (none at the root) + stem. */
  words: Map<string, Arc[]>;
  /** The phrase's last word in prefix or compound mode. */
  prefixed?: AffixIndex;
  /** Root only: the phrase's first word in suffix or compound mode. */
  suffixed?: AffixIndex;
}

type Placement = 'words' | 'prefixed' | 'suffixed';

// Shared answers: a tab places ~100,000 patterns while it loads, and every allocation then costs it garbage collection.
const BOTH_WAYS: readonly Placement[] = ['suffixed', 'prefixed'];
const SUFFIXED: readonly Placement[] = ['suffixed'];
const PREFIXED: readonly Placement[] = ['prefixed'];
const WORDS: readonly Placement[] = ['words'];

/** Where a pattern's word goes. A single compound word goes both ways. */
function placementsOf(position: number, wordCount: number, mode: CompiledPattern[3]): readonly Placement[] {
  const suffixed = position === 0 && (mode === 'suffix' || mode === 'compound');
  const prefixed = position === wordCount - 1 && (mode === 'prefix' || mode === 'compound');
  if (suffixed && prefixed) return BOTH_WAYS;
  if (suffixed) return SUFFIXED;
  return prefixed ? PREFIXED : WORDS;
}

/** The root level over all patterns. */
export function buildRoot(patterns: readonly CompiledPattern[]): TrieNode {
  return buildLevel(patterns, patterns.keys(), 0);
}

/** The level below an arc, built on first use. */
export function nextLevel(arc: Arc, depth: number, patterns: readonly CompiledPattern[]): TrieNode {
  return (arc.next ??= buildLevel(patterns, arc.longer.values(), depth + 1));
}

function buildLevel(patterns: readonly CompiledPattern[], ids: Iterable<number>, depth: number): TrieNode {
  const builder = new LevelBuilder(depth);
  for (const id of ids) builder.add(patterns, id);
  return builder.finish();
}

/**
 * Builds one trie level a pattern at a time, so a tab can build the root over
 * 100,000 patterns in slices between which the page runs (see load.ts).
 */
export class LevelBuilder {
  private readonly node: TrieNode;
  private readonly affixKeys = { prefixed: new Map<string, Arc[]>(), suffixed: new Map<string, Arc[]>() };

  constructor(depth: number) {
    this.node = { depth, words: new Map() };
  }

  add(patterns: readonly CompiledPattern[], id: number): void {
    const { depth, words: wordArcs } = this.node;
    const [words, seps, paradigms, mode] = patterns[id]!;
    const key = (depth === 0 ? '' : seps[depth - 1]) + words[depth];
    const last = depth === words.length - 1;
    for (const placement of placementsOf(depth, words.length, mode)) {
      const arc = arcFor(placement === 'words' ? wordArcs : this.affixKeys[placement], key, paradigms[depth]!);
      if (last) arc.patterns = withId(arc.patterns, id);
      else arc.longer = withId(arc.longer, id);
    }
  }

  finish(): TrieNode {
    const { node, affixKeys } = this;
    if (affixKeys.prefixed.size > 0) node.prefixed = bucketed(affixKeys.prefixed, false);
    if (affixKeys.suffixed.size > 0) node.suffixed = bucketed(affixKeys.suffixed, true);
    return node;
  }
}

/**
 * The empty `patterns` or `longer` of an arc, shared: most root arcs only start
 * patterns (a binomial's genus), most others only end them. add() gives an arc
 * a list of its own before adding to it; nothing else writes to these lists.
 */
const NO_IDS: number[] = [];

function withId(ids: number[], id: number): number[] {
  if (ids === NO_IDS) return [id];
  ids.push(id);
  return ids;
}

function arcFor(arcs: Map<string, Arc[]>, key: string, paradigm: number): Arc {
  let list = arcs.get(key);
  if (list === undefined) arcs.set(key, (list = []));
  for (const arc of list) if (arc.paradigm === paradigm) return arc;
  const arc: Arc = { paradigm, patterns: NO_IDS, longer: NO_IDS, next: undefined };
  list.push(arc);
  return arc;
}

/**
 * Prefix keys keep their separator in front, so they are bucketed by their
 * start; suffix keys (root only, no separator) by their end.
 */
function bucketed(keyed: Map<string, Arc[]>, bySuffix: boolean): AffixIndex {
  let width = 4;
  for (const key of keyed.keys()) width = Math.min(width, key.length);
  const buckets: AffixIndex['buckets'] = new Map();
  for (const [key, arcs] of keyed) {
    const bucketKey = bySuffix ? key.slice(key.length - width) : key.slice(0, width);
    let bucket = buckets.get(bucketKey);
    if (bucket === undefined) buckets.set(bucketKey, (bucket = []));
    bucket.push({ key, arcs });
  }
  return { width, buckets };
}
