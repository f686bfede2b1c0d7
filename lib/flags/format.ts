import type { Translate } from '@/lib/i18n/translate';
import type { Flag } from '@/lib/records/flag';
import { isolatedText } from '@/lib/files/shown-text';

/**
 * A UTC timestamp as a day in the UI language; UTC so a day reads the same in every time zone.
 * @example formatDay('2026-03-12T09:30:00.000Z', 'fr') // '12 mars 2026'
 */
export function formatDay(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

/**
 * A price in the UI language; a currency code Intl does not accept is written after the number.
 * @example formatPrice({ amount: 1200, currency: 'EUR' }, 'de') // '1.200,00 €'
 */
export function formatPrice({ amount, currency }: { amount: number; currency: string }, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale).format(amount)} ${currency}`;
  }
}

/**
 * The "already flagged" line of the popup and the badge title, in the language of `t`.
 * @example flaggedLine(flag, englishT) // 'Flagged on 12 Mar 2026 by anna.k'
 */
export function flaggedLine(flag: Flag, t: Translate): string {
  const first = flag.observations[0]!;
  const day = formatDay(first.capturedAt, t('uiLocale'));
  const researcher = isolatedText(first.capturedBy.researcherId.trim());
  const line = researcher ? t('flagFlaggedOnBy', [day, researcher]) : t('flagFlaggedOnByUnnamed', day);
  const count = flag.observations.length;
  return count > 1 ? `${line} ${t('flagObservationCount', String(count))}` : line;
}
