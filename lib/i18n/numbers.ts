/** Numbers, dates and prices in the UI language, through Intl. */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

/**
 * A count or amount as the UI language writes it.
 * @example formatNumber(1200, 'de') // '1.200'
 */
export const formatNumber = (value: number, locale: string): string =>
  cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);

/**
 * A byte count in kB/MB, as the UI language writes units.
 * @example formatBytes(1_234_567, 'en') // '1.2 MB'
 */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : bytes >= 1e3 ? [bytes / 1e3, 'kilobyte'] : [bytes, 'byte'];
  return cached(
    `b:${unit}:${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }),
  ).format(value);
}

/**
 * A UTC time as a date and time in the UI language, in UTC (evidence times
 * read the same in every time zone), with the zone named.
 * @example formatUtcDateTime('2026-03-12T09:30:00.000Z', 'de') // '12.03.2026, 09:30 UTC'
 */
export function formatUtcDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(
    `dt:${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'UTC',
      }),
  )
    .format(date)
    .concat(' UTC');
}
