import { useMemo, useState } from 'react';
import { useT } from '@/components/i18n';
import { GROUP_LABELS } from '@/components/settings/custom-term-labels';
import { Check } from '@/components/ui/Field';
import type { ArchiveRow } from '@/lib/dashboard/row';
import { summarise } from '@/lib/dashboard/summary';
import { categoryOf } from '@/lib/matching/entries';
import type { Appendix, TradeGroup } from '@/lib/dictionary/schema';
import { countryName } from '@/lib/i18n/names';
import { BarChart, type Measure } from './BarChart';
import './dashboard.css';

/**
 * Ads or specimens by trade group, Appendix, platform, country and ISO week,
 * over the rows the filters let through: the coordinator's spreadsheet, with
 * groups and countries named in the UI language.
 */
export function SummaryCharts({ rows }: { rows: readonly ArchiveRow[] }) {
  const t = useT();
  const locale = t('uiLocale');
  const [measure, setMeasure] = useState<Measure>('ads');
  const summary = useMemo(() => summarise(rows), [rows]);
  const none = t('dashNone');
  const text = (key: string) => key || none;
  const group = (key: string) => (key in GROUP_LABELS ? t(GROUP_LABELS[key as TradeGroup]) : key || none);
  const country = (key: string) => (key ? countryName(key, locale) : none);
  const appendix = (key: string) => (key === 'nc' ? t('dashNotListed') : key ? t('dashAppendixLabel', key) : none);
  const appendixColour = (key: string) => (key ? `var(--cat-${categoryOf(key as Appendix)})` : undefined);

  return (
    <section aria-labelledby="summary-title" className="stack">
      <div className="cluster">
        <h2 id="summary-title">{t('dashSummary')}</h2>
        <fieldset className="cluster">
          <legend className="visually-hidden">{t('dashMeasure')}</legend>
          {(['ads', 'specimens'] as const).map((value) => (
            <Check
              key={value}
              type="radio"
              name="measure"
              checked={measure === value}
              onChange={() => setMeasure(value)}
            >
              {value === 'ads' ? t('dashAds') : t('dashSpecimens')}
            </Check>
          ))}
        </fieldset>
      </div>
      <div className="charts">
        <BarChart title={t('dashByGroup')} tallies={summary.groups} measure={measure} labelOf={group} />
        <BarChart
          title={t('dashByAppendix')}
          tallies={summary.appendices}
          measure={measure}
          labelOf={appendix}
          colorOf={appendixColour}
        />
        <BarChart title={t('dashByPlatform')} tallies={summary.platforms} measure={measure} labelOf={text} />
        <BarChart title={t('dashByCountry')} tallies={summary.countries} measure={measure} labelOf={country} />
        <BarChart
          title={t('dashByWeek')}
          tallies={summary.weeks}
          measure={measure}
          labelOf={text}
          layout="columns"
          axisLabel={t('dashWeekAxis')}
        />
      </div>
    </section>
  );
}
