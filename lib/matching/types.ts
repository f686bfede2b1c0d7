import type { Appendix, EuAnnex, Lang, TradeGroup } from '@/lib/dictionary/schema';

/**
 * Highlight category: one colour each. Split listings take their strictest
 * Appendix ("I/II" paints as I); trade terms, code words and unlisted taxa paint as `trade`.
 */
export type Category = 'app-i' | 'app-ii' | 'app-iii' | 'trade';

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
