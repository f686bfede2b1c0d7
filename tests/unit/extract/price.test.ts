import { describe, expect, it } from 'vitest';
import { currencyOf, parseAmount, parsePrice, structuredPrice } from '@/lib/extract/price';

describe('parsePrice', () => {
  it.each([
    ['1.234,50 €', undefined, 1234.5, 'EUR'],
    ['€ 59,-', undefined, 59, 'EUR'],
    ['12.500,- €', undefined, 12500, 'EUR'],
    ['£1,234.50', undefined, 1234.5, 'GBP'],
    ['12 500 ₽', undefined, 12500, 'RUB'],
    ['12\u00a0500 руб.', undefined, 12500, 'RUB'],
    ['27\u00a0000\u00a0₽ в месяц', undefined, 27000, 'RUB'],
    ['1 299 zł', undefined, 1299, 'PLN'],
    ['450 PLN', undefined, 450, 'PLN'],
    ["CHF 1'250.00", undefined, 1250, 'CHF'],
    ['Fr. 80.–', undefined, 80, 'CHF'],
    ['US $25.00', undefined, 25, 'USD'],
    ['$25', undefined, 25, 'USD'],
    ['$25', 'CA', 25, 'CAD'],
    ['$1,200', 'AU', 1200, 'AUD'],
    ['C $40', undefined, 40, 'CAD'],
    ['350 kr', 'SE', 350, 'SEK'],
    ['350 kr.', 'DK', 350, 'DKK'],
    ['1 200 kr', 'NO', 1200, 'NOK'],
    ['1 200 SEK', undefined, 1200, 'SEK'],
    ['2 500 Kč', undefined, 2500, 'CZK'],
    ['15 000 Ft', undefined, 15000, 'HUF'],
    ['800 грн.', undefined, 800, 'UAH'],
    ['1.200 € VB', undefined, 1200, 'EUR'],
    ['350 € Verhandlungsbasis', 'DE', 350, 'EUR'],
    ['Zu verschenken', 'DE', 0, 'EUR'],
    ['Gratis', 'NL', 0, 'EUR'],
    ['59', 'NL', 59, 'EUR'],
    ['0.01', 'US', 0.01, 'USD'],
  ])('reads %j (country %s) as %d %s', (text, country, amount, currency) => {
    expect(parsePrice(text, country)).toEqual({ amount, currency });
  });

  it.each([
    ['Bieden', 'NL'],
    ['Preis auf Anfrage', undefined],
    ['350 kr', undefined],
    ['VB', 'DE'],
    ['', 'DE'],
  ])('gives no price for %j (country %s)', (text, country) => {
    expect(parsePrice(text, country)).toBeUndefined();
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
  ])('reads %j as %s', (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });
});

describe('currencyOf', () => {
  it('does not take an English word for a currency code', () => {
    expect(currencyOf('try 40', 'DE')).toBe('EUR');
  });
});

describe('structuredPrice', () => {
  it.each([
    ['59', 'EUR', { amount: 59, currency: 'EUR' }],
    [10000, 'RUB', { amount: 10000, currency: 'RUB' }],
    ['1234.50', 'usd', { amount: 1234.5, currency: 'USD' }],
    ['€ 12,50', undefined, { amount: 12.5, currency: 'EUR' }],
    [-5, 'EUR', undefined],
    [{ value: 5 }, 'EUR', undefined],
    ['12', undefined, undefined],
  ])('reads %j %j', (amount, currency, expected) => {
    expect(structuredPrice(amount, currency)).toEqual(expected);
  });
});
