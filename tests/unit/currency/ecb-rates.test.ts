import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ECB_RATES } from '@/lib/currency/ecb-rates';
import { inEuro } from '@/lib/currency/euro';

const docs = readFileSync(resolve(import.meta.dirname, '../../../docs/EXCHANGE-RATES.md'), 'utf8');
const codes = Object.keys(ECB_RATES.perEuro);

/** The bundled rates are data like the dictionary: linted, dated, documented. */
describe('the bundled ECB reference rates', () => {
  it('are dated, and the date is a real day no later than today', () => {
    expect(ECB_RATES.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const day = new Date(`${ECB_RATES.date}T00:00:00Z`);
    expect(day.toISOString().slice(0, 10)).toBe(ECB_RATES.date);
    expect(day.getTime()).toBeLessThanOrEqual(Date.now());
    // The ECB publishes on TARGET working days only: never on a weekend.
    expect([0, 6]).not.toContain(day.getUTCDay());
  });

  it('list each currency once, by its ISO 4217 code, sorted, without the euro itself', () => {
    expect(codes.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(codes).toEqual([...codes].sort());
    expect(codes).not.toContain('EUR');
  });

  it('hold the 30 currencies the ECB has published since 2023, and no rouble (suspended 1 March 2022) or kuna (euro since 2023)', () => {
    expect(codes).toHaveLength(30);
    expect(codes).not.toContain('RUB');
    expect(codes).not.toContain('HRK');
  });

  it('are positive finite numbers with the ECB’s precision (five significant digits at most)', () => {
    for (const [code, rate] of Object.entries(ECB_RATES.perEuro)) {
      expect(Number.isFinite(rate) && rate > 0, code).toBe(true);
      expect(String(rate).replace(/^0\.0*|\./g, '').length, code).toBeLessThanOrEqual(7);
    }
  });

  it('keep the lev at its fixed euro central rate, a check that the table is the ECB’s', () => {
    expect(ECB_RATES.perEuro.BGN).toBe(1.9558);
  });

  it('are documented in docs/EXCHANGE-RATES.md with the same date and every rate', () => {
    expect(docs).toContain(ECB_RATES.date);
    for (const [code, rate] of Object.entries(ECB_RATES.perEuro))
      expect(docs, code).toMatch(new RegExp(`\\| ${code} \\| ${rate} \\|`));
  });
});

describe('inEuro', () => {
  it.each([
    [{ amount: 1200, currency: 'PLN' }, 1200 / 4.2548],
    [{ amount: 850, currency: 'EUR' }, 850],
    [{ amount: 0, currency: 'USD' }, 0],
  ])('converts %o', (price, euros) => {
    expect(inEuro(price)).toBeCloseTo(euros, 6);
  });

  it('makes no guess for a currency without a rate', () => {
    expect(inEuro({ amount: 5000, currency: 'RUB' })).toBeUndefined();
    expect(inEuro({ amount: 5000, currency: 'XXX' })).toBeUndefined();
  });
});
