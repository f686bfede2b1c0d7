import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importChecklistFile, type ImportProgress } from '@/lib/dictionary/checklist/import';
import { ImportCancelled, ImportError } from '@/lib/dictionary/checklist/errors';
import { detectFormat } from '@/lib/dictionary/checklist/formats';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../fixtures/checklist', name));
const checklistCsv = fixture('index-of-cites-species.csv');
const speciesPlusCsv = fixture('speciesplus-cites-listings.csv');
const options = { listingsAsOf: '2017-04-21' };
const fileOf = (content: BlobPart, name = 'list.csv') => new File([content], name);
const textOf = (bytes: Buffer) => bytes.toString('utf8');

async function problemsOf(content: BlobPart): Promise<string> {
  const error = await importChecklistFile(fileOf(content), options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).message;
}

describe('importChecklistFile: CITES Checklist export', () => {
  it('maps the rows into validated taxa and skips unlisted ones', async () => {
    const { format, dictionary, rows, skipped } = await importChecklistFile(fileOf(checklistCsv), options);
    expect(format).toBe('cites-checklist');
    expect(rows).toBe(11);
    expect(skipped).toEqual({ 'not listed (NC or no current listing)': 1 });
    expect(dictionary).toMatchObject({ source: 'cites-checklist', listingsAsOf: '2017-04-21', tradeTerms: [] });
    // The species row kept unlisted (the domestic cat, NC) cancels its genus's match where a page names it whole.
    expect(dictionary.globalExclusions).toEqual([{ text: 'Felis catus', lang: 'la' }]);
    expect(dictionary.taxa.map((t) => t.id)).toEqual([
      'psittacus-erithacus',
      'loxodonta-africana',
      'dalbergia-nigra',
      'chelonia-mydas',
      'ophrys-apifera',
      'abronia',
      'ursidae',
      'woodworthia-example',
      'cervus-elaphus',
      'panthera-tigris',
    ]);
    const elephant = dictionary.taxa[1]!;
    expect(elephant).toMatchObject({
      scientificName: 'Loxodonta africana',
      rank: 'species',
      higher: { kingdom: 'Animalia', class: 'Mammalia', order: 'Proboscidea', family: 'Elephantidae' },
      group: 'elephants',
      synonyms: ['Loxodonta cyclotis'],
      cites: { appendix: 'I/II' },
      euAnnex: 'A/B',
      names: [
        { text: 'African Elephant', lang: 'en' },
        { text: 'Elefante africano', lang: 'es' },
        { text: "Eléphant d'Afrique", lang: 'fr' },
      ],
    });
    expect(elephant.cites.note).toBe(
      'Split listing: populations or subspecies in Appendices I and II. Appendix I: All populations except those of BW, NA, ZA and ZW. ' +
        'Appendix II: Populations of BW, NA, ZA, ZW. EU annex inferred from the CITES Appendix.',
    );
    expect(dictionary.taxa.find((t) => t.id === 'ursidae')).toMatchObject({
      rank: 'family',
      group: 'bears',
      cites: { appendix: 'I/II' },
      // A family's one-word names ("Bears", "Osos", "Ours") are everyday group words: not imported.
      names: [],
    });
    expect(dictionary.taxa.find((t) => t.id === 'dalbergia-nigra')).toMatchObject({
      group: 'timber',
      synonyms: ['Pterocarpus niger'],
      higher: { kingdom: 'Plantae' },
    });
  });

  it('reads the same file gzipped, and reports progress up to the whole file', async () => {
    const gz = gzipSync(checklistCsv);
    const progress: ImportProgress[] = [];
    const result = await importChecklistFile(fileOf(gz, 'list.csv.gz'), {
      ...options,
      onProgress: (p) => progress.push(p),
    });
    expect(result.dictionary.taxa).toHaveLength(10);
    expect(progress.at(-1)).toEqual({ bytesRead: gz.length, totalBytes: gz.length, rows: 11 });
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      importChecklistFile(fileOf(checklistCsv), { ...options, signal: controller.signal }),
    ).rejects.toBeInstanceOf(ImportCancelled);
  });
});

describe('importChecklistFile: Species+ export', () => {
  it('maps listings, parties and notes', async () => {
    const { format, dictionary, skipped } = await importChecklistFile(fileOf(speciesPlusCsv), options);
    expect(format).toBe('speciesplus');
    expect(skipped).toEqual({ 'not listed (NC or no current listing)': 1 });
    expect(dictionary.taxa.map((t) => [t.id, t.cites.appendix, t.euAnnex, t.group])).toEqual([
      ['psittacus-erithacus', 'I', 'A', 'birds'],
      ['manis-javanica', 'I', 'A', 'pangolins'],
      ['cuora', 'II', 'B', 'reptiles'],
      ['holacanthus-clarionensis', 'III', 'C', 'fish'],
      ['swietenia-macrophylla', 'II', 'B', 'timber'],
    ]);
    expect(dictionary.taxa[3]!.cites.note).toBe(
      'Appendix III listing by MX. EU annex inferred from the CITES Appendix.',
    );
  });

  it('reads the semicolon-separated variant', async () => {
    const semicolons = textOf(speciesPlusCsv).replace(/"[^"]*"|,/g, (m) => (m === ',' ? ';' : m));
    const { dictionary } = await importChecklistFile(fileOf(semicolons), options);
    expect(dictionary.taxa).toHaveLength(5);
  });
});

describe('importChecklistFile: files it must refuse', () => {
  const checklist = textOf(checklistCsv);
  const [header, ...lines] = checklist.split('\r\n');
  it.each([
    ['an empty file', '', 'The file is empty.'],
    [
      'a spreadsheet',
      new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]),
      'This is a ZIP archive or a spreadsheet (.xlsx), not CSV',
    ],
    ['an HTML error page', '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>', 'This is a web page (HTML/XML)'],
    [
      'another CSV',
      'date,amount\n2024-01-01,5\n',
      "row 1: not a CITES Checklist or Species+ export: the header starts 'date', 'amount'",
    ],
    ['a header without rows', `${header}\r\n`, 'The file has a header but no rows.'],
    [
      'a download cut mid-record',
      checklist.slice(0, checklist.indexOf('Loro yaco')),
      'row 2: has 22 columns, the header has 33: the file ends mid-row',
    ],
    [
      'a download cut inside a quote',
      checklist.slice(0, checklist.indexOf('Blumenbach')),
      'row 3, column AuthorYear: the file ends inside a quoted value',
    ],
    [
      'a row with a missing column',
      [header, lines[0]!.replace(',SPECIES,', ','), ...lines.slice(1)].join('\r\n'),
      'row 2: has 32 columns, the header has 33',
    ],
    [
      'a missing required value',
      [header, lines[0]!.replace('Psittacus erithacus,', ','), ...lines.slice(1)].join('\r\n'),
      'row 2, column FullName: missing value',
    ],
    [
      'an unknown listing',
      textOf(fixture('index-of-cites-species-bad-listing.csv')),
      "row 3, column CurrentListing: unknown listing 'IV'",
    ],
    [
      'an unknown kingdom',
      [header, lines[0]!.replace('Animalia', 'Fungi'), ...lines.slice(1)].join('\r\n'),
      "row 2, column Kingdom: unknown kingdom 'Fungi'",
    ],
    [
      'a repeated taxon',
      [header, lines[0], lines[0], ''].join('\r\n'),
      "row 3, column FullName: 'Psittacus erithacus' repeats row 2",
    ],
    [
      'text in another encoding',
      new Uint8Array([...Buffer.from(`${header}\r\n`), 0xe9, 0x0d, 0x0a]),
      'The file is not UTF-8 text',
    ],
    ['a broken gzip', gzipSync(checklistCsv).subarray(0, 400), 'The compressed file is damaged or incomplete'],
  ])('refuses %s', async (_label, content, message) => {
    expect(await problemsOf(content)).toContain(message);
  });

  it('lists several problems at once', async () => {
    const broken = [header, ...lines.map((l) => l.replace(/,(I|II|I\/II|III|NC|I\/II\/III\/NC),/, ',VI,'))].join(
      '\r\n',
    );
    const message = await problemsOf(broken);
    expect(message.split('\n')).toHaveLength(11);
  });
});

describe('detectFormat', () => {
  it('names the missing columns of a near miss', () => {
    expect(() => detectFormat(['TaxonId', 'FullName', 'CurrentListing'])).toThrow(
      /lacks the column\(s\) Kingdom, Class/,
    );
  });
});
