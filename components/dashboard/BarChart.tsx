import { useId } from 'react';
import { useT } from '@/components/i18n';
import type { Tally } from '@/lib/dashboard/summary';
import { formatNumber } from '@/lib/i18n/numbers';
import './charts.css';

export type Measure = 'ads' | 'specimens';

export interface BarChartProps {
  title: string;
  tallies: readonly Tally[];
  measure: Measure;
  /** How a key reads on the chart ('' is "none"). */
  labelOf(key: string): string;
  /** Rows: a bar per line with its label (categories). Columns: bars side by side over time (weeks). */
  layout?: 'rows' | 'columns';
  /** A bar's colour (CSS), where categories have their own (Appendices); else the palette's chart colour. */
  colorOf?(key: string): string | undefined;
  /** The category axis's name, written once under a column chart ("ISO week"). */
  axisLabel?: string;
}

/**
 * A bar chart in HTML and CSS: labels are text that wraps (never cut), each
 * axis is named once, and bars use the palette's colours. Screen readers get
 * the figure's title and a visually hidden table with both counts instead of the drawing.
 */
export function BarChart({ title, tallies, measure, labelOf, layout = 'rows', colorOf, axisLabel }: BarChartProps) {
  const t = useT();
  const captionId = useId();
  const locale = t('uiLocale');
  const max = Math.max(1, ...tallies.map((tally) => tally[measure]));
  const share = (value: number) => `${(value / max) * 100}%`;
  const measureName = measure === 'ads' ? t('dashAds') : t('dashSpecimens');
  // Never an empty label: a bar or row header with no name reads as nothing (axe empty-table-header).
  const label = (key: string) => labelOf(key) || t('dashNone');
  const barTitle = (tally: Tally) => `${label(tally.key)}: ${tally[measure]}`;
  const fill = (key: string) => (colorOf?.(key) ? { background: colorOf(key) } : {});

  return (
    <figure aria-labelledby={captionId} className="chart">
      <figcaption id={captionId} className="chart__title">
        {title}
      </figcaption>
      {tallies.length === 0 ? (
        <p className="muted">{t('dashNoData')}</p>
      ) : layout === 'rows' ? (
        <div className="chart__rows" aria-hidden="true">
          {tallies.map((tally) => (
            <div
              key={tally.key}
              className="chart__row"
              data-key={tally.key}
              data-value={tally[measure]}
              title={barTitle(tally)}
            >
              <span className="chart__label">{label(tally.key)}</span>
              <span className="chart__track">
                <span className="chart__bar" style={{ inlineSize: share(tally[measure]), ...fill(tally.key) }} />
              </span>
              <span className="chart__value">{formatNumber(tally[measure], locale)}</span>
            </div>
          ))}
          <p className="chart__axis-name">{measureName}</p>
        </div>
      ) : (
        <div className="chart__columns" aria-hidden="true">
          <div className="chart__plot">
            <div className="chart__scale">
              <span>{formatNumber(max, locale)}</span>
              <span>{measureName}</span>
              <span>0</span>
            </div>
            <div className="chart__cols">
              {tallies.map((tally) => (
                <span
                  key={tally.key}
                  className="chart__col"
                  data-key={tally.key}
                  data-value={tally[measure]}
                  title={barTitle(tally)}
                  style={{ blockSize: share(tally[measure]), ...fill(tally.key) }}
                />
              ))}
            </div>
          </div>
          <div className="chart__ticks">
            <span>{label(tallies[0]!.key)}</span>
            {tallies.length > 1 && <span>{label(tallies.at(-1)!.key)}</span>}
          </div>
          {axisLabel && <p className="chart__axis-name">{axisLabel}</p>}
        </div>
      )}
      {/* Hidden by its box, not its own: a table is never narrower than its content, and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashChartKey')}</th>
              <th scope="col">{t('dashAds')}</th>
              <th scope="col">{t('dashSpecimens')}</th>
            </tr>
          </thead>
          <tbody>
            {tallies.map((tally) => (
              <tr key={tally.key}>
                <th scope="row">{label(tally.key)}</th>
                <td>{tally.ads}</td>
                <td>{tally.specimens}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
