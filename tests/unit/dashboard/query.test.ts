import { describe, expect, it } from 'vitest';
import {
  ANY,
  filterChoices,
  filterRows,
  fold,
  sortRows,
  type ArchiveFilter,
  type SortColumn,
} from '@/lib/dashboard/query';
import { ids, row } from './query-support';

const rows = [
  row(1, {
    title: 'Elfenbein Figur',
    notes: 'seller also lists rhino horn',
    firstCapturedAt: '2026-01-05T08:00:00.000Z',
  }),
  row(2, {
    title: 'Statuette en ivoire',
    platform: 'leboncoin',
    country: 'FR',
    seller: 'Hélène',
    url: 'https://www.leboncoin.fr/ad/collection/77',
    status: 'reviewed',
    batchIds: ['batch-a'],
    firstCapturedAt: '2026-02-10T23:59:00.000Z',
  }),
  row(3, {
    title: 'Graupapagei Handaufzucht',
    taxa: ['Psittacus erithacus'],
    appendices: ['I'],
    annexes: ['A'],
    groups: ['birds'],
    intent: 'wanted',
    tags: ['live', 'urgent'],
    price: { amount: 900, currency: 'EUR' },
    specimens: 2,
    firstCapturedAt: '2026-03-01T00:00:00.000Z',
  }),
  row(4, {
    title: undefined,
    seller: undefined,
    country: undefined,
    taxa: [],
    appendices: [],
    annexes: [],
    groups: [],
    status: 'reviewed',
    exported: true,
    batchIds: ['batch-a', 'batch-b'],
    price: { amount: 120, currency: 'EUR' },
    specimens: 10,
    firstCapturedAt: '2026-03-20T12:00:00.000Z',
  }),
];

describe('filterRows', () => {
  it.each<[string, Partial<ArchiveFilter>, number[]]>([
    ['nothing set', {}, [1, 2, 3, 4]],
    ['search in the title', { text: 'figur' }, [1]],
    ['search in the seller, accents folded', { text: 'helene' }, [2]],
    ['search in the URL', { text: 'leboncoin.fr/ad/collection' }, [2]],
    ['search in the notes', { text: 'rhino horn' }, [1]],
    ['search in the taxa', { text: 'psittacus' }, [3]],
    ['search in the tags', { text: 'urgent' }, [3]],
    ['every word must match', { text: 'graupapagei live' }, [3]],
    ['a word nowhere', { text: 'graupapagei pangolin' }, []],
    ['search is whitespace-tolerant', { text: '  figur  ' }, [1]],
    ['from a day, inclusive', { from: '2026-02-10' }, [2, 3, 4]],
    ['to a day, inclusive (UTC day of the capture)', { to: '2026-02-10' }, [1, 2]],
    ['a date range', { from: '2026-02-01', to: '2026-03-01' }, [2, 3]],
    ['platform', { platform: 'leboncoin' }, [2]],
    ['country', { country: 'DE' }, [1, 3]],
    ['taxon', { taxon: 'Loxodonta africana' }, [1, 2]],
    ['Appendix', { appendix: 'I' }, [3]],
    ['a split listing is its own Appendix value', { appendix: 'I/II' }, [1, 2]],
    ['EU Annex', { annex: 'A' }, [3]],
    ['intent', { intent: 'wanted' }, [3]],
    ['status', { status: 'exported' }, [4]],
    ['batch', { batch: 'batch-a' }, [2, 4]],
    ['filters combine', { batch: 'batch-a', status: 'reviewed', text: 'ivoire' }, [2]],
  ])('%s', (_label, filter, expected) => {
    expect(ids(filterRows(rows, { ...ANY, ...filter }))).toEqual(expected);
  });

  it('returns a new array that the caller may sort', () => {
    expect(filterRows(rows, ANY)).not.toBe(rows);
  });
});

describe('fold', () => {
  it.each([
    ['Éléphant', 'elephant'],
    ['EISBÄR', 'eisbar'],
    ['Żółw', 'zołw'],
  ])('%s → %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});

describe('sortRows', () => {
  it.each<[SortColumn, 'asc' | 'desc', number[]]>([
    ['captured', 'asc', [1, 2, 3, 4]],
    ['captured', 'desc', [4, 3, 2, 1]],
    ['title', 'asc', [1, 3, 2, 4]],
    ['title', 'desc', [2, 3, 1, 4]],
    ['price', 'asc', [4, 3, 1, 2]],
    ['price', 'desc', [3, 4, 1, 2]],
    ['platform', 'asc', [1, 3, 4, 2]],
    ['country', 'desc', [2, 1, 3, 4]],
    ['seller', 'asc', [1, 3, 2, 4]],
    ['taxa', 'asc', [1, 2, 3, 4]],
    ['appendix', 'asc', [3, 1, 2, 4]],
    ['appendix', 'desc', [1, 2, 3, 4]],
    ['intent', 'desc', [3, 1, 2, 4]],
    ['status', 'asc', [1, 3, 2, 4]],
    ['specimens', 'desc', [4, 3, 1, 2]],
    ['observations', 'asc', [1, 2, 3, 4]],
  ])('by %s %s: empty cells last, ties in their order', (column, direction, expected) => {
    expect(ids(sortRows(rows, { column, direction }))).toEqual(expected);
  });

  it('compares prices in euros: 1,200 PLN is less than 850 EUR; prices without an ECB rate follow, then none', () => {
    const priced = [
      row(1, { price: { amount: 1200, currency: 'PLN' } }), // ≈ €282
      row(2, { price: { amount: 850, currency: 'EUR' } }),
      row(3, { price: { amount: 5000, currency: 'RUB' } }), // the ECB publishes no rouble rate
      row(4, { price: undefined }),
      row(5, { price: { amount: 300, currency: 'GBP' } }), // ≈ €346
      row(6, { price: { amount: 900, currency: 'RUB' } }),
    ];
    expect(ids(sortRows(priced, { column: 'price', direction: 'asc' }))).toEqual([1, 5, 2, 6, 3, 4]);
    expect(ids(sortRows(priced, { column: 'price', direction: 'desc' }))).toEqual([2, 5, 1, 3, 6, 4]);
  });

  it('compares numbers inside text naturally', () => {
    const numbered = [row(1, { title: 'Lot 10' }), row(2, { title: 'Lot 9' })];
    expect(ids(sortRows(numbered, { column: 'title', direction: 'asc' }))).toEqual([2, 1]);
  });
});

describe('filterChoices', () => {
  it('offers each distinct value once, sorted, without blanks', () => {
    expect(filterChoices(rows)).toEqual({
      platforms: ['eBay', 'leboncoin'],
      countries: ['DE', 'FR'],
      taxa: ['Loxodonta africana', 'Psittacus erithacus'],
      batches: ['batch-a', 'batch-b'],
    });
  });
});
