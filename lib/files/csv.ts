/**
 * CSV as RFC 4180 writes it and spreadsheets read it: UTF-8 with a byte-order
 * mark (Excel needs it to read accents and Cyrillic), CRLF line ends, quotes
 * only where a field needs them.
 */

/** A cell: text, a number (written as is), or nothing (an empty cell). */
export type CsvValue = string | number | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Disarms text a spreadsheet would run as a formula (OWASP "CSV injection"):
 * a leading apostrophe makes it plain text. Ads are written by strangers.
 * @example neutralizeFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One field: text neutralised then quoted if needed; numbers never prefixed.
 * @example csvCell('a,"b"') // '"a,""b"""'
 * @example csvCell(-5) // '-5'
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutralizeFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole CSV file: BOM, one line per row, every line ended by CRLF.
 * @example csvText([['name', 'price'], ['Ivory', 450]]) // '\uFEFFname,price\r\nIvory,450\r\n'
 */
export function csvText(rows: Iterable<readonly CsvValue[]>): string {
  let text = BOM;
  for (const row of rows) text += `${row.map(csvCell).join(',')}\r\n`;
  return text;
}
