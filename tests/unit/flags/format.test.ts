import { describe, expect, it } from 'vitest';
import { translateFrom, englishT } from '@/lib/i18n/english';
import { flaggedLine, formatDay, formatPrice } from '@/lib/flags/format';
import type { Flag } from '@/lib/records/flag';
import french from '@/public/_locales/fr/messages.json';
import german from '@/public/_locales/de/messages.json';
import { captureOf } from './support';

describe('formatDay', () => {
  it.each([
    ['2026-03-12T09:30:00.000Z', 'en-GB', '12 Mar 2026'],
    ['2026-12-31T23:59:59.000Z', 'en-GB', '31 Dec 2026'],
    ['2026-01-01T00:00:00.000Z', 'en-GB', '1 Jan 2026'],
    ['2026-03-12T09:30:00.000Z', 'fr', '12 mars 2026'],
    ['2026-03-12T09:30:00.000Z', 'de', '12. März 2026'],
  ])('writes %s in %s as %s, in UTC', (iso, locale, expected) => {
    expect(formatDay(iso, locale)).toBe(expected);
  });
});

describe('formatPrice', () => {
  it.each([
    [{ amount: 1200, currency: 'EUR' }, 'en-GB', '€1,200.00'],
    [{ amount: 1200, currency: 'EUR' }, 'de', '1.200,00 €'],
    [{ amount: 12.5, currency: 'EURO' }, 'en-GB', '12.5 EURO'],
  ])('writes %o in %s as %s', (price, locale, expected) => {
    expect(formatPrice(price, locale).replace(/\s/g, ' ')).toBe(expected);
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
    // A right-to-left name is isolated, so the count beside it keeps its place.
    ['דני', 3, 'Flagged on 12 Mar 2026 by \u2068דני\u2069 (3 observations)'],
    ['عمر\u202E', 1, 'Flagged on 12 Mar 2026 by \u2068عمر[U+202E]\u2069'],
  ])('names researcher "%s" with %i observation(s)', async (researcherId, count, expected) => {
    expect(flaggedLine(await flagOf(researcherId, count), englishT)).toBe(expected);
  });

  it.each([
    [french, 'Signalé le 12 mars 2026 par anna.k (2 observations)'],
    [german, 'Gemeldet am 12. März 2026 von anna.k (2 Beobachtungen)'],
  ])('speaks the UI language, dates included', async (table, expected) => {
    expect(flaggedLine(await flagOf('anna.k', 2), translateFrom(table))).toBe(expected);
  });
});
