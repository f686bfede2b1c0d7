/** Which currency a price text names, and which one a country's marketplaces use. */

/** ISO 4217 codes written out in the price ("1 200 SEK"); upper case only, so "try" stays a word. */
const ISO_CODE =
  /(?<![A-Za-z])(USD|CAD|AUD|NZD|BRL|EUR|GBP|RUB|PLN|CHF|CZK|HUF|UAH|KZT|RON|BGN|TRY|INR|SEK|NOK|DKK|ISK|JPY|CNY|ZAR|MXN|SGD|HKD|BYN)(?![A-Za-z])/;
/** The codes people also type in lower case ("450 eur", "80 pln"): none of them is a word. */
const LOWER_CODE = /(?<![\p{L}])(eur|pln|rub|usd|gbp|chf|sek|nok|dkk|czk|huf|uah)(?![\p{L}])/iu;

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
  [/zł|(?<![\p{L}])złotych(?![\p{L}])/iu, 'PLN'],
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

/** Signs several countries share: read with the country of the domain, or the page's language. */
const DOLLAR = /\$/;
const YEN = /¥/;
/** "kr", "kr." and the Swedish "450:-". */
const KRONA = /(?<![\p{L}])kr\.?(?![\p{L}])|\d:-/iu;

/** The currency of a country's marketplaces. */
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
  LI: 'CHF',
  PL: 'PLN',
  RU: 'RUB',
  BY: 'BYN',
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
  ...Object.fromEntries(
    [
      'DE',
      'AT',
      'FR',
      'NL',
      'BE',
      'IT',
      'ES',
      'PT',
      'IE',
      'FI',
      'GR',
      'LU',
      'SK',
      'SI',
      'EE',
      'LV',
      'LT',
      'HR',
      'MT',
      'CY',
    ].map((code) => [code, 'EUR']),
  ),
};

const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'SGD', 'HKD']);
const KRONA_CURRENCIES = new Set(['SEK', 'NOK', 'DKK', 'ISK']);
/** Languages that tell the krona apart when the domain does not (a .com page in Swedish). */
const KRONA_BY_LANG: Readonly<Record<string, string>> = {
  sv: 'SEK',
  da: 'DKK',
  nb: 'NOK',
  nn: 'NOK',
  no: 'NOK',
  is: 'ISK',
};

/** What is known about the page besides the price text. */
export interface PriceHints {
  /** ISO 3166-1 alpha-2 country of the domain. */
  country?: string;
  /** The page's language (`<html lang>`), e.g. "sv-SE". */
  lang?: string;
}

/**
 * The currency of a country's marketplaces.
 * @example countryCurrency('PL') // 'PLN'
 */
export function countryCurrency(country: string | undefined): string | undefined {
  return country && Object.hasOwn(COUNTRY_CURRENCY, country) ? COUNTRY_CURRENCY[country] : undefined;
}

/**
 * The ISO 4217 currency the text writes, or undefined when it writes none. Shared signs ("$",
 * "kr", "¥") are read with the domain's country, then the page's language.
 * @example writtenCurrency('12 500 руб.') // 'RUB'
 * @example writtenCurrency('2 500 kr', { lang: 'sv' }) // 'SEK'
 */
export function writtenCurrency(text: string, hints: PriceHints = {}): string | undefined {
  const sample = text.slice(0, 200);
  const written =
    ISO_CODE.exec(sample)?.[1] ??
    LOWER_CODE.exec(sample)?.[1]?.toUpperCase() ??
    CURRENCY_SIGNS.find(([sign]) => sign.test(sample))?.[1];
  if (written) return written;
  const local = countryCurrency(hints.country);
  if (DOLLAR.test(sample)) {
    // Without a country domain, "en-CA" or "fr-CA" tells the dollar.
    const region = countryCurrency((hints.lang ?? '').split('-')[1]?.toUpperCase());
    const dollar = [local, region].find((code) => code && DOLLAR_CURRENCIES.has(code));
    return dollar ?? 'USD';
  }
  if (YEN.test(sample)) return local === 'CNY' ? 'CNY' : 'JPY';
  if (KRONA.test(sample)) {
    if (local && KRONA_CURRENCIES.has(local)) return local;
    return KRONA_BY_LANG[(hints.lang ?? '').toLowerCase().split('-')[0]];
  }
  return undefined;
}

/**
 * Whether the text holds a currency sign, code or word at all (even one that needs a country to read).
 * @example namesCurrency('80 €') // true
 */
export function namesCurrency(text: string): boolean {
  const sample = text.slice(0, 200);
  return (
    ISO_CODE.test(sample) ||
    LOWER_CODE.test(sample) ||
    CURRENCY_SIGNS.some(([sign]) => sign.test(sample)) ||
    DOLLAR.test(sample) ||
    YEN.test(sample) ||
    KRONA.test(sample)
  );
}
