import type { AdFields } from '@/lib/records/flag';
import { countryCurrency, namesCurrency, type PriceHints, writtenCurrency } from './currency';

export type { PriceHints } from './currency';
export type Price = NonNullable<AdFields['price']>;

/** No ad asks more than this in any currency Spoor reads; a bigger number is a page bug or a trap. */
export const MAX_AMOUNT = 1_000_000_000;

/** Ads that give the animal or item away: a real price of 0, worth recording. */
const FREE =
  /zu verschenken|(?<![\p{L}])(gratis|free|gratuit|umsonst|kostenlos|bezpłatnie|za darmo|бесплатно|даром|gratuito|regalo|cadeau)(?![\p{L}])/iu;
/** "Free shipping" is not a free animal. */
const SHIPPING =
  /shipping|delivery|postage|versand|lieferung|livraison|port |verzend|envío|envio|spedizion|consegna|wysyłk|dostaw|доставк|frakt|fragt/iu;

/**
 * A number as people write prices: "1.234,50", "1,234.50", "12 500", "1'234", "59,-".
 * Groups of exactly three digits are thousands; a last group of one or two digits is decimals.
 */
const NUMBER = /\d{1,3}(?:[\s'’.,]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)/gu;
const MINUS = /[-−–]\s?$/u;
const EXPONENT = /^[eE][+-]?\d/;

function numberValue(raw: string): number {
  const decimals = /[.,](\d{1,2})$/.exec(raw);
  const whole = (decimals ? raw.slice(0, decimals.index) : raw).replace(/\D/g, '');
  return Number(decimals ? `${whole}.${decimals[1]}` : whole);
}

/**
 * Reads a price amount: the first number that is not a percentage. Undefined when there is none,
 * or when it is negative, written with an exponent, not finite or absurdly large: such a page is
 * broken or hostile, and a price is never made up from it.
 * @example parseAmount('1.234,50') // 1234.5
 * @example parseAmount('-1e309') // undefined
 */
export function parseAmount(text: string): number | undefined {
  const sample = text.slice(0, 200);
  for (const match of sample.matchAll(NUMBER)) {
    const end = match.index + match[0].length;
    if (/^\s?%/.test(sample.slice(end))) continue;
    const before = sample.slice(Math.max(0, match.index - 2), match.index);
    // "1e309" reads as 1 and "-5" as 5 unless the sign and exponent are looked at.
    if (MINUS.test(before) && !/\d/.test(before)) return undefined;
    if (EXPONENT.test(sample.slice(end))) return undefined;
    const amount = numberValue(match[0]);
    return Number.isFinite(amount) && amount <= MAX_AMOUNT ? amount : undefined;
  }
  return undefined;
}

function priced(amount: number, currency: string | undefined, country?: string): Price | undefined {
  if (currency) return { amount, currency };
  const inferred = countryCurrency(country);
  return inferred ? { amount, currency: inferred, currencyInferred: true } : undefined;
}

/**
 * Parses a displayed price into an amount and an ISO 4217 currency. "VB" / "OBO" and other words
 * are ignored; a free giveaway is 0. A currency is taken from the domain's country only when the
 * text shows an amount without one, and the price then says `currencyInferred`.
 * @example parsePrice('1.234,50 € VB') // { amount: 1234.5, currency: 'EUR' }
 * @example parsePrice('$25', { country: 'CA' }) // { amount: 25, currency: 'CAD' }
 * @example parsePrice('59', { country: 'NL' }) // { amount: 59, currency: 'EUR', currencyInferred: true }
 */
export function parsePrice(text: string, hints: PriceHints = {}): Price | undefined {
  const sample = text.slice(0, 200);
  const free = FREE.test(sample) && !SHIPPING.test(sample) && !/\d/.test(sample);
  const amount = parseAmount(sample) ?? (free ? 0 : undefined);
  if (amount === undefined) return undefined;
  const currency = writtenCurrency(sample, hints);
  // A sign the country cannot resolve ("kr" on a German page) is not a missing currency.
  if (!currency && namesCurrency(sample)) return undefined;
  return priced(amount, currency, hints.country);
}

const ISO = /^[A-Za-z]{3}$/;

/**
 * A price from structured data: an amount field and a currency field (either may be text).
 * Negative, non-finite and absurd amounts are refused; a missing or unreadable currency is
 * inferred from the domain's country, and marked so.
 * @example structuredPrice('59', 'EUR') // { amount: 59, currency: 'EUR' }
 * @example structuredPrice(-1e309, '€€', { country: 'DE' }) // undefined
 */
export function structuredPrice(amount: unknown, currency: unknown, hints: PriceHints = {}): Price | undefined {
  let value: number | undefined;
  if (typeof amount === 'number') value = amount >= 0 && amount <= MAX_AMOUNT ? amount : undefined;
  else if (typeof amount === 'string') value = parseAmount(amount);
  if (value === undefined) return undefined;
  const code = typeof currency === 'string' ? currency.trim() : '';
  const named =
    (ISO.test(code) ? code.toUpperCase() : undefined) ??
    (code ? writtenCurrency(code, hints) : undefined) ??
    (typeof amount === 'string' ? writtenCurrency(amount, hints) : undefined);
  return priced(value, named, hints.country);
}

/** A currency sign, code or word written right before an amount. */
const SIGN_BEFORE =
  /(?:US\s?\$|C\s?\$|A\s?\$|R\$|[€£$₽¥₴₸₺₹]|(?<![\p{L}])(?:CHF|S?Fr\.|EUR|USD|GBP|PLN|RUB|SEK|NOK|DKK|CZK|HUF|UAH))\s?$/u;
/** … or right after it ("80 €", "1.800,- €", "450:-", "12 000 руб."). */
const SIGN_AFTER =
  /^(?:\s?(?:,-|\.-|,–|\.–|,—))?\s?(?:[€£$₽¥₴₸₺₹]|zł|kr\.?(?![\p{L}])|Kč|Ft(?![\p{L}])|грн|руб|р\.|lei(?![\p{L}])|лв|TL(?![\p{L}])|:-|(?:EUR|USD|GBP|PLN|RUB|SEK|NOK|DKK|CHF|CZK|HUF|UAH|eur|pln|euros?|złotych)(?![\p{L}]))/u;

export interface PriceMention {
  price: Price;
  /** Where the amount starts in the text. */
  index: number;
  /** The words as written, amount and currency. */
  text: string;
}

/**
 * Every amount in a longer text that a currency sign, code or word touches: the prices a caption
 * or an ad's visible text mentions ("Cage incluse, 180€ à débattre"). Bare numbers are left out.
 * @example pricesInText('Parrot, 2 years old. Price 450 € ono')[0].price // { amount: 450, currency: 'EUR' }
 */
export function pricesInText(text: string, hints: PriceHints = {}, max = 5): PriceMention[] {
  const sample = text.slice(0, 20_000);
  const found: PriceMention[] = [];
  for (const match of sample.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = SIGN_BEFORE.exec(sample.slice(Math.max(0, start - 6), start))?.[0] ?? '';
    const after = before ? '' : (SIGN_AFTER.exec(sample.slice(end, end + 12))?.[0] ?? '');
    if (!before && !after) continue;
    const lead = sample.slice(Math.max(0, start - before.length - 2), start - before.length);
    if (MINUS.test(lead) && !/\d/.test(lead)) continue;
    const written = `${before}${match[0]}${after}`;
    const price = parsePrice(written, hints);
    if (price && !price.currencyInferred) found.push({ price, index: start, text: written.trim() });
    if (found.length >= max) break;
  }
  return found;
}
