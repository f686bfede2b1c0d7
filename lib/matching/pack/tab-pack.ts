import { fingerprintOf } from '@/lib/dictionary/fingerprint';
import type { PackedParadigms } from '@/lib/matching/packed-paradigms';
import type { CompiledDictionary, MatchRules } from '@/lib/matching/types';

/** The rules the first stage reads (staged-matcher.ts's matcherParts): they stay in the head. */
export type FirstStageRules = Pick<MatchRules, 'confusables' | 'notListed'>;

/** What only the second stage reads, stored as JSON at the start of the `lists` stream. */
export interface ListsHead {
  /** The rest of CompiledDictionary.rules, as compiled. */
  rules: Omit<MatchRules, keyof FirstStageRules>;
  /** Distinct appendix notes: many taxa of a genus or order share one. */
  notes: string[];
  /** The compiled dictionary's `everyday` terms, as they are (a few hundred pairs even with the full checklist). */
  everyday: CompiledDictionary['everyday'];
}

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
 *   words are its term's text in lower case, is an empty line;
 * - index: the dictionary's trie as flat tables (lib/matching/flat-index.ts),
 *   one string cut into parts (index-pack.ts), all a tab reads with its
 *   dictionary: its first stage walks the tables as they are, building
 *   nothing per pattern;
 * - lists: what only the second stage reads, which a tab reads with it, when
 *   its text first holds a candidate match (its top frame as soon as it
 *   loads): first the JSON of a ListsHead (the sense filter's rules, the
 *   appendix notes, the everyday terms; `head.listsHead` characters), then the
 *   rest of the flat tables (what each pattern finds and cancels, where each
 *   term's text and entry record are);
 * - texts: the terms' own texts and the entry records the index's tables point
 *   into, cut into small parts (TEXT_PART_CHARS) that a tab reads only for the
 *   terms and entries its matches point at (lib/matching/pack/paged-text.ts):
 *   with the full checklist they are 2.0 M of the 4.6 M characters a top
 *   frame read before its badge.
 * The background reads the other columns back into a CompiledDictionary.
 *
 * The head holds what every frame needs before its first pass: the code
 * tables, paradigms, the look-alike letters and the "not listed" names of the
 * matching-time rules, the index's counts and the parts' hashes (about a sixth
 * of the rules, notes and everyday terms it held up to format 5).
 *
 * Bump TAB_PACK_VERSION whenever this layout or COMPILED_FORMAT_VERSION changes.
 */
export const TAB_PACK_VERSION = 10;

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

export type PackColumn = 'entries' | 'terms' | 'patterns' | 'index' | 'lists' | 'texts';

/** A column stored as pieces of one string (index-pack.ts), not as records; tabs read them. */
export type StreamColumn = 'index' | 'lists' | 'texts';

export const isStreamColumn = (column: PackColumn): column is StreamColumn =>
  column === 'index' || column === 'lists' || column === 'texts';

export interface PackPart {
  column: PackColumn;
  /** Records of the part; an index or lists part, a piece of one string, counts as one. */
  records: number;
  /** partHash(column, part): a damaged or swapped piece is noticed before it is decoded. */
  hash: string;
}

export interface TabPackHead {
  formatVersion: typeof TAB_PACK_VERSION;
  /** The compiled dictionary's fingerprint. */
  fingerprint: string;
  source: CompiledDictionary['source'];
  listingsAsOf: string;
  codes: PackCodes;
  /** The paradigms' endings (packed-paradigms.ts): 163 strings in the bundled list, where format 9 had 9,515. */
  paradigms: PackedParadigms;
  rules: FirstStageRules;
  /** The index's column lengths and text lengths, both halves (index-pack.ts's encodeIndex). */
  index: number[];
  /** The length of the ListsHead's JSON at the start of the `lists` stream. */
  listsHead: number;
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
 * The `texts` stream's parts are smaller: a page's matches point at a few terms and entries, and a part is read
 * whole for any of them (one storage read each; the checklist's 2.0 M characters are ~120 parts).
 */
export const TEXT_PART_CHARS = 16 * 1024;

/**
 * A stream part's length, which its hash ends with (streamHash), so a tab knows where each part of a stream starts
 * without reading the parts before it.
 * @example streamPartLength(head.parts[i].hash) === text.length
 */
export const streamPartLength = (hash: string): number => parseInt(hash.slice(8), 16);

/**
 * The id a taxon entry has when it is just its label's slug (most do), so
 * the id need not be stored. Cheap on purpose: tabs run it per entry.
 * @example defaultIdOf('Psittacus erithacus') // 'psittacus-erithacus'
 */
export const defaultIdOf = (label: string): string => label.toLowerCase().replaceAll(' ', '-');

/**
 * A part's hash: streamHash for index and lists parts, fingerprintOf for the others.
 * @example partHash('entries', text) === head.parts[i].hash
 */
export function partHash(column: PackColumn, text: string): string {
  return isStreamColumn(column) ? streamHash(text) : fingerprintOf(text);
}

/**
 * The hash of an index or lists part, which tabs compute as they load them: lighter than fingerprintOf, 32-bit FNV-1a
 * over pairs of code units, then the length (it only has to notice damage, not resist a forger).
 * @example streamHash(text) === head.parts[i].hash
 */
export function streamHash(text: string): string {
  let hash = 0x811c9dc5;
  const pairsEnd = text.length & ~1;
  for (let i = 0; i < pairsEnd; i += 2) {
    hash = Math.imul(hash ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
  }
  if (pairsEnd < text.length) hash = Math.imul(hash ^ text.charCodeAt(pairsEnd), 0x01000193);
  return [hash, text.length].map((lane) => (lane >>> 0).toString(16).padStart(8, '0')).join('');
}

/**
 * The `lists` stream's pieces (load.ts's readPackStream) as its ListsHead and the flat tables' pieces after it. The
 * JSON is the background's, checked when the pack was stored (tab-pack-schema.ts) and by the parts' hashes since.
 * @example const { listsHead, columns } = splitListsStream(pieces, head);
 */
export function splitListsStream(
  pieces: readonly string[],
  head: TabPackHead,
): { listsHead: ListsHead; columns: string[] } {
  let front = '';
  let next = 0;
  while (front.length < head.listsHead && next < pieces.length) front += pieces[next++];
  const listsHead = JSON.parse(front.slice(0, head.listsHead)) as ListsHead;
  return { listsHead, columns: [front.slice(head.listsHead), ...pieces.slice(next)] };
}
