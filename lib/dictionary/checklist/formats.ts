import { ImportError } from './errors';

/** The two CSV exports Spoor understands; the names double as the dictionary `source`. */
export type ChecklistFormat = 'cites-checklist' | 'speciesplus';

export const FORMAT_LABELS: Record<ChecklistFormat, string> = {
  'cites-checklist': 'CITES Checklist “Index of CITES Species” (CSV)',
  speciesplus: 'Species+ “CITES listings” export (CSV)',
};

/** Columns each format must have; Spoor reads these and ignores the rest (distributions, Spanish notes…). */
export const REQUIRED_COLUMNS: Record<ChecklistFormat, readonly string[]> = {
  'cites-checklist': [
    'TaxonId',
    'Kingdom',
    'Class',
    'Order',
    'Family',
    'Genus',
    'FullName',
    'RankName',
    'CurrentListing',
    'AnnotationEnglish',
    'SynonymsWithAuthors',
    'EnglishNames',
    'SpanishNames',
    'FrenchNames',
  ],
  speciesplus: [
    'Id',
    'Kingdom',
    'Class',
    'Order',
    'Family',
    'Genus',
    'Scientific Name',
    'Rank',
    'Listing',
    'Party',
    'Full note',
  ],
};

/** The column that tells the formats apart. */
const SIGNATURE: Record<ChecklistFormat, string> = {
  'cites-checklist': 'CurrentListing',
  speciesplus: 'Scientific Name',
};

/**
 * Recognises what the first bytes of a file are when they are not CSV text,
 * so the error can say "this is a spreadsheet" instead of "bad header".
 * @example sniffNonCsv(new Uint8Array([0x50, 0x4b, 3, 4])) // names .xlsx
 */
export function sniffNonCsv(head: Uint8Array): string | undefined {
  if (head.length === 0) return 'The file is empty.';
  if (head[0] === 0x50 && head[1] === 0x4b) {
    return 'This is a ZIP archive or a spreadsheet (.xlsx), not CSV: download the CSV export instead.';
  }
  if (head[0] === 0xd0 && head[1] === 0xcf)
    return 'This is an Excel spreadsheet (.xls), not CSV: download the CSV export instead.';
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return 'This is a PDF, not CSV.';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return 'This is UTF-16 text; Spoor reads UTF-8 CSV: save the file again as "CSV UTF-8".';
  }
  // CSV text never holds NUL bytes; binary files and UTF-16 without a byte order mark do.
  if (head.subarray(0, 4096).includes(0)) {
    return 'This file holds binary data, not CSV text (or it is UTF-16 text: save it again as "CSV UTF-8").';
  }
  const text = new TextDecoder()
    .decode(head.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (text.startsWith('<')) {
    return 'This is a web page (HTML/XML), not the CSV export: the download probably failed or needs a login.';
  }
  return undefined;
}

/**
 * Guesses the delimiter from the header line: Species+ offers comma- and semicolon-separated files.
 * @example detectDelimiter('Id;Kingdom;Phylum') // ';'
 */
export function detectDelimiter(firstLine: string): ',' | ';' {
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Decides the format from the header row, or explains why the file is neither.
 * @example detectFormat(['TaxonId', 'Kingdom', …, 'CurrentListing', …]) // 'cites-checklist'
 */
export function detectFormat(header: readonly string[]): ChecklistFormat {
  const names = header.map((h) => h.trim());
  const format = (Object.keys(SIGNATURE) as ChecklistFormat[]).find((f) => names.includes(SIGNATURE[f]));
  if (!format) {
    const shown = names
      .slice(0, 6)
      .map((n) => `'${n}'`)
      .join(', ');
    throw new ImportError([
      {
        row: 1,
        message:
          `not a CITES Checklist or Species+ export: the header starts ${shown}${names.length > 6 ? ', …' : ''} ` +
          `but should name columns such as 'FullName' and 'CurrentListing' (CITES Checklist) or 'Scientific Name' and 'Listing' (Species+).`,
      },
    ]);
  }
  const missing = REQUIRED_COLUMNS[format].filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw new ImportError([
      { row: 1, message: `looks like a ${FORMAT_LABELS[format]} but lacks the column(s) ${missing.join(', ')}.` },
    ]);
  }
  return format;
}
