import { describe, expect, it } from 'vitest';
import { writtenCurrency } from '@/lib/extract/currency';
import { MAX_AMOUNT, parseAmount, parsePrice, pricesInText, structuredPrice } from '@/lib/extract/price';

describe('parsePrice', () => {
  it.each([
    ['1.234,50 €', {}, 1234.5, 'EUR'],
    ['1 250,00 €', {}, 1250, 'EUR'],
    ['1\u202f250,00\u00a0€', {}, 1250, 'EUR'],
    ['€ 1.250', {}, 1250, 'EUR'],
    ['80 €', {}, 80, 'EUR'],
    ['€ 59,-', {}, 59, 'EUR'],
    ['1.800,- € VB', {}, 1800, 'EUR'],
    ['12.500,- €', {}, 12500, 'EUR'],
    ['450 eur', {}, 450, 'EUR'],
    ['£1,234.50', {}, 1234.5, 'GBP'],
    ['£45', {}, 45, 'GBP'],
    ['£450', {}, 450, 'GBP'],
    ['12 500 ₽', {}, 12500, 'RUB'],
    ['12 000 ₽', {}, 12000, 'RUB'],
    ['180 000 ₽', {}, 180000, 'RUB'],
    ['12\u00a0500 руб.', {}, 12500, 'RUB'],
    ['27\u00a0000\u00a0₽ в месяц', {}, 27000, 'RUB'],
    ['1 299 zł', {}, 1299, 'PLN'],
    ['1.250 zł', {}, 1250, 'PLN'],
    ['450 PLN', {}, 450, 'PLN'],
    ["CHF 1'250.00", {}, 1250, 'CHF'],
    ['Fr. 80.–', {}, 80, 'CHF'],
    ['US $25.00', {}, 25, 'USD'],
    ['$25', {}, 25, 'USD'],
    ['$25', { country: 'CA' }, 25, 'CAD'],
    ['$250.00', { lang: 'en-ca' }, 250, 'CAD'],
    ['$1,200', { country: 'AU' }, 1200, 'AUD'],
    ['C $40', {}, 40, 'CAD'],
    ['2 500 kr', { country: 'SE' }, 2500, 'SEK'],
    ['2 500 kr', { lang: 'sv' }, 2500, 'SEK'],
    ['350 kr.', { country: 'DK' }, 350, 'DKK'],
    ['1 200 kr', { country: 'NO' }, 1200, 'NOK'],
    ['450:-', { country: 'SE' }, 450, 'SEK'],
    ['1 200 SEK', {}, 1200, 'SEK'],
    ['2 500 Kč', {}, 2500, 'CZK'],
    ['15 000 Ft', {}, 15000, 'HUF'],
    ['800 грн.', {}, 800, 'UAH'],
    ['350 € Verhandlungsbasis', { country: 'DE' }, 350, 'EUR'],
    ['-20 % 80 €', {}, 80, 'EUR'],
  ])('reads %j (%j) as %d %s', (text, hints, amount, currency) => {
    expect(parsePrice(text, hints)).toEqual({ amount, currency });
  });

  it.each([
    ['59', { country: 'NL' }, 59, 'EUR'],
    ['0.01', { country: 'US' }, 0.01, 'USD'],
    ['Zu verschenken', { country: 'DE' }, 0, 'EUR'],
    ['Gratis', { country: 'NL' }, 0, 'EUR'],
  ])('infers the currency of %j from the domain (%j), and says so', (text, hints, amount, currency) => {
    expect(parsePrice(text, hints)).toEqual({ amount, currency, currencyInferred: true });
  });

  it.each([
    ['Bieden', { country: 'NL' }],
    ['Preis auf Anfrage', {}],
    ['350 kr', {}],
    ['2 500 kr', { country: 'DE' }],
    ['VB', { country: 'DE' }],
    ['', { country: 'DE' }],
    ['59', {}],
    ['Free shipping', { country: 'GB' }],
    ['-5 €', {}],
    ['−5 €', {}],
    ['-1e309', { country: 'DE' }],
    ['1e309 €', { country: 'DE' }],
    ['2e3 €', {}],
    [`${MAX_AMOUNT * 10} €`, {}],
  ])('gives no price for %j (%j): nothing is made up', (text, hints) => {
    expect(parsePrice(text, hints)).toBeUndefined();
  });
});

describe('parseAmount', () => {
  it.each([
    ['1.234.567,89', 1234567.89],
    ['1,234,567.89', 1234567.89],
    ['1234.5', 1234.5],
    ['12,50', 12.5],
    ['1.234', 1234],
    ['1,234', 1234],
    ['abc', undefined],
    ['-3', undefined],
    ['1e5', undefined],
    ['Infinity', undefined],
  ])('reads %j as %s', (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });
});

describe('writtenCurrency', () => {
  it('does not take an English word for a currency code, and writes none for a bare number', () => {
    expect(writtenCurrency('try 40', { country: 'DE' })).toBeUndefined();
    expect(writtenCurrency('40', { country: 'DE' })).toBeUndefined();
  });
});

describe('structuredPrice', () => {
  it.each([
    ['59', 'EUR', { amount: 59, currency: 'EUR' }],
    [10000, 'RUB', { amount: 10000, currency: 'RUB' }],
    ['1234.50', 'usd', { amount: 1234.5, currency: 'USD' }],
    ['€ 12,50', undefined, { amount: 12.5, currency: 'EUR' }],
    ['12', '€', { amount: 12, currency: 'EUR' }],
    ['12', undefined, { amount: 12, currency: 'EUR', currencyInferred: true }],
    ['12', '€€€', { amount: 12, currency: 'EUR' }],
    ['12', 'XX1', { amount: 12, currency: 'EUR', currencyInferred: true }],
    [-5, 'EUR', undefined],
    [Number.NEGATIVE_INFINITY, 'EUR', undefined],
    [Number.NaN, 'EUR', undefined],
    [Number.POSITIVE_INFINITY, 'EUR', undefined],
    ['-1e309', '€€', undefined],
    [2e9, 'EUR', undefined],
    [{ value: 5 }, 'EUR', undefined],
  ])('reads %j %j on a .de page', (amount, currency, expected) => {
    expect(structuredPrice(amount, currency, { country: 'DE' })).toEqual(expected);
  });

  it('infers nothing where the domain names no country', () => {
    expect(structuredPrice('12', undefined, {})).toBeUndefined();
  });
});

describe('pricesInText', () => {
  it('finds the amounts a currency touches in a caption, never a bare number or a negative one', () => {
    const found = pricesInText('2 cages, 180€ à débattre. Ou 1.800,- € VB, -50 € de remise, 3 ans.');
    expect(found.map((mention) => [mention.price.amount, mention.text])).toEqual([
      [180, '180€'],
      [1800, '1.800,- €'],
    ]);
  });
});
