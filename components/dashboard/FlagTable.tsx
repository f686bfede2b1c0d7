import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '@/components/i18n';
import { type MessageKey } from '@/lib/i18n/translate';
import type { SortColumn, SortOrder } from '@/lib/dashboard/query';
import type { ArchiveRow } from '@/lib/dashboard/row';
import { rowWindow } from '@/lib/dashboard/virtual-window';
import { intentLabel, rowStatusLabel } from './labels';

export const ROW_HEIGHT = 32;
const OVERSCAN = 8;
/** Used until the container is measured (and in jsdom, which has no layout). */
const FALLBACK_VIEWPORT = 600;

export interface FlagTableProps {
  rows: readonly ArchiveRow[];
  sort: SortOrder;
  onSort(column: SortColumn): void;
  selection: ReadonlySet<string>;
  allChecked: boolean;
  onToggle(id: string): void;
  onToggleAll(): void;
  onOpen(id: string): void;
}

type Column = { id: SortColumn; title: MessageKey; width: number; cell(row: ArchiveRow): ReactNode };

/** Cells are page data shown as text nodes, never markup. */
function columns(t: ReturnType<typeof useT>, onOpen: (id: string) => void): Column[] {
  return [
    { id: 'captured', title: 'dashColCaptured', width: 96, cell: (row) => row.firstCapturedAt.slice(0, 10) },
    {
      id: 'title',
      title: 'dashColTitle',
      width: 260,
      cell: (row) => (
        <button type="button" className="open" onClick={() => onOpen(row.id)}>
          {row.title ?? row.url}
        </button>
      ),
    },
    { id: 'platform', title: 'dashColPlatform', width: 110, cell: (row) => row.platform },
    { id: 'country', title: 'dashColCountry', width: 64, cell: (row) => row.country },
    {
      id: 'price',
      title: 'dashColPrice',
      width: 96,
      cell: (row) => row.price && `${row.price.amount} ${row.price.currency}`,
    },
    { id: 'seller', title: 'dashColSeller', width: 120, cell: (row) => row.seller },
    { id: 'location', title: 'dashColLocation', width: 110, cell: (row) => row.location },
    { id: 'taxa', title: 'dashColTaxa', width: 180, cell: (row) => row.taxa.join(', ') },
    {
      id: 'appendix',
      title: 'dashColAppendix',
      width: 110,
      cell: (row) =>
        [row.appendices.join(', '), row.annexes.filter((a) => a !== 'none').join(', ')].filter(Boolean).join(' · '),
    },
    { id: 'intent', title: 'dashColIntent', width: 84, cell: (row) => intentLabel(t, row.intent) },
    { id: 'status', title: 'dashColStatus', width: 90, cell: (row) => rowStatusLabel(t, row) },
    { id: 'observations', title: 'dashColObservations', width: 60, cell: (row) => row.observations },
    { id: 'specimens', title: 'dashColSpecimens', width: 72, cell: (row) => row.specimens },
  ];
}

const cellStyle = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', padding: '0 6px' } as const;
const CHECK_WIDTH = 36;

/**
 * Every flag in one scrollable table that stays fast with 10,000+ rows: only
 * the rows in view (plus a few either side) are in the DOM, between two spacer
 * rows as tall as the rows they stand for. Rows have one fixed height for that.
 */
export function FlagTable({
  rows,
  sort,
  onSort,
  selection,
  allChecked,
  onToggle,
  onToggleAll,
  onOpen,
}: FlagTableProps) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  useLayoutEffect(() => {
    const measure = () => setViewport(scroller.current?.clientHeight || FALLBACK_VIEWPORT);
    measure();
    addEventListener('resize', measure);
    return () => removeEventListener('resize', measure);
  }, []);

  const cols = columns(t, onOpen);
  const shown = rowWindow({ scrollTop, viewport, rowHeight: ROW_HEIGHT, total: rows.length, overscan: OVERSCAN });
  const ariaSort = (id: SortColumn) =>
    sort.column === id ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  const spacer = (height: number) =>
    height > 0 && (
      <tr aria-hidden="true" style={{ height }}>
        <td colSpan={cols.length + 1} />
      </tr>
    );

  return (
    <div
      ref={scroller}
      role="region"
      aria-label={t('dashTableLabel')}
      tabIndex={0}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      style={{ height: '62vh', overflow: 'auto', border: '1px solid #ccc' }}
    >
      <table
        aria-rowcount={rows.length + 1}
        style={{
          tableLayout: 'fixed',
          borderCollapse: 'collapse',
          width: CHECK_WIDTH + cols.reduce((sum, col) => sum + col.width, 0),
        }}
      >
        <colgroup>
          <col style={{ width: CHECK_WIDTH }} />
          {cols.map((col) => (
            <col key={col.id} style={{ width: col.width }} />
          ))}
        </colgroup>
        <thead style={{ position: 'sticky', top: 0, background: 'Canvas', zIndex: 1 }}>
          <tr aria-rowindex={1} style={{ height: ROW_HEIGHT }}>
            <th>
              <input
                type="checkbox"
                aria-label={t('dashSelectAllFiltered')}
                checked={allChecked}
                onChange={onToggleAll}
              />
            </th>
            {cols.map((col) => (
              <th key={col.id} aria-sort={ariaSort(col.id)} style={cellStyle}>
                <button type="button" onClick={() => onSort(col.id)}>
                  {t(col.title)}
                  {sort.column === col.id && (sort.direction === 'asc' ? ' ▲' : ' ▼')}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spacer(shown.before)}
          {rows.slice(shown.start, shown.end).map((row, offset) => (
            <tr
              key={row.id}
              aria-rowindex={shown.start + offset + 2}
              aria-selected={selection.has(row.id)}
              style={{ height: ROW_HEIGHT }}
            >
              <td style={cellStyle}>
                <input
                  type="checkbox"
                  aria-label={t('dashSelectRow', row.title ?? row.url)}
                  checked={selection.has(row.id)}
                  onChange={() => onToggle(row.id)}
                />
              </td>
              {cols.map((col) => (
                <td key={col.id} style={cellStyle}>
                  {col.cell(row)}
                </td>
              ))}
            </tr>
          ))}
          {spacer(shown.after)}
        </tbody>
      </table>
    </div>
  );
}
