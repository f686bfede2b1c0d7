import { describe, expect, it } from 'vitest';
import { createCsvParser, type CsvRow } from '@/lib/dictionary/checklist/csv';
import { ImportError } from '@/lib/dictionary/checklist/errors';

function parse(pieces: string[], delimiter: ',' | ';' = ','): CsvRow[] {
  const rows: CsvRow[] = [];
  const parser = createCsvParser(delimiter, (row) => rows.push(row));
  for (const piece of pieces) parser.push(piece);
  parser.finish();
  return rows;
}

const fieldsOf = (rows: CsvRow[]) => rows.map((r) => r.fields);

/** Every way of cutting `text` in two, so quotes, doubled quotes and CRLF get split at each position. */
const everySplit = (text: string) =>
  Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]);

describe('createCsvParser', () => {
  it.each([
    [
      'plain fields',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a lone CR as line end',
      'a,b\r1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a leading BOM', '\uFEFFa,b\n', [['a', 'b']]],
    ['quoted commas', '"Nielsen, 2011",x\n', [['Nielsen, 2011', 'x']]],
    ['quoted line breaks', '"Appendix I:\r\nAppendix II:",x\n', [['Appendix I:\r\nAppendix II:', 'x']]],
    ['doubled quotes', '"Dactylocnemis ""Matapia""",x\n', [['Dactylocnemis "Matapia"', 'x']]],
    ['empty and empty-quoted fields', ',"",x\n', [['', '', 'x']]],
    ['blank lines', 'a\n\n\nb\n\n', [['a'], ['b']]],
    [
      'runs of blank lines mixing CR and LF',
      '\n\r\n\ra,b\r\n\n\r\n\r1,2\n\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['an empty quoted value alone on its line', 'a\n""\n', [['a'], ['']]],
  ])('reads %s', (_label, text, expected) => {
    expect(fieldsOf(parse([text]))).toEqual(expected);
  });

  it('numbers records as a spreadsheet does, a quoted line break staying in its record', () => {
    expect(parse(['h1,h2\n"x\ny",1\nz,2\n']).map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('numbers records past runs of blank lines split across chunks', () => {
    expect(parse(['a\n\n\r', '\n\nb\r', '\r\n', 'c']).map((r) => [r.row, r.fields])).toEqual([
      [1, ['a']],
      [2, ['b']],
      [3, ['c']],
    ]);
  });

  it('reads semicolon-separated files', () => {
    expect(fieldsOf(parse(['a;"b;c";d,e\n'], ';'))).toEqual([['a', 'b;c', 'd,e']]);
  });

  it.each(everySplit('id,name\r\n"1","Psittacus ""grey"", parrot"\r\n2,"a\r\nb"\r\n'))(
    'gives the same rows whatever the chunk boundary (%j | %j)',
    (head, tail) => {
      expect(fieldsOf(parse([head, tail]))).toEqual([
        ['id', 'name'],
        ['1', 'Psittacus "grey", parrot'],
        ['2', 'a\r\nb'],
      ]);
    },
  );

  it.each([
    [
      'a file cut inside a quoted value',
      'a,b\n1,"unterminated',
      'row 2, column 2: the file ends inside a quoted value: the download looks cut off',
    ],
    ['a quote inside an unquoted value', 'a,b\n1,x"y\n', 'row 2, column 2: a quote inside an unquoted value'],
    ['text after a closing quote', 'a,b\n"x"y,1\n', 'row 2, column 1: unexpected text after a closing quote'],
  ])('rejects %s with its row and column', (_label, text, message) => {
    expect(() => parse([text])).toThrow(ImportError);
    expect(() => parse([text])).toThrow(message);
  });
});
