import { useMemo, useState } from 'react';
import { useT } from '@/components/i18n';
import type { ArchiveRow } from '@/lib/dashboard/row';
import { summarise } from '@/lib/dashboard/summary';
import { BarChart, type Measure } from './BarChart';

/**
 * Ads or specimens by trade group, Appendix, platform, country and ISO week,
 * over the rows the filters let through: the coordinator's spreadsheet.
 */
export function SummaryCharts({ rows }: { rows: readonly ArchiveRow[] }) {
  const t = useT();
  const [measure, setMeasure] = useState<Measure>('ads');
  const summary = useMemo(() => summarise(rows), [rows]);
  const none = t('dashNone');
  const text = (key: string) => key || none;
  const group = (key: string) => (key ? key.replaceAll('-', ' ') : none);
  const appendix = (key: string) => (key === 'nc' ? t('dashNotListed') : key ? t('dashAppendixLabel', key) : none);

  return (
    <section aria-label={t('dashSummary')}>
      <h2>{t('dashSummary')}</h2>
      <fieldset style={{ border: 0, padding: 0 }}>
        <legend>{t('dashMeasure')}</legend>
        {(['ads', 'specimens'] as const).map((value) => (
          <label key={value} style={{ marginRight: 12 }}>
            <input type="radio" name="measure" checked={measure === value} onChange={() => setMeasure(value)} />{' '}
            {value === 'ads' ? t('dashAds') : t('dashSpecimens')}
          </label>
        ))}
      </fieldset>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(520px, 1fr))', gap: 16 }}>
        <BarChart title={t('dashByGroup')} tallies={summary.groups} measure={measure} labelOf={group} />
        <BarChart title={t('dashByAppendix')} tallies={summary.appendices} measure={measure} labelOf={appendix} />
        <BarChart title={t('dashByPlatform')} tallies={summary.platforms} measure={measure} labelOf={text} />
        <BarChart title={t('dashByCountry')} tallies={summary.countries} measure={measure} labelOf={text} />
        <BarChart title={t('dashByWeek')} tallies={summary.weeks} measure={measure} labelOf={text} layout="columns" />
      </div>
    </section>
  );
}
