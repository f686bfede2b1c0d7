import { useLayoutEffect, useRef, useState, type FocusEvent, type MouseEvent } from 'react';
import { useT } from '@/components/i18n';
import type { SortColumn, SortOrder } from '@/lib/dashboard/query';
import type { ArchiveRow } from '@/lib/dashboard/row';
import { rowWindow } from '@/lib/dashboard/virtual-window';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { columns } from './flag-columns';
import { sortedLabel } from './labels';
import { RowThumbnail } from './RowThumbnail';
import '@/components/ui/Table.css';
import './dashboard.css';

export const ROW_HEIGHT = 48;
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
  /** Opens a flag in the side panel (a plain click on its title; other clicks open the record page). */
  onOpen(id: string): void;
  /** Loads thumbnails; without it the evidence column shows none. */
  send?: SendToBackground;
}

const CHECK_WIDTH = 44;
const THUMB_WIDTH = 84;

/**
 * The rows to render, in order: the window's, and the row holding keyboard focus wherever it is, so scrolling it out
 * of view (PageDown, the wheel) does not take it out of the page and drop focus on the body (WCAG 2.4.3).
 */
export function renderedRows(start: number, end: number, focused: number): number[] {
  const indices = Array.from({ length: end - start }, (_, offset) => start + offset);
  if (focused < 0 || (focused >= start && focused < end)) return indices;
  return focused < start ? [focused, ...indices] : [...indices, focused];
}

/**
 * Every flag in one scrollable table that stays fast with 10,000+ rows: only
 * the rows in view (plus a few either side, and the row holding focus) are in
 * the DOM, between spacer rows as tall as the rows they stand for. Rows have
 * one fixed height for that. The header stays on top while the rows scroll.
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
  send,
}: FlagTableProps) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [focusedId, setFocusedId] = useState<string>();
  // The box is as tall as its rows, up to 70vh: measured again when their number changes (none while the flags load),
  // or the window shows rows it never rendered, and Tab leaves the table at the last rendered one.
  useLayoutEffect(() => {
    const measure = () => setViewport(scroller.current?.clientHeight || FALLBACK_VIEWPORT);
    measure();
    addEventListener('resize', measure);
    return () => removeEventListener('resize', measure);
  }, [rows.length]);

  // A plain click opens the side panel; a click meant for a new tab keeps the link's own behaviour.
  const open = (id: string, event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(id);
  };
  const cols = columns(t, open);
  const shown = rowWindow({ scrollTop, viewport, rowHeight: ROW_HEIGHT, total: rows.length, overscan: OVERSCAN });
  const ariaSort = (id: SortColumn) =>
    sort.column === id ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  const spacer = (rowsSkipped: number, key: string) =>
    rowsSkipped > 0 && (
      <tr key={key} aria-hidden="true" style={{ height: rowsSkipped * ROW_HEIGHT }}>
        <td colSpan={cols.length + 2} />
      </tr>
    );
  const focusedIndex = focusedId === undefined ? -1 : rows.findIndex((row) => row.id === focusedId);
  const rendered = renderedRows(shown.start, shown.end, focusedIndex);
  const onFocus = (event: FocusEvent) =>
    setFocusedId((event.target as Element).closest<HTMLElement>('tr[data-id]')?.dataset.id);
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedId(undefined);
  };

  const sortedBy = cols.find((col) => col.id === sort.column);

  return (
    <div
      ref={scroller}
      role="region"
      aria-label={t('dashTableLabel')}
      tabIndex={0}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      className="flag-table"
    >
      {/* A header's aria-sort is read only when focus reaches it: the new order is said as it happens. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {sortedBy && sortedLabel(t, t(sortedBy.title), sort)}
      </p>
      <table
        aria-rowcount={rows.length + 1}
        className="table"
        style={{ inlineSize: CHECK_WIDTH + THUMB_WIDTH + cols.reduce((sum, col) => sum + col.width, 0) }}
      >
        <colgroup>
          <col style={{ width: CHECK_WIDTH }} />
          <col style={{ width: THUMB_WIDTH }} />
          {cols.map((col) => (
            <col key={col.id} style={{ width: col.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('dashSelectAllFiltered')}
                checked={allChecked}
                onChange={onToggleAll}
              />
            </th>
            <th scope="col">{t('dashColEvidence')}</th>
            {cols.map((col) => (
              <th key={col.id} scope="col" aria-sort={ariaSort(col.id)} className={col.className}>
                <button type="button" className="sort" onClick={() => onSort(col.id)}>
                  <span className="cell-line">{t(col.title)}</span>
                  <span aria-hidden="true" className="sort__arrow">
                    {sort.column === col.id ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onFocus={onFocus} onBlur={onBlur}>
          {rendered.flatMap((index, at) => {
            const row = rows[index]!;
            return [
              spacer(index - (at === 0 ? 0 : rendered[at - 1]! + 1), `gap-${index}`),
              <tr
                key={row.id}
                data-id={row.id}
                aria-rowindex={index + 2}
                aria-selected={selection.has(row.id)}
                style={{ height: ROW_HEIGHT }}
              >
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('dashSelectRow', row.title ?? row.url)}
                    checked={selection.has(row.id)}
                    onChange={() => onToggle(row.id)}
                  />
                </td>
                <td className="thumb-cell">{send && <RowThumbnail sha256={row.screenshot} send={send} />}</td>
                {cols.map((col) => (
                  <td key={col.id} className={col.className}>
                    {col.cell(row)}
                  </td>
                ))}
              </tr>,
            ];
          })}
          {spacer(rows.length - (rendered.length ? rendered.at(-1)! + 1 : 0), 'gap-end')}
        </tbody>
      </table>
    </div>
  );
}
