import type { Appendix, Dictionary, EuAnnex, Lang, MatchMode, TradeGroup } from '@/lib/dictionary/schema';

type DictionarySource = Dictionary['source'];

/**
 * Highlight category: one colour each. Split listings take their strictest
 * Appendix ("I/II" paints as I); trade terms, code words and unlisted taxa paint as `trade`.
 */
export type Category = 'app-i' | 'app-ii' | 'app-iii' | 'trade';

/**
 * What the painter marks: a category's colour, or `exempt`, a species the Appendices leave out (a budgerigar, a
 * domesticated form), marked without colour so the page can see Spoor read it and found it not listed.
 */
export type MarkCategory = Category | 'exempt';

/** What a match points at: a taxon, or a trade term / code word. */
export interface EntryInfo {
  /** Taxon id or trade-term id from the dictionary. */
  id: string;
  kind: 'taxon' | 'trade' | 'code';
  /** Scientific name for taxa, English label for trade terms. */
  label: string;
  appendix: Appendix;
  appendixNote?: string;
  euAnnex: EuAnnex;
  group?: TradeGroup;
  category: Category;
  /** Taxa the entry stands for: itself for a taxon, the implied taxa for a trade term. */
  taxa: string[];
}

/** One dictionary term as the matcher knows it. */
export interface TermInfo {
  text: string;
  lang: Lang;
  /** Index into `CompiledDictionary.entries`. */
  entry: number;
}

/**
 * A match in the original text: `text.slice(start, end)` is what the page says.
 * `terms` lists every dictionary term with this spelling (several taxa can share a common name).
 */
export interface Match {
  start: number;
  end: number;
  terms: number[];
}

/** Bumped whenever the compiled shape or the folding changes: a stored older form must be recompiled. */
export const COMPILED_FORMAT_VERSION = 2;

/** Global exclusions cancel every term: `CompiledPattern` lists this instead of term indexes. */
export const CANCELS_ALL_TERMS = -1;

/**
 * One distinct folded spelling the matcher indexes. Words are folded stems
 * (see `inflection.ts`); `paradigms[i]` indexes `CompiledDictionary.paradigms`
 * and lists the endings word i may carry. `terms` are the dictionary terms it
 * finds; `cancels` the terms it cancels as an exclusion phrase.
 */
export type CompiledPattern = [
  words: string[],
  seps: string[],
  paradigms: number[],
  mode: MatchMode,
  terms: number[],
  cancels: number[],
];

/**
 * A dictionary compiled for matching. Plain JSON (arrays, strings, numbers):
 * stored in `browser.storage.local` and loaded by every tab's content script.
 */
export interface CompiledDictionary {
  formatVersion: typeof COMPILED_FORMAT_VERSION;
  /** Stable hash of everything below: equal fingerprints mean equal content. */
  fingerprint: string;
  source: DictionarySource;
  listingsAsOf: string;
  entries: EntryInfo[];
  terms: TermInfo[];
  /** Allowed word endings per paradigm id; id 0 is [''] (the word exactly). */
  paradigms: string[][];
  patterns: CompiledPattern[];
}
