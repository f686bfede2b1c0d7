import { inEuro } from '@/lib/currency/euro';
import { AppendixSchema } from '@/lib/dictionary/schema';
import type { ArchiveRow } from './row';

/** The dashboard's filters; '' means "any". Dates are UTC days (YYYY-MM-DD) of the first capture, inclusive. */
export interface ArchiveFilter {
  text: string;
  from: string;
  to: string;
  platform: string;
  country: string;
  taxon: string;
  appendix: string;
  annex: string;
  intent: string;
  status: string;
  batch: string;
}

export const ANY: ArchiveFilter = {
  text: '',
  from: '',
  to: '',
  platform: '',
  country: '',
  taxon: '',
  appendix: '',
  annex: '',
  intent: '',
  status: '',
  batch: '',
};

/**
 * Text for matching: lower case, accents dropped, so "elefant" finds "Éléfant".
 * @example fold('Éléfant') // 'elefant'
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Built once per row object: typing in the search box re-filters every row on each key.
const haystacks = new WeakMap<ArchiveRow, string>();
function haystackOf(row: ArchiveRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = fold([row.title, row.seller, row.url, row.notes, ...row.taxa, ...row.tags].filter(Boolean).join('\n'));
    haystacks.set(row, text);
  }
  return text;
}

const captureDay = (row: ArchiveRow) => row.firstCapturedAt.slice(0, 10);

/** Each filter as a test on a row, for the filters that are set. */
function tests(filter: ArchiveFilter): Array<(row: ArchiveRow) => boolean> {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const checks: Array<[string, (row: ArchiveRow) => boolean]> = [
    [filter.text, (row) => words.every((word) => haystackOf(row).includes(word))],
    [filter.from, (row) => captureDay(row) >= filter.from],
    [filter.to, (row) => captureDay(row) <= filter.to],
    [filter.platform, (row) => row.platform === filter.platform],
    [filter.country, (row) => row.country === filter.country],
    [filter.taxon, (row) => row.taxa.includes(filter.taxon)],
    [filter.appendix, (row) => row.appendices.includes(filter.appendix as ArchiveRow['appendices'][number])],
    [filter.annex, (row) => row.annexes.includes(filter.annex as ArchiveRow['annexes'][number])],
    [filter.intent, (row) => row.intent === filter.intent],
    // "exported" is a fact beside the review status, offered in the same menu.
    [filter.status, (row) => (filter.status === 'exported' ? row.exported : row.status === filter.status)],
    [filter.batch, (row) => row.batchIds.includes(filter.batch)],
  ];
  return checks.filter(([value]) => value.trim() !== '').map(([, test]) => test);
}

/**
 * The rows every set filter lets through; the search needs every word
 * somewhere in the title, seller, URL, notes, taxa or tags.
 * @example filterRows(rows, { ...ANY, text: 'ivory netsuke', status: 'new' })
 */
export function filterRows(rows: readonly ArchiveRow[], filter: ArchiveFilter): ArchiveRow[] {
  const active = tests(filter);
  return active.length === 0 ? [...rows] : rows.filter((row) => active.every((test) => test(row)));
}

export type SortColumn =
  | 'captured'
  | 'title'
  | 'platform'
  | 'country'
  | 'price'
  | 'seller'
  | 'location'
  | 'taxa'
  | 'appendix'
  | 'intent'
  | 'status'
  | 'observations'
  | 'specimens';
export interface SortOrder {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

// Strictest listing first, so ascending puts Appendix I ads on top.
const appendixRank = (row: ArchiveRow) =>
  row.appendices.length === 0
    ? undefined
    : Math.min(...row.appendices.map((appendix) => AppendixSchema.options.indexOf(appendix)));

const sortKeys: Record<SortColumn, (row: ArchiveRow) => string | number | undefined> = {
  captured: (row) => row.firstCapturedAt,
  title: (row) => row.title,
  platform: (row) => row.platform,
  country: (row) => row.country,
  // Compared in euros (bundled ECB reference rates): 1,200 PLN is less than 850 EUR.
  price: (row) => (row.price ? inEuro(row.price) : undefined),
  seller: (row) => row.seller,
  location: (row) => row.location,
  taxa: (row) => row.taxa[0],
  appendix: appendixRank,
  intent: (row) => row.intent,
  status: (row) => `${row.status}${row.exported ? ' exported' : ''}`,
  observations: (row) => row.observations,
  specimens: (row) => row.specimens,
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Where a row goes when its sort key is empty: prices without a euro rate
 * (roubles) after the comparable ones, then rows without a value at all.
 */
const emptyRank = (row: ArchiveRow, column: SortColumn) => (column === 'price' && row.price ? 1 : 2);

/**
 * Rows in a column's order. Empty cells go last in both directions (a
 * researcher sorting by price wants prices, not blanks); ties keep their order.
 * Prices compare in euros; those in a currency without an ECB rate follow,
 * by currency and amount.
 * @example sortRows(rows, { column: 'price', direction: 'desc' })
 */
export function sortRows(rows: readonly ArchiveRow[], { column, direction }: SortOrder): ArchiveRow[] {
  const key = sortKeys[column];
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: key(row) }));
  keyed.sort((a, b) => {
    if (a.value === undefined && b.value === undefined) {
      const rank = emptyRank(a.row, column) - emptyRank(b.row, column);
      if (rank !== 0 || column !== 'price' || !a.row.price || !b.row.price) return rank;
      return (
        collator.compare(a.row.price.currency, b.row.price.currency) || sign * (a.row.price.amount - b.row.price.amount)
      );
    }
    if (a.value === undefined || b.value === undefined)
      return (a.value === undefined ? 1 : 0) - (b.value === undefined ? 1 : 0);
    const order =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : collator.compare(String(a.value), String(b.value));
    return sign * order;
  });
  return keyed.map(({ row }) => row);
}

/** The distinct values the filter menus offer, sorted. */
export interface FilterChoices {
  platforms: string[];
  countries: string[];
  taxa: string[];
  batches: string[];
}

/**
 * What the filter menus can offer, from the rows themselves.
 * @example filterChoices(rows).platforms // ['eBay', 'leboncoin']
 */
export function filterChoices(rows: readonly ArchiveRow[]): FilterChoices {
  const sorted = (values: Iterable<string | undefined>) =>
    [...new Set(values)].filter((value): value is string => Boolean(value)).sort(collator.compare);
  return {
    platforms: sorted(rows.map((row) => row.platform)),
    countries: sorted(rows.map((row) => row.country)),
    taxa: sorted(rows.flatMap((row) => row.taxa)),
    batches: sorted(rows.flatMap((row) => row.batchIds)),
  };
}
