import { useId } from 'react';
import { useT } from '@/components/i18n';
import type { Tally } from '@/lib/dashboard/summary';
import { visuallyHidden } from './labels';

export type Measure = 'ads' | 'specimens';

export interface BarChartProps {
  title: string;
  tallies: readonly Tally[];
  measure: Measure;
  /** How a key reads on the chart ('' is "none"). */
  labelOf(key: string): string;
  /** Rows: a bar per line with its label (categories). Columns: bars side by side (weeks). */
  layout?: 'rows' | 'columns';
}

const BAR = 18;
const GAP = 4;
const LABEL = 150;
const PLOT = 320;
const COLUMN_PLOT = 140;

/**
 * A plain SVG bar chart. Screen readers get the figure's title and a visually
 * hidden table with both counts; each bar also names its value in a <title>.
 */
export function BarChart({ title, tallies, measure, labelOf, layout = 'rows' }: BarChartProps) {
  const t = useT();
  const captionId = useId();
  const max = Math.max(1, ...tallies.map((tally) => tally[measure]));
  const scale = (value: number, length: number) => (value / max) * length;
  const barTitle = (tally: Tally) => `${labelOf(tally.key)}: ${tally[measure]}`;
  const rows = layout === 'rows';
  const width = rows ? LABEL + PLOT + 48 : Math.max(200, tallies.length * (BAR + GAP));
  const height = rows ? Math.max(BAR, tallies.length * (BAR + GAP)) : COLUMN_PLOT + 16;

  return (
    <figure aria-labelledby={captionId} style={{ margin: 0, position: 'relative' }}>
      <figcaption id={captionId} style={{ fontWeight: 600 }}>
        {title}
      </figcaption>
      {tallies.length === 0 && <p>{t('dashNoData')}</p>}
      <svg
        role="img"
        aria-labelledby={captionId}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ maxWidth: '100%', overflow: 'visible' }}
      >
        {tallies.map((tally, index) => {
          const value = tally[measure];
          const offset = index * (BAR + GAP);
          return (
            <g key={tally.key} data-key={tally.key}>
              <title>{barTitle(tally)}</title>
              {rows ? (
                <>
                  <text x={LABEL - 6} y={offset + BAR - 5} textAnchor="end" fontSize={12}>
                    {labelOf(tally.key)}
                  </text>
                  <rect
                    x={LABEL}
                    y={offset}
                    width={scale(value, PLOT)}
                    height={BAR}
                    fill="#3b6ea5"
                    data-value={value}
                  />
                  <text x={LABEL + scale(value, PLOT) + 4} y={offset + BAR - 5} fontSize={12}>
                    {value}
                  </text>
                </>
              ) : (
                <rect
                  x={offset}
                  y={COLUMN_PLOT - scale(value, COLUMN_PLOT)}
                  width={BAR}
                  height={scale(value, COLUMN_PLOT)}
                  fill="#3b6ea5"
                  data-value={value}
                />
              )}
            </g>
          );
        })}
        {!rows && tallies.length > 0 && (
          <>
            <text x={0} y={COLUMN_PLOT + 14} fontSize={11}>
              {labelOf(tallies[0]!.key)}
            </text>
            <text x={width} y={COLUMN_PLOT + 14} fontSize={11} textAnchor="end">
              {labelOf(tallies.at(-1)!.key)}
            </text>
          </>
        )}
      </svg>
      <table style={visuallyHidden}>
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
              <th scope="row">{labelOf(tally.key)}</th>
              <td>{tally.ads}</td>
              <td>{tally.specimens}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
