import { describe, expect, it } from 'vitest';
import { flaggedLine, formatDay } from '@/lib/flags/format';
import { captureOf } from './support';
import type { Flag } from '@/lib/flags/schema';

describe('formatDay', () => {
  it.each([
    ['2026-03-12T09:30:00.000Z', '12 Mar 2026'],
    ['2026-12-31T23:59:59.000Z', '31 Dec 2026'],
    ['2026-01-01T00:00:00.000Z', '1 Jan 2026'],
  ])('writes %s as %s, in UTC', (iso, expected) => {
    expect(formatDay(iso)).toBe(expected);
  });
});

describe('flaggedLine', () => {
  const flagOf = async (researcherId: string, observations = 1) => {
    const { observation } = await captureOf('https://shop.example/ad/1', { researcher: { researcherId, survey: '' } });
    return { observations: Array(observations).fill(observation) } as Flag;
  };

  it.each([
    ['anna.k', 1, 'Flagged on 12 Mar 2026 by anna.k'],
    ['', 1, 'Flagged on 12 Mar 2026 by an unnamed researcher'],
    ['anna.k', 3, 'Flagged on 12 Mar 2026 by anna.k (3 observations)'],
  ])('names researcher "%s" with %i observation(s)', async (researcherId, count, expected) => {
    expect(flaggedLine(await flagOf(researcherId, count))).toBe(expected);
  });
});
