/**
 * Euro foreign exchange reference rates of the European Central Bank: units
 * of each currency per 1 euro, as the ECB published them for one day. The
 * dashboard compares prices in euros through this table; it is data, dated,
 * and never fetched (Spoor makes no network request). Where the figures come
 * from and how to update them: docs/EXCHANGE-RATES.md.
 *
 * The ECB has published no rouble rate since 1 March 2022; Croatia's kuna
 * became the euro on 1 January 2023. Prices in currencies missing here are
 * shown as written, without a euro equivalent.
 */
export const ECB_RATES = {
  /** The reference day (ECB publication around 16:00 CET). */
  date: '2025-10-09',
  source: 'European Central Bank, euro foreign exchange reference rates (eurofxref-daily)',
  perEuro: {
    AUD: 1.76,
    BGN: 1.9558,
    BRL: 6.1877,
    CAD: 1.6198,
    CHF: 0.9309,
    CNY: 8.2698,
    CZK: 24.326,
    DKK: 7.4668,
    GBP: 0.8683,
    HKD: 9.0334,
    HUF: 390.98,
    IDR: 19227.64,
    ILS: 3.7684,
    INR: 103.1025,
    ISK: 141.8,
    JPY: 177.4,
    KRW: 1647.8,
    MXN: 21.2683,
    MYR: 4.8952,
    NOK: 11.624,
    NZD: 2.0097,
    PHP: 67.553,
    PLN: 4.2548,
    RON: 5.0945,
    SEK: 10.987,
    SGD: 1.5048,
    THB: 37.817,
    TRY: 48.4464,
    USD: 1.1611,
    ZAR: 19.8575,
  },
} as const;
