import { foldWord } from '@/lib/matching/fold';
import type { FlatIndex } from '@/lib/matching/flat-index';
import { looseFold, PREFILTER_GRAM, type PrefilterData } from '@/lib/matching/prefilter';
import type { ConfusablePairs, MatchRules } from '@/lib/matching/types';

/**
 * Letters the fold keeps whole (й, ў) but a decomposed spelling loses the mark of (и + U+0306 folds to и): the
 * filter reads them as their base letter.
 */
const LOOSE_LETTERS: Readonly<Record<string, string>> = { й: 'и', ў: 'у' };
/** Keys this long or longer are selective enough as they are. */
const SELECTIVE_KEY = 3;
/** How many words deep a short key's pattern is followed for a longer one. */
const MAX_DEPTH = 3;
const NOT_WORD_START = /^[^\p{L}\p{N}\p{M}]+/u;
const ONE_LETTER = /^[\p{L}\p{N}]$/u;
const LETTER = /\p{L}/u;

/**
 * How the filter folds (prefilter.ts), from the look-alike table: the tokenizer swaps a look-alike for its
 * target only in a word of mixed scripts, so the filter reads every look-alike pair as one letter (classes of
 * letters, each read as its first member); a character whose own fold is no letter (U+037A folds to a space) is
 * read as its look-alike; pairs of one letter and several ("β" and "ß" → "ss") are spellings the keys are
 * given both ways (see gramsOf).
 */
function looseLetters(confusables: ConfusablePairs): { data: Omit<PrefilterData, 'grams'>; spellings: string[][] } {
  const parent = new Map<string, string>();
  const find = (char: string): string => {
    let root = char;
    while (parent.has(root)) root = parent.get(root)!;
    return root;
  };
  const union = (a: string, b: string) => {
    const [rootA, rootB] = [find(a), find(b)];
    if (rootA < rootB) parent.set(rootB, rootA);
    else if (rootB < rootA) parent.set(rootA, rootB);
  };
  for (const [letter, base] of Object.entries(LOOSE_LETTERS)) union(letter, base);
  const readAs: Record<string, string> = {};
  const spellings: string[][] = [];
  for (const pairs of [confusables.latin, confusables.cyrillic, confusables.greek]) {
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const char = pairs[i]!;
      const [own, target] = [foldWord(char), foldWord(pairs[i + 1]!)];
      if (ONE_LETTER.test(own) && ONE_LETTER.test(target)) union(own, target);
      else if (!LETTER.test(target)) continue;
      else if (!LETTER.test(own)) {
        const earlier = readAs[char];
        if (earlier !== undefined && ONE_LETTER.test(earlier) && ONE_LETTER.test(target)) union(earlier, target);
        else readAs[char] = target;
      } else spellings.push(ONE_LETTER.test(own) ? [own, target] : [target, own]);
    }
  }
  const letters: Record<string, string> = {};
  for (const char of parent.keys()) letters[char] = find(char);
  const canonical = (text: string) => [...text].map((char) => letters[char] ?? char).join('');
  for (const char of Object.keys(readAs)) readAs[char] = canonical(readAs[char]!);
  return { data: { letters, readAs }, spellings: spellings.map((pair) => pair.map(canonical)) };
}

/** Whether any pattern from `node` on finds only scientific names (those may run across a line or block). */
function reachesScientificName(index: FlatIndex, node: number): boolean {
  const { nodeRanges, slotArcs, arcPatterns, arcPatternList, arcChildren, patternCrossesLines } = index;
  for (let slot = nodeRanges[3 * node]!; slot < nodeRanges[3 * node + 3]!; slot++) {
    for (let arc = slotArcs[slot]!; arc < slotArcs[slot + 1]!; arc++) {
      for (let i = arcPatterns[arc]!; i < arcPatterns[arc + 1]!; i++)
        if (patternCrossesLines[arcPatternList[i]!] === 1) return true;
      const child = arcChildren[arc + 1]!;
      if (child !== arcChildren[arc] && reachesScientificName(index, child)) return true;
    }
  }
  return false;
}

/**
 * The filter's data for a dictionary, as the background stores it with its tab pack: the first PREFILTER_GRAM
 * letters (loosely folded, in every spelling look-alikes allow) of every root key of the flat index (or, for a
 * key shorter than SELECTIVE_KEY, of the next word's keys where every pattern goes on) and of every exempt
 * name's first word, and the fold's letter tables.
 * @example prefilterData(buildFlatIndex(compiled), compiled.rules).grams // 'psit loxo ivor …'
 */
export function prefilterData(index: FlatIndex, rules: MatchRules): PrefilterData {
  const { data, spellings } = looseLetters(rules.confusables);
  const grams = new Set<string>();
  const spell = (done: string, rest: string): void => {
    if (done.length >= PREFILTER_GRAM || rest === '') {
      if (done !== '') grams.add(done.slice(0, PREFILTER_GRAM));
      return;
    }
    spell(done + rest[0], rest.slice(1));
    for (const [one, several] of spellings) {
      if (rest.startsWith(several!)) spell(done + one, rest.slice(several!.length));
      if (rest.startsWith(one!)) spell(done + several, rest.slice(one!.length));
    }
  };
  const folded = new Map<string, string>();
  const add = (key: string) => {
    let loose = '';
    for (const char of key) {
      let part = folded.get(char);
      if (part === undefined) folded.set(char, (part = looseFold(char, data)));
      loose += part;
    }
    spell('', loose);
  };
  const { nodeRanges, slotKeys, slotArcs, arcPatterns, arcChildren, text } = index;
  const visit = (node: number, depth: number) => {
    for (let slot = nodeRanges[3 * node]!; slot < nodeRanges[3 * node + 3]!; slot++) {
      // A key below the root is its separator, then a word's stem.
      const key = text.slice(slotKeys[slot], slotKeys[slot + 1]).replace(NOT_WORD_START, '');
      if (key.length >= SELECTIVE_KEY || depth === MAX_DEPTH) {
        add(key);
        continue;
      }
      // A short key ("de", "or") is in nearly every text: where every pattern through it goes on to another
      // word, that word's key tells more. Not for scientific names, which may join across blocks (join-blocks.ts).
      for (let arc = slotArcs[slot]!; arc < slotArcs[slot + 1]!; arc++) {
        const child = arcChildren[arc + 1]!;
        const endsHere = arcPatterns[arc]! < arcPatterns[arc + 1]!;
        if (endsHere || child === arcChildren[arc] || reachesScientificName(index, child)) add(key);
        else visit(child, depth + 1);
      }
    }
  };
  visit(0, 0);
  for (const taxon of rules.notListed) for (const name of taxon.names) add(name.split(' ')[0]!.replace(/\*$/, ''));
  return { grams: [...grams].sort().join(' '), ...data };
}
