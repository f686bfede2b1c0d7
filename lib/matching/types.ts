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
  /** Read one letter dropped, added or changed away from the name (walk.ts): kept only beside wildlife words. */
  edited?: true;
}

/** Bumped whenever the compiled shape or the folding changes: a stored older form must be recompiled. */
export const COMPILED_FORMAT_VERSION = 6;

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
  /** Taxon names spelled like an everyday word (term-gates.ts), sorted by term: the matcher binds and gates them. */
  everyday: EverydayTerm[];
  /** The matching-time rules, compiled with the dictionary so tabs need not ship them. */
  rules: MatchRules;
}

/**
 * Folded cue words separated by spaces, a trailing `*` marking a stem ("carv* tusk netsuke"): folded words
 * are word characters only, so neither mark can be part of one.
 */
export type FoldedCueList = string;

/**
 * Look-alike letters (Unicode confusables) as pairs of UTF-16 units, each letter followed by its look-alike
 * in the target script: one string per script.
 */
export interface ConfusablePairs {
  latin: string;
  cyrillic: string;
  greek: string;
}

/**
 * What the sense filter and mixed-script folding need at matching time (see sense-filter.ts and
 * confusables.ts), compiled from lib/dictionary's senses, exemptions and languages by compile-rules.ts.
 * Terms are folded phrases; cue lists are folded.
 */
export interface MatchRules {
  /** Cues of the wildlife sense, shared by every ambiguous term, by language: a cue counts in text of its own. */
  wildlifeCues: Record<string, FoldedCueList>;
  /**
   * Cues of each everyday sense, by its name, a denial's words ('negation', 'material'), a fur garment's ('furOf',
   * 'fur', 'furGarment'), a carved thing's ('carvedObject') and an imitation's object word ('imitationOf'): senses.ts.
   */
  senseCues: Record<string, FoldedCueList>;
  /** `ownCuesOnly`: `wildlife` replaces the shared wildlife cues instead of adding to them (code words). */
  ambiguous: {
    terms: string[];
    competes: string[];
    rule: 'support' | 'veto';
    wildlife: FoldedCueList;
    ownCuesOnly?: true;
    /** The animal's fur is worn: a garment of it names the pelt (FUR_GARMENTS, the `furOf` sense cues). */
    furred?: true;
    /** Things are carved from it: such a thing before the material's preposition names it (CARVED_OBJECTS). */
    carved?: true;
    /** The animal's parts its figures are carved from: another material beside it makes it a figure (senses.ts). */
    carvedParts?: FoldedCueList;
  }[];
  /** Function words per language, folded (space-separated). */
  stopWords: Record<string, string>;
  exemptGroupWords: FoldedCueList;
  /** Group words whose everyday sense is the exempt pet ("periquito"): highlighted only beside a listed name. */
  petGroupWords: FoldedCueList;
  /** Species and domesticated forms the Appendices leave out: marked "not listed" where a page names them. */
  notListed: NotListedTaxon[];
  confusables: ConfusablePairs;
}

/**
 * A taxon outside the Appendices: its names as folded cue lists, for a domesticated form the listed species, and
 * `quietsGroup` for a species exempt from its group's listing (a budgerigar): its names near a group word
 * ("parrot") keep that word quiet.
 */
export interface NotListedTaxon {
  scientificName: string;
  domesticFormOf?: string;
  names: FoldedCueList[];
  quietsGroup?: true;
}

/** Stands for all eight languages in an `EverydayTerm`: a brand or an abbreviation is one everywhere. */
export const EVERY_LANGUAGE = '*';

/**
 * A taxon name that is also an everyday word: its term index, the languages (space-separated codes, or
 * `EVERY_LANGUAGE`) where that word is an everyday one, and which of its folded forms are (space-separated; empty
 * when every form is, as for a brand): "Störe" folds to English "store", "Stör" and "Stören" are no English word.
 */
export type EverydayTerm = [term: number, langs: string, forms: string];
