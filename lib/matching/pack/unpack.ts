import { codeAt, decodeInts, IntReader, unzigzag } from './int-codec';
import { readPackStream } from './load';
import { unpackParadigms } from '@/lib/matching/packed-paradigms';
import type { Pace } from '@/lib/scheduling/pace';
import {
  defaultIdOf,
  FIELD_SEPARATOR,
  isStreamColumn,
  partHash,
  RECORD_SEPARATOR,
  splitListsStream,
  TAB_PACK_VERSION,
  type PackCodes,
  type PackColumn,
  type StreamColumn,
  type TabPackHead,
} from './tab-pack';
import {
  COMPILED_FORMAT_VERSION,
  type CompiledDictionary,
  type CompiledPattern,
  type EntryInfo,
  type TermInfo,
} from '@/lib/matching/types';

/** Reads part i of a pack (one storage read in a tab). */
export type PartReader = (index: number) => Promise<unknown>;

/** Records decoded between two looks at the clock. */
const BATCH = 256;

/**
 * Decodes a tab pack back into the compiled dictionary it was made from
 * (pack.ts), reading one part at a time and pausing between slices. Throws
 * when the pack is of another format or a part is missing or damaged; the
 * head itself is trusted (the background validated it when storing).
 * @example const compiled = await unpackDictionary(head, (i) => readPart(i), createPace({ signal }));
 */
export async function unpackDictionary(
  head: TabPackHead,
  readPart: PartReader,
  pace: Pace,
): Promise<CompiledDictionary> {
  if (head.formatVersion !== TAB_PACK_VERSION)
    throw new Error(`tab pack format ${head.formatVersion} is not ${TAB_PACK_VERSION}`);
  // The lists stream begins with the notes, rules and everyday terms the records and the dictionary need.
  const { listsHead } = splitListsStream(await Promise.all(readPackStream(head, 'lists', readPart)), head);
  const decoder = new RecordDecoder(head.codes, listsHead.notes);
  for (const [index, part] of head.parts.entries()) {
    if (part.column === 'lists') continue;
    const text = await readPart(index);
    pace.restart();
    if (typeof text !== 'string' || partHash(part.column, text) !== part.hash)
      throw new Error(`tab pack part ${index} is damaged`);
    // The index is for tabs (load.ts); checked here all the same, so a pack that decodes is whole.
    if (isStreamColumn(part.column)) continue;
    const records = text.split(RECORD_SEPARATOR);
    if (records.length !== part.records)
      throw new Error(`tab pack part ${index} has ${records.length} records, not ${part.records}`);
    const decode = decoder.column[part.column];
    for (let i = 0; i < records.length; i++) {
      decode(records[i]!);
      if (i % BATCH === BATCH - 1 && pace.due()) await pace.pause();
    }
  }
  const { fingerprint, source, listingsAsOf, paradigms } = head;
  const { entries, terms, patterns } = decoder;
  const { rules: secondStageRules, everyday } = listsHead;
  // In the compiled order of the rules' keys, so the dictionary's JSON is the one packed.
  const rules = { ...secondStageRules, notListed: head.rules.notListed, confusables: head.rules.confusables };
  return {
    formatVersion: COMPILED_FORMAT_VERSION,
    fingerprint,
    source,
    listingsAsOf,
    entries,
    terms,
    paradigms: unpackParadigms(paradigms),
    patterns,
    rules,
    everyday,
  };
}

function pick<T>(table: readonly T[], index: number): T {
  if (index >= table.length) throw new Error(`pack code ${index} out of range`);
  return table[index]!;
}

/** Shared arrays for the common cases, so ~100,000 patterns allocate little; nothing mutates them. */
class Interned<T> {
  private readonly byLength: T[][] = [];
  constructor(private readonly fill: T) {}
  of(length: number): T[] {
    return (this.byLength[length] ??= Array.from({ length }, () => this.fill));
  }
}

type TextColumn = Exclude<PackColumn, StreamColumn>;

/**
 * One entry record (pack.ts): the background decodes them all, a tab only
 * those its matches point at.
 * @example decodeEntryRecord(record, head.codes, listsHead.notes).label
 */
export function decodeEntryRecord(record: string, codes: PackCodes, notes: readonly string[]): EntryInfo {
  const [first = '', storedId, storedTaxa] = record.split(FIELD_SEPARATOR);
  const reader = new IntReader(first, 5);
  const note = reader.next();
  const label = first.slice(reader.position);
  const id = storedId || defaultIdOf(label);
  const entry = {
    id,
    kind: pick(codes.kind, codeAt(first, 0)),
    label,
    appendix: pick(codes.appendix, codeAt(first, 1)),
    euAnnex: pick(codes.euAnnex, codeAt(first, 2)),
    category: pick(codes.category, codeAt(first, 4)),
    taxa: storedTaxa === undefined ? [id] : storedTaxa === '.' ? [] : storedTaxa.split(' '),
  } as EntryInfo;
  const group = pick(codes.group, codeAt(first, 3));
  if (group !== '') entry.group = group as EntryInfo['group'];
  if (note > 0) entry.appendixNote = pick(notes, note - 1);
  return entry;
}

class RecordDecoder {
  readonly entries: EntryInfo[] = [];
  readonly terms: TermInfo[] = [];
  readonly patterns: CompiledPattern[] = [];
  private previousEntry = 0;
  private expectedTerm = 0;
  private readonly spaces = new Interned(' ');
  private readonly zeros = new Interned(0);
  private readonly none: number[] = [];

  constructor(
    private readonly codes: PackCodes,
    private readonly notes: readonly string[],
  ) {}

  /** One decoder per text column, called with each record in order. */
  readonly column: Record<TextColumn, (record: string) => void> = {
    entries: (record) => void this.entries.push(decodeEntryRecord(record, this.codes, this.notes)),
    terms: (record) => {
      const reader = new IntReader(record, 1);
      const entry = (this.previousEntry += unzigzag(reader.next()));
      const text = record.slice(reader.position) || pick(this.entries, entry).label;
      this.terms.push({ text, lang: pick(this.codes.lang, codeAt(record, 0)) as TermInfo['lang'], entry });
    },
    patterns: (record) => {
      if (record === '') return this.scientificName();
      const [phrase = '', paradigmField, termField, modeField, cancelField, sepField] = record.split(FIELD_SEPARATOR);
      const terms = this.termsOf(termField);
      // An empty phrase: the words are the first term's text in lower case (most scientific names).
      const words = (phrase || pick(this.terms, terms[0] ?? this.terms.length).text.toLowerCase()).split(' ');
      const count = words.length;
      let paradigms = paradigmField ? decodeInts(paradigmField) : this.zeros.of(count);
      if (paradigms.length === 1 && count > 1) paradigms = Array.from({ length: count }, () => paradigms[0]!);
      const seps = sepField ? sepField.split(' ').map((sep) => sep || ' ') : this.spaces.of(count - 1);
      if (paradigms.length !== count || seps.length !== count - 1) throw new Error(`malformed pattern "${record}"`);
      const mode = modeField ? (pick(this.codes.mode, codeAt(modeField, 0)) as CompiledPattern[3]) : 'word';
      const cancels = cancelField ? decodeInts(cancelField).map(unzigzag) : this.none;
      this.patterns.push([words, seps, paradigms, mode, terms, cancels]);
    },
  };

  /**
   * An empty pattern record, three in four of a checklist's (see pack.ts): the
   * next term's text in lower case, plain words, no exclusions. Decoded
   * without the general path's splitting, which made most of a tab's load time.
   */
  private scientificName(): void {
    const term = this.expectedTerm++;
    const words = pick(this.terms, term).text.toLowerCase().split(' ');
    const count = words.length;
    this.patterns.push([words, this.spaces.of(count - 1), this.zeros.of(count), 'word', [term], this.none]);
  }

  private termsOf(field: string | undefined): number[] {
    let terms: number[];
    if (!field) terms = [this.expectedTerm];
    else if (field === '.') terms = [];
    else {
      terms = decodeInts(field).map(unzigzag);
      terms[0]! += this.expectedTerm;
      for (let i = 1; i < terms.length; i++) terms[i]! += terms[i - 1]!;
    }
    if (terms.length > 0) this.expectedTerm = terms[0]! + 1;
    return terms;
  }
}
