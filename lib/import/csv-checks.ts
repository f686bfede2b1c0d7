import type { BatchDocument } from '@/lib/batch-format/schema';
import { CSV_PATH } from '@/lib/batch-format/manifest';
import { CSV_COLUMNS, flagsCsv, type CsvColumn } from '@/lib/export/csv-columns';
import { csvCell } from '@/lib/files/csv';
import { csvContextOf } from '@/lib/export/json';
import type { ProblemList } from './problems';

const HEADER_END = '\r\n';

/**
 * batch.csv is what a coordinator opens in a spreadsheet, yet the import reads only batch.json: its hash in a signed
 * manifest says who shipped it, not that it says what batch.json says. So it must be the CSV Spoor writes from
 * batch.json, byte for byte, for the columns it names (a bundle from an older Spoor lacks newer columns): a
 * forged cell, a row for a flag batch.json does not hold, a missing byte-order mark or LF line ends (which shift
 * what some spreadsheets read as a cell) are refused, naming the row, its flag and the column.
 * @example await checkBundleCsv(verified.get('batch.csv')?.blob, doc, problems);
 */
export async function checkBundleCsv(csv: Blob | undefined, doc: BatchDocument, problems: ProblemList): Promise<void> {
  if (!csv) return;
  const text = await csvTextOf(csv).catch((error: Error) => void problems.add(CSV_PATH, '', error.message));
  if (text === undefined) return;
  const columns = headerColumns(text, problems);
  if (!columns) return;
  const context = csvContextOf(doc);
  const expected = flagsCsv(doc.flags, context, columns);
  if (text === expected) return;
  // Where it differs: the first cell not written as Spoor writes it.
  let offset = expected.indexOf(HEADER_END) + HEADER_END.length;
  for (const [index, flag] of doc.flags.entries()) {
    const where = `row ${index + 2} (flag ${flag.id})`;
    const cells = columns.map((column) => column.value(flag, context));
    for (const [position, cell] of cells.entries()) {
      const written = csvCell(cell) + (position === cells.length - 1 ? HEADER_END : ',');
      if (!text.startsWith(written, offset)) {
        const says = `batch.json says ${preview(csvCell(cell))}`;
        problems.add(CSV_PATH, `${where} › ${columns[position]!.name}`, `${says}: ${NOT_WRITTEN}`);
        return;
      }
      offset += written.length;
    }
  }
  problems.add(CSV_PATH, `row ${doc.flags.length + 2}`, `a row after the last flag's: ${NOT_WRITTEN}`);
}

const NOT_WRITTEN = 'the CSV is not the one Spoor writes from batch.json (a spreadsheet would show other evidence)';

/** Its text with the byte-order mark kept (readUtf8 drops it), strictly UTF-8. */
async function csvTextOf(csv: Blob): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await csv.arrayBuffer());
  } catch {
    throw new Error('not UTF-8 text: the CSV is not the one Spoor writes from batch.json');
  }
}

const preview = (cell: string) => (cell.length > 80 ? `${cell.slice(0, 80)}…` : cell || 'an empty cell');

/** The columns the header names, each one Spoor writes, once; undefined with a problem recorded otherwise. */
function headerColumns(text: string, problems: ProblemList): CsvColumn[] | undefined {
  if (!text.startsWith('\uFEFF')) {
    problems.add(CSV_PATH, 'row 1', `does not start with the byte-order mark Spoor writes: ${NOT_WRITTEN}`);
    return undefined;
  }
  const end = text.indexOf(HEADER_END);
  const names = (end < 0 ? text.slice(1) : text.slice(1, end)).split(',');
  const byName = new Map(CSV_COLUMNS.map((column) => [`"${column.name}"`, column]));
  const columns: CsvColumn[] = [];
  for (const [index, name] of names.entries()) {
    const column = byName.get(name);
    if (!column || columns.includes(column)) {
      const what = column ? 'names a column twice' : 'is not a column Spoor writes';
      problems.add(CSV_PATH, `row 1, column ${index + 1}`, `${name.slice(0, 80)} ${what}: ${NOT_WRITTEN}`);
      return undefined;
    }
    columns.push(column);
  }
  if (end < 0) {
    problems.add(CSV_PATH, 'row 1', `the header does not end with CRLF: ${NOT_WRITTEN}`);
    return undefined;
  }
  return columns;
}
