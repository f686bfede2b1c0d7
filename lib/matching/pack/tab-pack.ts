import type { CompiledDictionary } from '@/lib/matching/types';

/**
 * The compiled dictionary as tabs load it ("tab pack"). Every tab reads the
 * active dictionary at page load, so the stored form is built for that:
 * a small head plus a few long strings, one storage item each, instead of
 * ~200,000 small JSON objects a tab would have to parse in one go.
 *
 * Each part holds whole records of one column, one record a line:
 * - entry: five code characters (kind, appendix, EU annex, group, category),
 *   the note number (packed int, 0 = none), the label, then after a tab the
 *   id when it is not the label's slug, then after a tab the taxa (space
 *   separated) when they are not just the entry's own id;
 * - term: the language code, the packed zigzag step from the previous term's
 *   entry, then the text, left empty when it is the entry's label;
 * - pattern: tab-separated fields, trailing empty ones dropped: the words
 *   (space separated), paradigms, terms, mode, cancels, separators. An empty
 *   field is the common case (see pack.ts): a scientific name's pattern, whose
 *   words are its term's text in lower case, is an empty line.
 *
 * Bump TAB_PACK_VERSION whenever this layout or COMPILED_FORMAT_VERSION changes.
 */
export const TAB_PACK_VERSION = 3;

/** Value tables: a code character is an index into the pack's own table, so old packs stay readable. */
export interface PackCodes {
  kind: string[];
  appendix: string[];
  euAnnex: string[];
  /** '' stands for "no group". */
  group: string[];
  category: string[];
  lang: string[];
  mode: string[];
}

export type PackColumn = 'entries' | 'terms' | 'patterns';

export interface PackPart {
  column: PackColumn;
  records: number;
  /** fingerprintOf(part): a damaged or swapped piece is noticed before it is decoded. */
  hash: string;
}

export interface TabPackHead {
  formatVersion: typeof TAB_PACK_VERSION;
  /** The compiled dictionary's fingerprint. */
  fingerprint: string;
  source: CompiledDictionary['source'];
  listingsAsOf: string;
  codes: PackCodes;
  /** Distinct appendix notes: many taxa of a genus or order share one. */
  notes: string[];
  paradigms: string[][];
  /** The compiled dictionary's `everyday` terms, as they are (a few hundred pairs even with the full checklist). */
  everyday: CompiledDictionary['everyday'];
  parts: PackPart[];
}

export interface TabPack {
  head: TabPackHead;
  /** The parts' text, in the order of `head.parts`. */
  parts: string[];
}

export const RECORD_SEPARATOR = '\n';
export const FIELD_SEPARATOR = '\t';

/** Parts are cut at about this many characters: one storage read and a short decode each. */
export const PART_CHARS = 256 * 1024;

/**
 * The id a taxon entry has when it is just its label's slug (most do), so
 * the id need not be stored. Cheap on purpose: tabs run it per entry.
 * @example defaultIdOf('Psittacus erithacus') // 'psittacus-erithacus'
 */
export const defaultIdOf = (label: string): string => label.toLowerCase().replaceAll(' ', '-');
