import { BOUNDS, LIST_COLUMNS, TEXT, WALK_COLUMNS, type FlatIndex, type IntColumn } from '@/lib/matching/flat-index';
import { KNOWN_WORD_LISTS, slipBlockers } from '@/lib/matching/slip-blockers';
import { CANCELS_ALL_TERMS, type CompiledDictionary, type CompiledPattern } from '@/lib/matching/types';

/** Every column, in stored order: the background builds both halves (the content script needs only WALK_COLUMNS). */
const INDEX_COLUMNS = [...WALK_COLUMNS, ...LIST_COLUMNS];

type Placement = 'words' | 'prefixed' | 'suffixed';
const PLACEMENTS: readonly Placement[] = ['words', 'prefixed', 'suffixed'];

interface Arc {
  paradigm: number;
  patterns: number[];
  longer: number[];
}

/** One trie node while building: per placement, key → arcs (one per paradigm). */
type Level = Record<Placement, Map<string, Arc[]>>;

/** Where a pattern's word goes. A single compound word goes both ways. */
function placementsOf(position: number, wordCount: number, mode: CompiledPattern[3]): Placement[] {
  const suffixed = position === 0 && (mode === 'suffix' || mode === 'compound');
  const prefixed = position === wordCount - 1 && (mode === 'prefix' || mode === 'compound');
  const placements: Placement[] = [];
  if (suffixed) placements.push('suffixed');
  if (prefixed) placements.push('prefixed');
  return placements.length > 0 ? placements : ['words'];
}

function levelOf(patterns: readonly CompiledPattern[], ids: readonly number[], depth: number): Level {
  const level: Level = { words: new Map(), prefixed: new Map(), suffixed: new Map() };
  for (const id of ids) {
    const [words, seps, paradigms, mode] = patterns[id]!;
    const key = (depth === 0 ? '' : seps[depth - 1]) + words[depth];
    const last = depth === words.length - 1;
    for (const placement of placementsOf(depth, words.length, mode)) {
      const arcs = level[placement].get(key) ?? [];
      level[placement].set(key, arcs);
      let arc = arcs.find((candidate) => candidate.paradigm === paradigms[depth]);
      if (arc === undefined) arcs.push((arc = { paradigm: paradigms[depth]!, patterns: [], longer: [] }));
      (last ? arc.patterns : arc.longer).push(id);
    }
  }
  return level;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Known words the walk reads as themselves, never as a seller's slip in a name (slip-blockers.ts): root keys of no
 * pattern, with the paradigm that takes no ending.
 */
function blockSlips(level: Level, { paradigms }: CompiledDictionary, knownWords: readonly string[]): void {
  const bare = paradigms.findIndex((endings) => endings.length === 1 && endings[0] === '');
  if (bare < 0) return;
  const sorted = (placement: Placement) => [...level[placement].keys()].sort(byCodeUnit);
  const root = { words: sorted('words'), prefixed: sorted('prefixed'), suffixed: sorted('suffixed') };
  for (const word of slipBlockers(root, knownWords))
    level.words.set(word, [{ paradigm: bare, patterns: [], longer: [] }]);
}

/** 1 for each pattern that only finds scientific names: those may run across a line break. */
function crossesLines(compiled: CompiledDictionary, [, , , , terms, cancels]: CompiledPattern): number {
  return terms.length > 0 && cancels.length === 0 && terms.every((term) => compiled.terms[term]!.lang === 'la') ? 1 : 0;
}

/** For a tab pack (pack.ts): the entry records and the language code table a tab decodes with. */
export interface PackTables {
  entryRecords: readonly string[];
  langCodes: readonly string[];
}

/** A matcher made in place uses the entries and terms themselves. */
const NOT_PACKED: PackTables = { entryRecords: [], langCodes: [] };

/**
 * The whole trie of a compiled dictionary, every level, as flat tables (see
 * flat-index.ts), with the terms and entries a tab needs. Runs where time is
 * cheap (the background, tests); a tab only decodes the result. `knownWords`: the lists of words never read as a
 * seller's slip (slip-blockers.ts); the generator of near-name-words.ts leaves its own output out of them.
 * @example const index = buildFlatIndex(compiled, { entryRecords, langCodes: head.codes.lang });
 */
export function buildFlatIndex(
  compiled: CompiledDictionary,
  forPack: PackTables = NOT_PACKED,
  knownWords = KNOWN_WORD_LISTS,
): FlatIndex {
  const { entryRecords, langCodes } = forPack;
  const columns = Object.fromEntries(INDEX_COLUMNS.map(([name]) => [name, [] as number[]])) as Record<
    IntColumn,
    number[]
  >;
  let text = '';
  const { patterns } = compiled;
  // Breadth first: nodes are numbered in the order of the arcs that lead to them.
  const queue: { ids: readonly number[]; depth: number }[] = [{ ids: [...patterns.keys()], depth: 0 }];
  for (let node = 0; node < queue.length; node++) {
    const { ids, depth } = queue[node]!;
    const level = levelOf(patterns, ids, depth);
    if (node === 0) blockSlips(level, compiled, knownWords);
    for (const placement of PLACEMENTS) {
      const keys = [...level[placement].keys()].sort(byCodeUnit);
      columns.nodeRanges.push(keys.length);
      for (const key of keys) {
        const arcs = level[placement].get(key)!;
        columns.slotKeys.push(key.length);
        text += key;
        columns.slotArcs.push(arcs.length);
        for (const arc of arcs) {
          const goesOn = arc.longer.length > 0;
          if (goesOn) queue.push({ ids: arc.longer, depth: depth + 1 });
          columns.arcParadigm.push(arc.paradigm);
          columns.arcPatterns.push(arc.patterns.length);
          columns.arcChildren.push(goesOn ? 1 : 0);
          columns.arcPatternList.push(...arc.patterns);
        }
      }
    }
  }
  for (const pattern of patterns) {
    const [, , , , terms, cancels] = pattern;
    columns.patternTerms.push(terms.length);
    columns.termList.push(...terms);
    columns.patternCancels.push(cancels.length);
    columns.cancelList.push(...cancels.map((term) => (term === CANCELS_ALL_TERMS ? 0 : term + 1)));
    columns.patternCrossesLines.push(crossesLines(compiled, pattern));
  }
  for (const term of compiled.terms) {
    const own = term.text === compiled.entries[term.entry]!.label ? '' : term.text;
    columns.termEntry.push(term.entry);
    columns.termLang.push(langCodes.indexOf(term.lang));
    columns.termText.push(own.length);
    text += own;
  }
  for (const record of entryRecords) {
    columns.entryRecord.push(record.length);
    text += record;
  }
  return { ...indexFromColumns(columns), text };
}

/** Counts become bounds: `text` columns go on where the previous one ended. */
function indexFromColumns(columns: Record<IntColumn, number[]>): Omit<FlatIndex, 'text'> {
  let textEnd = 0;
  const index = {} as Omit<FlatIndex, 'text'>;
  for (const [name, kind] of INDEX_COLUMNS) {
    const values = columns[name];
    if (kind < BOUNDS) {
      index[name] = Int32Array.from(values);
      continue;
    }
    const bounds = new Int32Array(values.length + 1);
    bounds[0] = kind === TEXT ? textEnd : 0;
    for (let i = 0; i < values.length; i++) bounds[i + 1] = bounds[i]! + values[i]!;
    if (kind === TEXT) textEnd = bounds[values.length]!;
    index[name] = bounds;
  }
  return index;
}
