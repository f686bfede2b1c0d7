import { AppendixSchema, EuAnnexSchema, LangSchema, MatchModeSchema, TradeGroupSchema } from '@/lib/dictionary/schema';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { encodeIndex } from './index-pack';
import { packParadigms } from '@/lib/matching/packed-paradigms';
import { codeChar, encodeInt, encodeInts, zigzag } from './int-codec';
import {
  defaultIdOf,
  FIELD_SEPARATOR,
  PART_CHARS,
  TEXT_PART_CHARS,
  partHash,
  RECORD_SEPARATOR,
  TAB_PACK_VERSION,
  type ListsHead,
  type PackCodes,
  type PackColumn,
  type TabPack,
  type TabPackHead,
} from './tab-pack';
import type { CompiledDictionary, CompiledPattern, EntryInfo } from '@/lib/matching/types';

const CODES: PackCodes = {
  kind: ['taxon', 'trade', 'code'],
  appendix: [...AppendixSchema.options],
  euAnnex: [...EuAnnexSchema.options],
  group: ['', ...TradeGroupSchema.options],
  category: ['app-i', 'app-ii', 'app-iii', 'trade'],
  lang: [...LangSchema.options],
  mode: [...MatchModeSchema.options],
};

const coder = (table: readonly string[]) => {
  const codes = new Map(table.map((value, i) => [value, codeChar(i)]));
  return (value: string) => {
    const code = codes.get(value);
    if (code === undefined) throw new Error(`no pack code for "${value}"`);
    return code;
  };
};
const code = Object.fromEntries(Object.entries(CODES).map(([name, table]) => [name, coder(table)])) as Record<
  keyof PackCodes,
  (value: string) => string
>;

/** Tabs and line breaks separate records and fields: stored text must not hold them. */
function plain(text: string): string {
  if (/[\t\n]/.test(text)) throw new Error(`cannot pack text with a tab or line break: ${JSON.stringify(text)}`);
  return text;
}

function entryRecord(entry: EntryInfo, noteNumber: number): string {
  const codes =
    code.kind(entry.kind) +
    code.appendix(entry.appendix) +
    code.euAnnex(entry.euAnnex) +
    code.group(entry.group ?? '') +
    code.category(entry.category);
  const fields = [
    codes + encodeInt(noteNumber) + plain(entry.label),
    entry.id === defaultIdOf(entry.label) ? '' : plain(entry.id),
  ];
  if (entry.taxa.length !== 1 || entry.taxa[0] !== entry.id)
    fields.push(entry.taxa.length === 0 ? '.' : entry.taxa.map(plain).join(' '));
  return trimmedFields(fields);
}

function patternRecord(
  [words, seps, paradigms, mode, terms, cancels]: CompiledPattern,
  expectedTerm: number,
  termTexts: readonly string[],
): string {
  const sameParadigm = paradigms.every((paradigm) => paradigm === paradigms[0]);
  const phrase = words
    .map((word) => (word === '' || word.includes(' ') ? fail(`cannot pack word "${word}"`) : plain(word)))
    .join(' ');
  const fields = [
    terms.length > 0 && phrase === termTexts[terms[0]!]!.toLowerCase() ? '' : phrase,
    sameParadigm ? (paradigms[0] === 0 ? '' : encodeInt(paradigms[0]!)) : encodeInts(paradigms),
    termsField(terms, expectedTerm),
    mode === 'word' ? '' : code.mode(mode),
    encodeInts(cancels.map(zigzag)),
    seps.every((sep) => sep === ' ')
      ? ''
      : seps
          .map((sep) => (sep === ' ' ? '' : sep.includes(' ') ? fail(`cannot pack separator "${sep}"`) : plain(sep)))
          .join(' '),
  ];
  return trimmedFields(fields);
}

/** A pattern usually finds one term: the one after the previous pattern's first (patterns are made in term order). */
function termsField(terms: readonly number[], expected: number): string {
  if (terms.length === 1 && terms[0] === expected) return '';
  if (terms.length === 0) return '.';
  return encodeInts(terms.map((term, i) => zigzag(term - (i === 0 ? expected : terms[i - 1]!))));
}

const trimmedFields = (fields: string[]): string => {
  while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  return fields.join(FIELD_SEPARATOR);
};

function fail(message: string): never {
  throw new Error(message);
}

/**
 * Packs a compiled dictionary for tabs (see tab-pack.ts for the layout);
 * unpackDictionary gives back an equal CompiledDictionary.
 * @example const { head, parts } = packDictionary(compileDictionary(dictionary));
 */
export function packDictionary(compiled: CompiledDictionary): TabPack {
  const notes: string[] = [];
  const noteNumbers = new Map<string, number>();
  const noteNumber = (note: string | undefined) => {
    if (note === undefined) return 0;
    let number = noteNumbers.get(note);
    if (number === undefined) noteNumbers.set(note, (number = notes.push(note)));
    return number;
  };
  const builder = new PartsBuilder();
  const entryRecords = compiled.entries.map((entry) => entryRecord(entry, noteNumber(entry.appendixNote)));
  for (const record of entryRecords) builder.add('entries', record);
  let previousEntry = 0;
  for (const term of compiled.terms) {
    const label = compiled.entries[term.entry]?.label ?? fail(`term "${term.text}" points at no entry`);
    builder.add(
      'terms',
      code.lang(term.lang) +
        encodeInt(zigzag(term.entry - previousEntry)) +
        (term.text === label ? '' : plain(term.text)),
    );
    previousEntry = term.entry;
  }
  let expectedTerm = 0;
  const termTexts = compiled.terms.map((term) => term.text);
  for (const pattern of compiled.patterns) {
    builder.add('patterns', patternRecord(pattern, expectedTerm, termTexts));
    if (pattern[4].length > 0) expectedTerm = pattern[4][0]! + 1;
  }
  const {
    walk,
    lists,
    texts: listTexts,
    counts,
  } = encodeIndex(buildFlatIndex(compiled, { entryRecords, langCodes: CODES.lang }));
  const { fingerprint, source, listingsAsOf, paradigms, everyday } = compiled;
  const { confusables, notListed, ...secondStageRules } = compiled.rules;
  const listsHead = JSON.stringify({ rules: secondStageRules, notes, everyday } satisfies ListsHead);
  builder.addStream('index', walk);
  builder.addStream('lists', listsHead + lists);
  builder.addStream('texts', listTexts, TEXT_PART_CHARS);
  const { parts, texts } = builder.finish();
  const head: TabPackHead = {
    formatVersion: TAB_PACK_VERSION,
    fingerprint,
    source,
    listingsAsOf,
    codes: CODES,
    paradigms: packParadigms(paradigms),
    rules: { confusables, notListed },
    index: counts,
    listsHead: listsHead.length,
    parts,
  };
  return { head, parts: texts };
}

/** Cuts each column's records into parts of about PART_CHARS, at record boundaries. */
class PartsBuilder {
  private readonly parts: TabPackHead['parts'] = [];
  private readonly texts: string[] = [];
  private column: PackColumn | undefined;
  private records: string[] = [];
  private chars = 0;

  add(column: PackColumn, record: string): void {
    if (column !== this.column || this.chars >= PART_CHARS) this.flush();
    this.column = column;
    this.records.push(record);
    this.chars += record.length + 1;
  }

  /** A column that is one long string: cut into parts of `partChars`, never inside a surrogate pair. */
  addStream(column: PackColumn, stream: string, partChars = PART_CHARS): void {
    this.flush();
    for (let start = 0; start < stream.length;) {
      let end = Math.min(start + partChars, stream.length);
      if (end < stream.length && /[\ud800-\udbff]/.test(stream[end - 1]!)) end--;
      const text = stream.slice(start, end);
      this.parts.push({ column, records: 1, hash: partHash(column, text) });
      this.texts.push(text);
      start = end;
    }
  }

  finish(): { parts: TabPackHead['parts']; texts: string[] } {
    this.flush();
    return { parts: this.parts, texts: this.texts };
  }

  private flush(): void {
    if (this.column === undefined || this.records.length === 0) return;
    const text = this.records.join(RECORD_SEPARATOR);
    this.parts.push({ column: this.column, records: this.records.length, hash: partHash(this.column, text) });
    this.texts.push(text);
    this.records = [];
    this.chars = 0;
  }
}
