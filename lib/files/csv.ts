/**
 * CSV as RFC 4180 writes it and spreadsheets read it: UTF-8 with a byte-order
 * mark (Excel needs it to read accents and Cyrillic), CRLF line ends, every
 * text cell quoted, numbers bare.
 */

import { shownText } from '@/lib/files/shown-text';

/** A cell: text, a number (written as is), or nothing (an empty cell). */
export type CsvValue = string | number | undefined;

const BOM = '\uFEFF';

/**
 * What a spreadsheet skips before deciding a cell is a formula: white space
 * (including no-break and ideographic spaces), format characters (zero-width
 * space and joiners, BOM, bidi controls) and other invisible code points, and
 * double quotes, which a reader that ignores quoting drops (`"=1+1` is read as =1+1).
 */
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}"]*/u;
/** = + - @ and their full-width and small forms, which some spreadsheets fold to them. */
const FORMULA_SIGNS = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;
/** Tab, CR and LF start a formula too when a spreadsheet trims the cell. */
const FORMULA_WHITESPACE = /[\t\r\n]/;
/**
 * Where another cell may begin when a spreadsheet reads the file with another
 * separator (";" in much of Europe) or ignores quoted line breaks.
 */
const CELL_BREAK = /([;\r\n])/;

/** Whether a piece of text would start a formula if a cell began with it. */
function startsFormula(piece: string): boolean {
  const leading = INVISIBLE.exec(piece)![0];
  return FORMULA_WHITESPACE.test(leading) || FORMULA_SIGNS.test(piece.slice(leading.length));
}

/**
 * Disarms text a spreadsheet would run as a formula (OWASP "CSV injection"):
 * the cell, and every piece of it after a ";" or a line break, gets a leading
 * apostrophe when it would start a formula once invisible characters are
 * skipped. Ads are written by strangers.
 * @example neutralizeFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * @example neutralizeFormula('Ivory;=cmd|" /C calc"!A0') // "Ivory;'=cmd|\" /C calc\"!A0"
 */
export function neutralizeFormula(text: string): string {
  const [first = '', ...rest] = text.split(CELL_BREAK);
  // The cell's own start first (leading tabs and line breaks included), then each piece after a break.
  let safe = startsFormula(text) ? `'${first}` : first;
  for (let index = 0; index < rest.length; index += 2) {
    const piece = rest[index + 1] ?? '';
    safe += rest[index]! + (startsFormula(piece) ? `'${piece}` : piece);
  }
  return safe;
}

/**
 * One field: text with its hidden and reordering characters written out (shownText), neutralised and always
 * quoted; numbers bare and never prefixed.
 * @example csvCell('a,"b"') // '"a,""b"""'
 * @example csvCell(-5) // '-5'
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return `"${neutralizeFormula(shownText(value)).replaceAll('"', '""')}"`;
}

/**
 * A whole CSV file: BOM, one line per row, every line ended by CRLF.
 * @example csvText([['name', 'price'], ['Ivory', 450]]) // '\uFEFF"name","price"\r\n"Ivory",450\r\n'
 */
export function csvText(rows: Iterable<readonly CsvValue[]>): string {
  let text = BOM;
  for (const row of rows) text += `${row.map(csvCell).join(',')}\r\n`;
  return text;
}
