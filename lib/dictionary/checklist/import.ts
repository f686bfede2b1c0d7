import { DictionarySchema, type Dictionary, type Taxon, type Term } from '@/lib/dictionary/schema';
import { createCsvParser, type CsvParser, type CsvRow } from './csv';
import { ImportError, MAX_PROBLEMS, type ImportProblem } from './errors';
import { detectDelimiter, detectFormat, type ChecklistFormat } from './formats';
import { mapChecklistRow, nameColumnOf } from './rows';
import { readTextChunks, type ReadProgress } from './source';
import { yieldToEventLoop } from '@/lib/scheduling/yield';

export interface ImportProgress extends ReadProgress {
  /** Data rows read so far. */
  rows: number;
}

export interface ImportOptions {
  /** The date the file's listings reflect (ISO); neither export carries one. */
  listingsAsOf: string;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Called once the header has been recognised. */
  onFormat?: (format: ChecklistFormat) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What an import produced: the file's own taxa (not yet merged) and what was left out. */
export interface ImportResult {
  format: ChecklistFormat;
  /** Only the imported taxa; `source` is the format, no trade terms. */
  dictionary: Dictionary;
  rows: number;
  /** Skipped rows per reason ("not listed (NC or no current listing)": 83). */
  skipped: Record<string, number>;
}

/**
 * A species the checklist keeps unlisted under a listed genus (the populations of Dicksonia outside the Americas,
 * Aloe vera, Euphorbia misera) is named with its genus: written whole, the binomial cancels the genus's match.
 */
function unlistedSpeciesExclusion(name: string): Term {
  return { text: name, lang: 'la' };
}

/** Turns parsed rows into taxa, collecting problems instead of stopping at the first. */
function createRowCollector(onFormat?: (format: ChecklistFormat) => void) {
  let header: string[] = [];
  let index = new Map<string, number>();
  let format: ChecklistFormat | undefined;
  let lastRowReached = false;
  const taxa: Taxon[] = [];
  const firstRowOfId = new Map<string, number>();
  const skipped: Record<string, number> = {};
  const unlistedSpecies: string[] = [];
  const problems: ImportProblem[] = [];

  const report = (found: ImportProblem[]) => {
    problems.push(...found);
    if (problems.length >= MAX_PROBLEMS) {
      throw new ImportError([
        ...problems.slice(0, MAX_PROBLEMS),
        { message: `Stopped after ${MAX_PROBLEMS} problems.` },
      ]);
    }
  };

  function accept({ row, fields }: CsvRow) {
    if (row === 1) {
      header = fields.map((f) => f.trim());
      index = new Map(header.map((name, i) => [name, i]));
      format = detectFormat(header);
      onFormat?.(format);
      return;
    }
    if (fields.length !== header.length) {
      const cut =
        lastRowReached && fields.length < header.length ? ': the file ends mid-row, the download looks cut off' : '';
      throw new ImportError([
        ...problems,
        { row, message: `has ${fields.length} columns, the header has ${header.length}${cut}` },
      ]);
    }
    const outcome = mapChecklistRow(format!, row, (column) => fields[index.get(column)!] ?? '');
    if (outcome.kind === 'problems') return report(outcome.problems);
    if (outcome.kind === 'skipped') {
      skipped[outcome.reason] = (skipped[outcome.reason] ?? 0) + 1;
      if (outcome.unlistedSpecies) unlistedSpecies.push(outcome.unlistedSpecies);
      return;
    }
    const earlier = firstRowOfId.get(outcome.taxon.id);
    if (earlier !== undefined) {
      return report([
        { row, column: nameColumnOf(format!), message: `'${outcome.taxon.scientificName}' repeats row ${earlier}` },
      ]);
    }
    firstRowOfId.set(outcome.taxon.id, row);
    taxa.push(outcome.taxon);
  }

  return {
    accept,
    markLastRow: () => (lastRowReached = true),
    /** Puts header names on problems the CSV parser located by position only. */
    nameColumns: (error: unknown) =>
      error instanceof ImportError
        ? new ImportError(
            error.problems.map((p) =>
              p.columnIndex !== undefined && header[p.columnIndex] ? { ...p, column: header[p.columnIndex] } : p,
            ),
          )
        : error,
    result: () => ({ format, taxa, skipped, unlistedSpecies, problems }),
  };
}

/**
 * Reads a CITES Checklist or Species+ CSV export (optionally gzipped) into a
 * validated dictionary of its taxa. The whole file is checked before anything
 * is returned; any problem throws an ImportError listing the first few, with
 * row and column, so callers can leave the active dictionary untouched.
 * @example const { dictionary, format } = await importChecklistFile(file, { listingsAsOf: '2017-04-21', onProgress });
 */
export async function importChecklistFile(file: Blob, options: ImportOptions): Promise<ImportResult> {
  if (!ISO_DATE.test(options.listingsAsOf)) {
    throw new ImportError([{ message: `The listings date '${options.listingsAsOf}' is not a date (YYYY-MM-DD).` }]);
  }
  const collector = createRowCollector(options.onFormat);
  let parser: CsvParser | undefined;
  let rows = 0;
  let progress: ReadProgress = { bytesRead: 0, totalBytes: file.size };
  const count = (row: CsvRow) => {
    if (row.row > 1) rows++;
    collector.accept(row);
  };
  try {
    for await (const text of readTextChunks(file, { signal: options.signal, onProgress: (p) => (progress = p) })) {
      parser ??= createCsvParser(detectDelimiter(text.split(/\r?\n/, 1)[0]!), count);
      parser.push(text);
      options.onProgress?.({ ...progress, rows });
    }
    collector.markLastRow();
    parser?.finish();
  } catch (error) {
    throw collector.nameColumns(error);
  }
  const { format, taxa, skipped, unlistedSpecies, problems } = collector.result();
  if (problems.length > 0) throw new ImportError(problems);
  if (!format) throw new ImportError([{ message: 'The file has no header row.' }]);
  if (rows === 0) throw new ImportError([{ message: 'The file has a header but no rows.' }]);
  await yieldToEventLoop();
  const dictionary = DictionarySchema.parse({
    source: format,
    listingsAsOf: options.listingsAsOf,
    taxa,
    tradeTerms: [],
    globalExclusions: unlistedSpecies.map(unlistedSpeciesExclusion),
  });
  return { format, dictionary, rows, skipped };
}
