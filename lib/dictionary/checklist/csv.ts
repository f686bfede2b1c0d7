import { ImportError } from './errors';

/** One parsed record. `row` counts records from 1 (the header), as a spreadsheet shows them. */
export interface CsvRow {
  row: number;
  fields: string[];
}

export interface CsvParser {
  /** Feeds the next piece of text; any split point is fine, even inside a quote or a CRLF. */
  push(text: string): void;
  /** Declares the end of input; throws if the last record was cut off inside a quoted value. */
  finish(): void;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * An incremental RFC 4180 parser: quoted fields may hold delimiters, line breaks
 * and doubled quotes; records end with LF, CRLF or CR; a leading BOM and blank
 * lines are ignored. Rows are handed to `onRow` as soon as they are complete.
 * @example
 * const parser = createCsvParser(',', (r) => rows.push(r));
 * parser.push('a,"b\r\n'); parser.push('c"\r\n'); parser.finish(); // rows: [{ row: 1, fields: ['a', 'b\r\nc'] }]
 */
export function createCsvParser(delimiter: ',' | ';', onRow: (row: CsvRow) => void): CsvParser {
  const special = new RegExp(`[${delimiter}\\r\\n"]`, 'g');
  const blankLines = /[\r\n]+/y;
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  /** A quote ended the previous chunk inside a quoted field: closing, or the first of a doubled pair. */
  let quotePending = false;
  /** Right after a closing quote only a delimiter or a line break may follow. */
  let afterClosingQuote = false;
  let skipLineFeed = false;
  let atStart = true;
  let row = 0;
  let fieldQuoted = false;

  const fail = (message: string): never => {
    throw new ImportError([{ row: row + 1, columnIndex: fields.length, message }]);
  };

  function endField() {
    fields.push(field);
    field = '';
    fieldQuoted = false;
    afterClosingQuote = false;
  }

  function endRecord() {
    const blank = fields.length === 0 && field === '' && !fieldQuoted;
    endField();
    if (!blank) onRow({ row: ++row, fields });
    fields = [];
  }

  function closeOrEscape(text: string, i: number): number {
    if (text.charCodeAt(i) === QUOTE) {
      field += '"';
      return i + 1;
    }
    inQuotes = false;
    afterClosingQuote = true;
    return i;
  }

  function push(input: string) {
    let text = input;
    if (atStart && text.length > 0) {
      atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let i = 0;
    if (skipLineFeed && text.length > 0) {
      skipLineFeed = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    if (quotePending && text.length > 0) {
      quotePending = false;
      i = closeOrEscape(text, i);
    }
    while (i < text.length) {
      if (inQuotes) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          field += text.slice(i);
          return;
        }
        field += text.slice(i, quote);
        if (quote + 1 === text.length) {
          quotePending = true;
          return;
        }
        i = closeOrEscape(text, quote + 1);
        continue;
      }
      if (fields.length === 0 && field === '' && !fieldQuoted) {
        // A run of blank lines in one step: one pass per line made a file of newlines (a gzip bomb) crawl.
        blankLines.lastIndex = i;
        if (blankLines.test(text)) {
          i = blankLines.lastIndex;
          continue;
        }
      }
      const code = text.charCodeAt(i);
      if (code === QUOTE && field === '' && !afterClosingQuote) {
        inQuotes = true;
        fieldQuoted = true;
        i += 1;
        continue;
      }
      special.lastIndex = i;
      const match = special.exec(text);
      const stop = match ? match.index : text.length;
      if (stop > i) {
        if (afterClosingQuote) fail('unexpected text after a closing quote');
        field += text.slice(i, stop);
      }
      if (!match) return;
      const c = text.charCodeAt(stop);
      if (c === QUOTE) fail('a quote inside an unquoted value');
      if (c === CR || c === LF) {
        endRecord();
        if (c === CR) {
          if (stop + 1 === text.length) skipLineFeed = true;
          else if (text.charCodeAt(stop + 1) === LF) i = stop + 1;
        }
      } else endField();
      i = stop + 1;
    }
  }

  function finish() {
    if (quotePending) {
      quotePending = false;
      inQuotes = false;
    }
    if (inQuotes) fail('the file ends inside a quoted value: the download looks cut off');
    if (fields.length > 0 || field !== '' || fieldQuoted) endRecord();
  }

  return { push, finish };
}
