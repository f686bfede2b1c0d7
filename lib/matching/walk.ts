import { HARD_BREAK, LINE_BREAK } from '@/lib/matching/fold';
import { nextLevel, type AffixIndex, type Arc, type TrieNode } from '@/lib/matching/pattern-index';
import type { Tokens } from '@/lib/matching/tokenize';
import type { CompiledPattern } from '@/lib/matching/types';

/** A pattern found over words start..end (inclusive word indexes), before overlaps and exclusions. */
export interface Found {
  start: number;
  end: number;
  pattern: number;
}

const NONE: readonly string[] = [];

/** The endings each paradigm allows, indexed for lookups from a word's end. */
export class Endings {
  private readonly byParadigm: ReadonlySet<string>[];
  /** Non-empty endings grouped by their last character: a word tries only endings it can have. */
  private readonly byLastChar = new Map<string, string[]>();

  constructor(paradigms: readonly string[][]) {
    this.byParadigm = paradigms.map((endings) => new Set(endings));
    for (const ending of new Set(paradigms.flat())) {
      if (ending === '') continue;
      const last = ending[ending.length - 1];
      const list = this.byLastChar.get(last) ?? [];
      this.byLastChar.set(last, [...list, ending]);
    }
  }

  /** Endings (besides '') a word ending in `lastChar` may carry. */
  endingWith(lastChar: string): readonly string[] {
    return this.byLastChar.get(lastChar) ?? NONE;
  }

  allows(paradigm: number, ending: string): boolean {
    return this.byParadigm[paradigm].has(ending);
  }
}

/**
 * Every pattern occurrence in the words, in order of start word. Per word the
 * cost is a few map lookups (the word itself, then once per ending it ends
 * with), whatever the dictionary size. A line break inside a paragraph joins
 * words like a space, but only for patterns flagged in `crossesLines`
 * (scientific names: "Loxodonta<br>africana").
 */
export function findAll(
  root: TrieNode,
  endings: Endings,
  patterns: readonly CompiledPattern[],
  tokens: Tokens,
  crossesLines: Uint8Array,
): Found[] {
  const found: Found[] = [];
  const step = (node: TrieNode, start: number, at: number, probe: string, acrossLine: boolean): void => {
    const arcs = node === root ? rootArcsFor(root, probe, endings) : arcsFor(node, probe, endings);
    if (arcs === undefined) return;
    for (const arc of arcs) {
      for (const pattern of arc.patterns)
        if (!acrossLine || crossesLines[pattern] === 1) found.push({ start, end: at, pattern });
      const next = at + 1;
      if (arc.longer.length === 0 || next >= tokens.count) continue;
      const sep = tokens.sep(at);
      if (sep === HARD_BREAK) continue;
      const nextNode = nextLevel(arc, node.depth, patterns);
      if (sep === LINE_BREAK) step(nextNode, start, next, ' ' + tokens.folded(next), true);
      else step(nextNode, start, next, sep + tokens.folded(next), acrossLine);
    }
  };
  for (let start = 0; start < tokens.count; start++) step(root, start, start, tokens.folded(start), false);
  return found;
}

/** Pages repeat their words: first-word lookups are remembered (bounded, per root). */
const rootCaches = new WeakMap<TrieNode, Map<string, Arc[] | null>>();
const ROOT_CACHE_LIMIT = 50_000;

function rootArcsFor(root: TrieNode, probe: string, endings: Endings): Arc[] | undefined {
  let cache = rootCaches.get(root);
  if (cache === undefined) rootCaches.set(root, (cache = new Map()));
  const cached = cache.get(probe);
  if (cached !== undefined) return cached ?? undefined;
  if (cache.size >= ROOT_CACHE_LIMIT) cache.clear();
  const arcs = arcsFor(root, probe, endings);
  cache.set(probe, arcs ?? null);
  return arcs;
}

/** The arcs of `node` that the probe (separator + folded word) satisfies; undefined when none (the usual case). */
function arcsFor(node: TrieNode, probe: string, endings: Endings): Arc[] | undefined {
  let found: Arc[] | undefined;
  const add = (arcs: readonly Arc[], ending: string | undefined): void => {
    for (const arc of arcs) if (ending === undefined || endings.allows(arc.paradigm, ending)) (found ??= []).push(arc);
  };
  const whole = node.words.get(probe);
  if (whole !== undefined) add(whole, '');
  const candidates = endings.endingWith(probe[probe.length - 1]);
  for (const ending of candidates) {
    if (ending.length >= probe.length || !probe.endsWith(ending)) continue;
    const stemmed = node.words.get(probe.slice(0, probe.length - ending.length));
    if (stemmed !== undefined) add(stemmed, ending);
  }
  if (node.suffixed !== undefined) {
    for (const ending of ['', ...candidates]) {
      if (ending.length >= probe.length || !probe.endsWith(ending)) continue;
      const core = probe.slice(0, probe.length - ending.length);
      for (const { key, arcs } of bucketOf(node.suffixed, core.slice(core.length - node.suffixed.width))) {
        if (core.endsWith(key)) add(arcs, ending);
      }
    }
  }
  if (node.prefixed !== undefined) {
    for (const { key, arcs } of bucketOf(node.prefixed, probe.slice(0, node.prefixed.width))) {
      if (probe.startsWith(key)) add(arcs, undefined);
    }
  }
  return found;
}

const NO_ENTRIES: never[] = [];

function bucketOf(index: AffixIndex, bucketKey: string): { key: string; arcs: Arc[] }[] {
  return index.buckets.get(bucketKey) ?? NO_ENTRIES;
}
