import { ECB_RATES } from './ecb-rates';

export type RateTable = { readonly date: string; readonly perEuro: Readonly<Record<string, number>> };

/**
 * A price in euros through the bundled ECB reference rates: the amount itself
 * for EUR, undefined for a currency the table lacks (no guess is made).
 * @example inEuro({ amount: 1200, currency: 'PLN' }) // 282.03…
 * @example inEuro({ amount: 5000, currency: 'RUB' }) // undefined
 */
export function inEuro(price: { amount: number; currency: string }, rates: RateTable = ECB_RATES): number | undefined {
  if (price.currency === 'EUR') return price.amount;
  const rate = rates.perEuro[price.currency];
  return rate === undefined ? undefined : price.amount / rate;
}
