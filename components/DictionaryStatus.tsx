import type { ActiveStatus } from '@/lib/active-dictionary/status';
import { useT } from '@/components/i18n';

const SOURCE_LABELS = {
  bundled: 'dictionarySourceBundled',
  'cites-checklist': 'dictionarySourceCitesChecklist',
  speciesplus: 'dictionarySourceSpeciesplus',
} as const;

/**
 * A calendar date (YYYY-MM-DD) in the UI language; UTC so it is the same day everywhere.
 * @example formatDate('2017-04-21', 'de') // '21. April 2017'
 */
function formatDate(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Which species list is active, its date and size. */
export function DictionaryStatus({ status }: { status: ActiveStatus }) {
  const t = useT();
  const locale = t('uiLocale');
  const { counts } = status;
  const number = (n: number) => n.toLocaleString(locale);
  return (
    <p data-testid="dictionary-status">
      {t('dictionaryActiveList')} <strong>{t(SOURCE_LABELS[status.source])}</strong>
      {status.fileName ? ` (${status.fileName})` : ''},{' '}
      {t('dictionaryListStats', [
        formatDate(status.listingsAsOf, locale),
        number(counts.taxa),
        number(counts.names),
        number(counts.synonyms),
        number(counts.tradeTerms),
      ])}
    </p>
  );
}
