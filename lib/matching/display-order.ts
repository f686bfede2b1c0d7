import type { Match } from '@/lib/matching/types';

/**
 * Text reordered as it is drawn, for texts that use explicit bidi controls:
 * inside a RIGHT-TO-LEFT OVERRIDE (U+202E, until PDF, the end of the paragraph
 * or the isolate it sits in) characters are drawn right to left, so
 * "\u202Eyrovi\u202C" shows "ivory". The reordered text is a permutation of
 * the original (same length), with `originalIndex[i]` the original position
 * of display character i.
 *
 * Deliberately not the whole Unicode Bidirectional Algorithm: the pages
 * matched are written left to right, so characters outside an override take
 * the even level of their embedding; only overrides change the order.
 */
export interface DisplayOrder {
  text: string;
  originalIndex: Int32Array;
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LRE = 0x202a;
const RLE = 0x202b;
const PDF = 0x202c;
const LRO = 0x202d;
const RLO = 0x202e;
const LRI = 0x2066;
const RLI = 0x2067;
const FSI = 0x2068;
const PDI = 0x2069;
const NEWLINE = 0x0a;
const MAX_DEPTH = 125;

interface Embedding {
  level: number;
  /** Levels of overridden characters are exactly `level`; others round up to even. */
  override: boolean;
  isolate: boolean;
}

/**
 * The display order of `text`, or undefined when it has no bidi control (nearly always).
 *
 * @example
 * displayOrder('an \u202Eyrovi\u202C carving')!.text // 'an \u202Eivory\u202C carving'
 */
export function displayOrder(text: string): DisplayOrder | undefined {
  if (!BIDI_CONTROL.test(text)) return undefined;
  const levels = embeddingLevels(text);
  const originalIndex = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) originalIndex[i] = i;
  let highest = 0;
  for (const level of levels) highest = Math.max(highest, level);
  // Rule L2: from the highest level down to 1, reverse every run at that level or higher.
  for (let level = highest; level >= 1; level--) {
    for (let start = 0; start < levels.length;) {
      if (levels[start]! < level) {
        start++;
        continue;
      }
      let end = start;
      while (end < levels.length && levels[end]! >= level) end++;
      originalIndex.subarray(start, end).reverse();
      start = end;
    }
  }
  keepSurrogatePairsInOrder(text, originalIndex);
  let reordered = '';
  for (const index of originalIndex) reordered += text[index];
  return { text: reordered, originalIndex };
}

/** Resolved level of each UTF-16 unit: controls take the level around them, newlines end every embedding. */
function embeddingLevels(text: string): Uint8Array {
  const levels = new Uint8Array(text.length);
  const base: Embedding = { level: 0, override: false, isolate: false };
  let stack: Embedding[] = [base];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const top = stack[stack.length - 1]!;
    const outer = top.level + (top.level & 1 && !top.override ? 1 : 0);
    if (code === NEWLINE) {
      stack = [base];
      levels[i] = 0;
    } else if (code === RLE || code === RLO || code === RLI) {
      levels[i] = outer;
      push(stack, top.level + ((top.level & 1) === 1 ? 2 : 1), code, code === RLO);
    } else if (code === LRE || code === LRO || code === LRI || code === FSI) {
      levels[i] = outer;
      push(stack, top.level + ((top.level & 1) === 1 ? 1 : 2), code, code === LRO);
    } else if (code === PDF) {
      if (stack.length > 1 && !top.isolate) stack.pop();
      levels[i] = levelOfText(stack[stack.length - 1]!);
    } else if (code === PDI) {
      const isolate = stack.findLastIndex((embedding) => embedding.isolate);
      if (isolate > 0) stack = stack.slice(0, isolate);
      levels[i] = levelOfText(stack[stack.length - 1]!);
    } else {
      levels[i] = levelOfText(top);
    }
  }
  return levels;
}

function push(stack: Embedding[], level: number, code: number, override: boolean): void {
  if (level > MAX_DEPTH) return;
  stack.push({ level, override, isolate: code === RLI || code === LRI || code === FSI });
}

/** Left-to-right text takes the even level at or above its embedding; overridden text keeps the level. */
function levelOfText(embedding: Embedding): number {
  return embedding.override ? embedding.level : embedding.level + (embedding.level & 1);
}

/** A reversed run puts a low surrogate before its high one: swap them back so the character survives. */
function keepSurrogatePairsInOrder(text: string, originalIndex: Int32Array): void {
  for (let i = 0; i + 1 < originalIndex.length; i++) {
    const here = originalIndex[i]!;
    const next = originalIndex[i + 1]!;
    if (next === here - 1 && isHighSurrogate(text.charCodeAt(next)) && isLowSurrogate(text.charCodeAt(here))) {
      originalIndex[i] = next;
      originalIndex[i + 1] = here;
      i++;
    }
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Matches found in the display text, as spans of the original text: each
 * covers every original character its display characters came from.
 *
 * @example toOriginalOrder(matcher.find(order.text), order)
 */
export function toOriginalOrder(matches: Match[], order: DisplayOrder): Match[] {
  const mapped = matches.map((match) => {
    let start = Number.MAX_SAFE_INTEGER;
    let end = 0;
    for (let i = match.start; i < match.end; i++) {
      const index = order.originalIndex[i]!;
      if (index < start) start = index;
      if (index + 1 > end) end = index + 1;
    }
    return { ...match, start, end };
  });
  mapped.sort((a, b) => a.start - b.start);
  // Spans never overlap in display order; mapped back they still must not.
  return withoutOverlaps(mapped);
}

/** Matches sorted by start, each kept only when it starts after the last kept one ends. */
export function withoutOverlaps(sorted: readonly Match[]): Match[] {
  const kept: Match[] = [];
  for (const match of sorted) if (kept.length === 0 || match.start >= kept[kept.length - 1]!.end) kept.push(match);
  return kept;
}
