import { describe, expect, it } from 'vitest';
import { rowWindow } from '@/lib/dashboard/virtual-window';

const base = { viewport: 320, rowHeight: 32, total: 10_000, overscan: 5 };

describe('rowWindow', () => {
  it.each([
    ['at the top: no overscan above', 0, { start: 0, end: 16, before: 0, after: (10_000 - 16) * 32 }],
    ['scrolled: overscan on both sides', 3200, { start: 95, end: 116, before: 95 * 32, after: (10_000 - 116) * 32 }],
    ['part-way through a row', 3210, { start: 95, end: 116, before: 95 * 32, after: (10_000 - 116) * 32 }],
    ['at the bottom: stops at the last row', 319_680, { start: 9985, end: 10_000, before: 9985 * 32, after: 0 }],
    ['past the end (a shrinking list)', 1_000_000, { start: 10_000, end: 10_000, before: 320_000, after: 0 }],
  ])('%s', (_label, scrollTop, expected) => {
    expect(rowWindow({ ...base, scrollTop })).toEqual(expected);
  });

  it('renders everything when the list is shorter than the viewport', () => {
    expect(rowWindow({ ...base, total: 3, scrollTop: 0 })).toEqual({ start: 0, end: 3, before: 0, after: 0 });
  });

  it('always covers the rows in view and never renders more than the view plus overscan', () => {
    for (const scrollTop of [0, 17, 500, 5000, 123_456]) {
      const window = rowWindow({ ...base, scrollTop });
      const firstInView = Math.floor(scrollTop / 32);
      const lastInView = Math.floor((scrollTop + 320 - 1) / 32);
      expect(window.start).toBeLessThanOrEqual(firstInView);
      expect(window.end).toBeGreaterThan(lastInView);
      expect(window.end - window.start).toBeLessThanOrEqual(320 / 32 + 1 + 2 * 5);
      expect(window.before + (window.end - window.start) * 32 + window.after).toBe(320_000);
    }
  });
});
