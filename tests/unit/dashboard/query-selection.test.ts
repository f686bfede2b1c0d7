import { describe, expect, it } from 'vitest';
import { ANY, filterRows } from '@/lib/dashboard/query';
import { allSelected, keepExisting, toggleAllFiltered, toggleOne } from '@/lib/dashboard/selection';
import { row } from './query-support';

const set = (...ids: string[]) => new Set(ids);

describe('toggleOne', () => {
  it.each([
    ['ticks an unticked row', set('a'), 'b', set('a', 'b')],
    ['unticks a ticked row', set('a', 'b'), 'a', set('b')],
  ])('%s', (_label, selection, id, expected) => {
    expect(toggleOne(selection, id)).toEqual(expected);
  });

  it('leaves the given set alone (React compares by identity)', () => {
    const selection = set('a');
    toggleOne(selection, 'b');
    expect(selection).toEqual(set('a'));
  });
});

describe('toggleAllFiltered', () => {
  it.each([
    ['ticks every filtered row, keeping rows ticked outside the filter', set('z'), ['a', 'b'], set('z', 'a', 'b')],
    ['completes a partial selection', set('a'), ['a', 'b'], set('a', 'b')],
    ['unticks the filtered rows when all are ticked, and only those', set('a', 'b', 'z'), ['a', 'b'], set('z')],
    ['does nothing with no filtered rows', set('z'), [], set('z')],
  ])('%s', (_label, selection, filtered, expected) => {
    expect(toggleAllFiltered(selection, filtered)).toEqual(expected);
  });

  it('selects exactly what the filters let through', () => {
    const rows = [row(1, { status: 'new' }), row(2, { status: 'reviewed' }), row(3, { status: 'new' })];
    const filtered = filterRows(rows, { ...ANY, status: 'new' }).map((r) => r.id);
    expect([...toggleAllFiltered(new Set(), filtered)]).toEqual([rows[0]!.id, rows[2]!.id]);
  });
});

describe('allSelected', () => {
  it.each([
    [set('a', 'b'), ['a', 'b'], true],
    [set('a'), ['a', 'b'], false],
    [set('a'), [], false],
  ])('%o over %o is %s', (selection, filtered, expected) => {
    expect(allSelected(selection, filtered)).toBe(expected);
  });
});

describe('keepExisting', () => {
  it('drops deleted flags from the selection', () => {
    expect(keepExisting(set('a', 'b', 'c'), ['a', 'c', 'd'])).toEqual(set('a', 'c'));
  });
});
