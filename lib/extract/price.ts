import type { AdFields } from '@/lib/records/flag';

type Price = NonNullable<AdFields['price']>;

/** ISO 4217 codes written out in the price ("1 200 SEK"); upper case only, so "try" stays a word. */
const ISO_CODE =
  /(?<![A-Za-z])(USD|CAD|AUD|NZD|BRL|EUR|GBP|RUB|PLN|CHF|CZK|HUF|UAH|KZT|RON|BGN|TRY|INR|SEK|NOK|DKK|ISK|JPY|CNY|ZAR|MXN|SGD|HKD)(?![A-Za-z])/;

/** Currency signs and words, most specific first ("US $" before "$", "CHF" before "Fr."). */
const CURRENCY_SIGNS: ReadonlyArray<[RegExp, string]> = [
  [/US\s?\$/i, 'USD'],
  [/CA?\s?\$/, 'CAD'],
  [/AU?\s?\$/, 'AUD'],
  [/NZ\s?\$/, 'NZD'],
  [/R\$/, 'BRL'],
  [/€|(?<![\p{L}])euros?(?![\p{L}])/iu, 'EUR'],
  [/£/, 'GBP'],
  [/₽|(?<![\p{L}])(руб|р\.|р(?![\p{L}]))/iu, 'RUB'],
  [/zł/iu, 'PLN'],
  [/(?<![\p{L}])(S?Fr\.|CHF)/u, 'CHF'],
  [/Kč/iu, 'CZK'],
  [/(?<![\p{L}])Ft(?![\p{L}])/u, 'HUF'],
  [/₴|(?<![\p{L}])грн/iu, 'UAH'],
  [/₸|(?<![\p{L}])тг(?![\p{L}])/iu, 'KZT'],
  [/(?<![\p{L}])lei(?![\p{L}])/iu, 'RON'],
  [/(?<![\p{L}])лв/iu, 'BGN'],
  [/₺|(?<![\p{L}])TL(?![\p{L}])/u, 'TRY'],
  [/₹/, 'INR'],
];

/** The currency of a country's marketplaces, for "$", "kr" and bare numbers. */
const COUNTRY_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  GB: 'GBP',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  IS: 'ISK',
  CH: 'CHF',
  PL: 'PLN',
  RU: 'RUB',
  UA: 'UAH',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  BG: 'BGN',
  KZ: 'KZT',
  BR: 'BRL',
  MX: 'MXN',
  ZA: 'ZAR',
  JP: 'JPY',
  CN: 'CNY',
  IN: 'INR',
  TR: 'TRY',
  SG: 'SGD',
  HK: 'HKD',
  DE: 'EUR',
  AT: 'EUR',
  FR: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  IT: 'EUR',
  ES: 'EUR',
  PT: 'EUR',
  IE: 'EUR',
  FI: 'EUR',
  GR: 'EUR',
  LU: 'EUR',
  SK: 'EUR',
  SI: 'EUR',
  EE: 'EUR',
  LV: 'EUR',
  LT: 'EUR',
  HR: 'EUR',
};

const DOLLAR_COUNTRIES = new Set(['CAD', 'AUD', 'NZD', 'MXN', 'SGD', 'HKD']);
const KRONA_COUNTRIES = new Set(['SEK', 'NOK', 'DKK', 'ISK']);

/** Ads that give the animal or item away: a real price of 0, worth recording. */
const FREE =
  /zu verschenken|(?<![\p{L}])(gratis|free|gratuit|bezpłatnie|za darmo|бесплатно|даром|gratuito|regalo)(?![\p{L}])/iu;

/**
 * A number as people write prices: "1.234,50", "1,234.50", "12 500", "1'234", "59,-".
 * Groups of exactly three digits are thousands; a last group of one or two digits is decimals.
 */
const NUMBER = /\d{1,3}(?:[\s'.,]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)/u;

/**
 * Reads a price amount, or undefined when the text holds no number.
 * @example parseAmount('1.234,50') // 1234.5
 */
export function parseAmount(text: string): number | undefined {
  const match = NUMBER.exec(text.slice(0, 200));
  if (!match) return undefined;
  const raw = match[0];
  const decimals = /[.,](\d{1,2})$/.exec(raw);
  const whole = (decimals ? raw.slice(0, decimals.index) : raw).replace(/[^\d]/g, '');
  const amount = Number(decimals ? `${whole}.${decimals[1]}` : whole);
  return Number.isFinite(amount) ? amount : undefined;
}

/**
 * The ISO 4217 currency a price text names; "$" and "kr" (and a bare number) take the
 * platform's country into account. Undefined when it cannot be told.
 * @example currencyOf('12 500 руб.') // 'RUB'
 */
export function currencyOf(text: string, country?: string): string | undefined {
  const sample = text.slice(0, 200);
  const written = ISO_CODE.exec(sample)?.[1] ?? CURRENCY_SIGNS.find(([sign]) => sign.test(sample))?.[1];
  if (written) return written;
  const local = country ? COUNTRY_CURRENCY[country] : undefined;
  if (sample.includes('$')) return local && DOLLAR_COUNTRIES.has(local) ? local : 'USD';
  if (sample.includes('¥')) return local === 'CNY' ? 'CNY' : 'JPY';
  if (/(?<![\p{L}])kr\.?(?![\p{L}])/iu.test(sample)) return local && KRONA_COUNTRIES.has(local) ? local : undefined;
  return local;
}

/**
 * Parses a displayed price into an amount and an ISO 4217 currency.
 * "VB" / "OBO" and other words are ignored; a free giveaway is 0.
 * @example parsePrice('1.234,50 € VB') // { amount: 1234.5, currency: 'EUR' }
 * @example parsePrice('$25', 'CA') // { amount: 25, currency: 'CAD' }
 */
export function parsePrice(text: string, country?: string): Price | undefined {
  const sample = text.slice(0, 200);
  const currency = currencyOf(sample, country);
  if (!currency) return undefined;
  const amount = parseAmount(sample);
  if (amount !== undefined) return { amount, currency };
  return FREE.test(sample) ? { amount: 0, currency } : undefined;
}

/**
 * A price from structured data: an amount field and a currency field (either may be text).
 * @example structuredPrice('59', 'EUR') // { amount: 59, currency: 'EUR' }
 */
export function structuredPrice(amount: unknown, currency: unknown, country?: string): Price | undefined {
  if (typeof amount !== 'number' && typeof amount !== 'string') return undefined;
  const code =
    typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency.trim()) ? currency.trim().toUpperCase() : undefined;
  const value = typeof amount === 'number' ? amount : parseAmount(amount);
  if (typeof amount === 'number' && !(amount >= 0 && Number.isFinite(amount))) return undefined;
  if (code && value !== undefined) return { amount: value, currency: code };
  return parsePrice(`${amount} ${typeof currency === 'string' ? currency : ''}`, country);
}
