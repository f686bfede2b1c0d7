import type { MouseEvent, ReactNode } from 'react';
import { appendixCategory } from '@/components/dictionary-labels';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import { Price } from '@/components/Price';
import { Tag } from '@/components/ui/Tag';
import type { SortColumn } from '@/lib/dashboard/query';
import type { ArchiveRow } from '@/lib/dashboard/row';
import { formatDay } from '@/lib/flags/format';
import { countryName } from '@/lib/i18n/names';
import { intentLabel, rowStatusLabel } from './labels';
import { shownText } from '@/lib/files/shown-text';

export type Column = {
  id: SortColumn;
  title: MessageKey;
  width: number;
  className?: string;
  cell(row: ArchiveRow): ReactNode;
};

/**
 * A cell's text on one line, cut with an ellipsis; the full text is in the title for a pointer. Hidden and
 * reordering characters are written out (page text: a seller's RLO must not turn the row around).
 */
const line = (text: string | undefined, className?: string) =>
  text ? (
    <span className={className ? `cell-line ${className}` : 'cell-line'} title={shownText(text)}>
      {shownText(text)}
    </span>
  ) : (
    <span className="muted">—</span>
  );

/** The flag table's columns, in order, with their widths. Cells are page data shown as text nodes, never markup. */
export function columns(t: Translate, onOpen: (id: string, event: MouseEvent) => void): Column[] {
  const locale = t('uiLocale');
  return [
    {
      id: 'captured',
      title: 'dashColCaptured',
      width: 112,
      cell: (row) => line(formatDay(row.firstCapturedAt, locale)),
    },
    {
      id: 'title',
      title: 'dashColTitle',
      width: 280,
      cell: (row) => (
        <a
          href={`/record.html?id=${row.id}`}
          className="cell-line cell-link"
          title={shownText(row.title ?? row.url)}
          onClick={(event) => onOpen(row.id, event)}
        >
          {shownText(row.title ?? row.url)}
        </a>
      ),
    },
    { id: 'platform', title: 'dashColPlatform', width: 120, cell: (row) => line(row.platform) },
    {
      id: 'country',
      title: 'dashColCountry',
      width: 120,
      cell: (row) => line(row.country && countryName(row.country, locale)),
    },
    {
      id: 'price',
      title: 'dashColPrice',
      width: 170,
      className: 'num',
      cell: (row) => (
        <span className="cell-line">
          <Price price={row.price} />
        </span>
      ),
    },
    { id: 'seller', title: 'dashColSeller', width: 130, cell: (row) => line(row.seller) },
    { id: 'location', title: 'dashColLocation', width: 120, cell: (row) => line(row.location) },
    { id: 'taxa', title: 'dashColTaxa', width: 190, cell: (row) => line(row.taxa.join(', '), 'scientific') },
    {
      id: 'appendix',
      title: 'dashColAppendix',
      width: 130,
      cell: (row) => (
        <span className="cell-line cell-tags">
          {row.appendices.map((appendix) => (
            <Tag key={appendix} category={appendixCategory(appendix)}>
              {appendix === 'nc' ? t('dashNotListed') : appendix}
            </Tag>
          ))}
          {row.annexes
            .filter((annex) => annex !== 'none')
            .map((annex) => (
              <Tag key={`eu-${annex}`}>{t('dashEuAnnexTag', annex)}</Tag>
            ))}
        </span>
      ),
    },
    { id: 'intent', title: 'dashColIntent', width: 96, cell: (row) => line(intentLabel(t, row.intent)) },
    {
      id: 'status',
      title: 'dashColStatus',
      width: 136,
      cell: (row) => <Tag className={`status status--${row.status}`}>{rowStatusLabel(t, row)}</Tag>,
    },
    { id: 'observations', title: 'dashColObservations', width: 72, className: 'num', cell: (row) => row.observations },
    { id: 'specimens', title: 'dashColSpecimens', width: 96, className: 'num', cell: (row) => row.specimens },
  ];
}
