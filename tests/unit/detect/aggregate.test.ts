import { describe, expect, it } from 'vitest';
import { badgeText, distinctTaxa, inAttributes, mergeReports, onPage, sortForDisplay } from '@/lib/detect/aggregate';
import type { ReportEntry } from '@/lib/detect/report';

const entry = (entryId: string, overrides: Partial<ReportEntry> = {}): ReportEntry => ({
  entryId,
  kind: 'taxon',
  label: entryId,
  appendix: 'II',
  euAnnex: 'B',
  taxa: [entryId],
  category: 'app-ii',
  count: 1,
  matched: [entryId],
  langs: ['la'],
  ...overrides,
});

describe('mergeReports', () => {
  it('adds counts and unites words and languages across frames', () => {
    const top = [
      entry('ivory', { kind: 'trade', taxa: ['loxodonta-africana'], count: 2, matched: ['ivory'], langs: ['en'] }),
    ];
    const frame = [
      entry('ivory', {
        kind: 'trade',
        taxa: ['loxodonta-africana'],
        count: 3,
        matched: ['Elfenbein', 'ivory'],
        langs: ['de', 'en'],
      }),
      entry('python-regius'),
    ];
    expect(mergeReports([top, frame])).toEqual([
      entry('ivory', {
        kind: 'trade',
        taxa: ['loxodonta-africana'],
        count: 5,
        matched: ['ivory', 'Elfenbein'],
        langs: ['en', 'de'],
      }),
      entry('python-regius'),
    ]);
  });

  it('leaves its inputs alone', () => {
    const report = [entry('python-regius')];
    mergeReports([report, report]);
    expect(report[0]!.count).toBe(1);
  });
});

it('distinctTaxa counts named taxa and the taxa trade terms imply, once each', () => {
  const entries = [
    entry('loxodonta-africana'),
    entry('ivory', { kind: 'trade', taxa: ['loxodonta-africana', 'elephas-maximus'] }),
    entry('python-regius'),
  ];
  expect(distinctTaxa(entries)).toBe(3);
});

it.each([
  [0, ''],
  [1, '1'],
  [42, '42'],
  [999, '999'],
  [1000, '999+'],
])('badgeText(%i) is %j', (taxa, text) => {
  expect(badgeText(taxa)).toBe(text);
});

it('sortForDisplay puts the strictest Appendix first, then the most frequent', () => {
  const sorted = sortForDisplay([
    entry('a', { appendix: 'II', count: 9 }),
    entry('b', { appendix: 'nc', count: 50 }),
    entry('c', { appendix: 'I', count: 1 }),
    entry('d', { appendix: 'II', count: 12 }),
    entry('e', { appendix: 'I/II', count: 3 }),
    entry('f', { appendix: 'III', count: 4 }),
  ]);
  expect(sorted.map((e) => e.entryId)).toEqual(['c', 'e', 'd', 'a', 'f', 'b']);
});

describe('names found only in attributes', () => {
  const inAlt = entry('ivory', { taxa: ['loxodonta-africana'], count: 2, inAttributes: true });

  it('merge apart from the same entry found in the text', () => {
    const merged = mergeReports([
      [entry('ivory'), inAlt],
      [entry('ivory', { count: 3 }), inAlt],
    ]);
    expect(onPage(merged).map((found) => found.count)).toEqual([4]);
    expect(inAttributes(merged).map((found) => found.count)).toEqual([4]);
  });

  it('do not count in the badge', () => {
    expect(distinctTaxa([entry('psittacus-erithacus'), inAlt])).toBe(1);
    expect(distinctTaxa([inAlt])).toBe(0);
  });
});
