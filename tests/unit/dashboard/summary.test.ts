import { describe, expect, it } from 'vitest';
import { isoWeek, summarise } from '@/lib/dashboard/summary';
import { row } from './query-support';

describe('isoWeek', () => {
  it.each([
    ['2026-03-12T09:30:00.000Z', '2026-W11'],
    ['2026-01-01T00:00:00.000Z', '2026-W01'], // a Thursday: its week is week 1
    ['2027-01-01T12:00:00.000Z', '2026-W53'], // a Friday: still the last week of 2026
    ['2027-01-03T23:59:59.999Z', '2026-W53'], // Sunday closes that week
    ['2027-01-04T00:00:00.000Z', '2027-W01'], // Monday starts week 1
    ['2024-12-30T10:00:00.000Z', '2025-W01'], // a Monday in December already in next year's week 1
    ['2021-01-03T10:00:00.000Z', '2020-W53'],
    ['2022-01-02T10:00:00.000Z', '2021-W52'],
    ['2020-12-31T23:59:59.000Z', '2020-W53'],
  ])('%s is in %s', (iso, week) => {
    expect(isoWeek(iso)).toBe(week);
  });
});

describe('summarise', () => {
  const rows = [
    row(1, { groups: ['elephants'], appendices: ['I/II'], specimens: 3, platform: 'eBay', country: 'DE' }),
    row(2, { groups: ['elephants'], appendices: ['I/II'], specimens: undefined, platform: 'leboncoin', country: 'FR' }),
    row(3, {
      groups: ['birds', 'elephants'],
      appendices: ['I', 'I/II'],
      specimens: 4,
      platform: 'eBay',
      country: 'DE',
    }),
    row(4, { groups: [], appendices: [], specimens: 10, platform: 'Kleinanzeigen', country: undefined }),
  ];
  const summary = summarise(rows);

  it('counts ads and sums specimens by trade group; an ad with two groups counts in each, one with none under ""', () => {
    expect(summary.groups).toEqual([
      { key: 'elephants', ads: 3, specimens: 7 },
      { key: '', ads: 1, specimens: 10 },
      { key: 'birds', ads: 1, specimens: 4 },
    ]);
  });

  it('counts by Appendix', () => {
    expect(summary.appendices).toEqual([
      { key: 'I/II', ads: 3, specimens: 7 },
      { key: '', ads: 1, specimens: 10 },
      { key: 'I', ads: 1, specimens: 4 },
    ]);
  });

  it.each([
    [
      'platforms',
      [
        { key: 'eBay', ads: 2, specimens: 7 },
        { key: 'Kleinanzeigen', ads: 1, specimens: 10 },
        { key: 'leboncoin', ads: 1, specimens: 0 },
      ],
    ],
    [
      'countries',
      [
        { key: 'DE', ads: 2, specimens: 7 },
        { key: '', ads: 1, specimens: 10 },
        { key: 'FR', ads: 1, specimens: 0 },
      ],
    ],
  ] as const)('counts by %s', (field, expected) => {
    expect(summary[field]).toEqual(expected);
  });

  it('counts by ISO week of first capture across a year boundary, empty weeks included', () => {
    const weeks = summarise([
      row(1, { firstCapturedAt: '2026-12-22T10:00:00.000Z', specimens: 1 }), // 2026-W52
      row(2, { firstCapturedAt: '2027-01-02T10:00:00.000Z', specimens: 2 }), // 2026-W53
      row(3, { firstCapturedAt: '2026-12-30T10:00:00.000Z' }), // 2026-W53
      row(4, { firstCapturedAt: '2027-01-19T10:00:00.000Z', specimens: 5 }), // 2027-W03
    ]).weeks;
    expect(weeks).toEqual([
      { key: '2026-W52', ads: 1, specimens: 1 },
      { key: '2026-W53', ads: 2, specimens: 2 },
      { key: '2027-W01', ads: 0, specimens: 0 },
      { key: '2027-W02', ads: 0, specimens: 0 },
      { key: '2027-W03', ads: 1, specimens: 5 },
    ]);
  });

  it('summarises nothing as empty tables', () => {
    expect(summarise([])).toEqual({ groups: [], appendices: [], platforms: [], countries: [], weeks: [] });
  });
});
