import { useCallback, useMemo, useState } from 'react';
import { useT } from '@/components/i18n';
import { ANY, filterChoices, filterRows, sortRows, type SortColumn, type SortOrder } from '@/lib/dashboard/query';
import { allSelected, keepExisting, toggleAllFiltered, toggleOne } from '@/lib/dashboard/selection';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { FlagSidePanel } from './FlagSidePanel';
import { FlagTable } from './FlagTable';
import { SummaryCharts } from './SummaryCharts';
import { useArchive } from './useArchive';

/**
 * The researcher's review page: every flag, filtered, sorted and selected in
 * the page (lib/dashboard/query.ts), the summary charts over the same filter,
 * bulk actions, and one flag's record in a side panel.
 */
export function Dashboard({ send }: { send: SendToBackground }) {
  const t = useT();
  const archive = useArchive(send);
  const [filter, setFilter] = useState(ANY);
  const [sort, setSort] = useState<SortOrder>({ column: 'captured', direction: 'desc' });
  const [ticked, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string>();

  const choices = useMemo(() => filterChoices(archive.rows), [archive.rows]);
  const filtered = useMemo(() => filterRows(archive.rows, filter), [archive.rows, filter]);
  const shown = useMemo(() => sortRows(filtered, sort), [filtered, sort]);
  const filteredIds = useMemo(() => shown.map((row) => row.id), [shown]);
  // Flags deleted here or elsewhere drop out of the selection as soon as the list reloads.
  const selection = useMemo(
    () =>
      keepExisting(
        ticked,
        archive.rows.map((row) => row.id),
      ),
    [ticked, archive.rows],
  );

  const onSort = (column: SortColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'asc' ? 'desc' : 'asc',
    }));
  const { reload } = archive;
  const onChanged = useCallback(() => void reload(), [reload]);

  return (
    <div style={{ font: '13px system-ui, sans-serif', padding: 12, display: 'grid', gap: 12 }}>
      <header>
        <h1 style={{ margin: 0 }}>{t('dashTitle')}</h1>
        <p role="status">
          {archive.loading ? t('dashLoading') : t('dashShowing', [String(shown.length), String(archive.rows.length)])}
        </p>
        {archive.unreadable > 0 && <p role="alert">{t('dashUnreadable', String(archive.unreadable))}</p>}
        {archive.error && <p role="alert">{archive.error}</p>}
      </header>
      <FilterBar filter={filter} choices={choices} onChange={setFilter} />
      <BulkBar
        selection={selection}
        filteredIds={filteredIds}
        send={send}
        onClear={() => setSelection(new Set())}
        onChanged={reload}
      />
      <FlagTable
        rows={shown}
        sort={sort}
        onSort={onSort}
        selection={selection}
        allChecked={allSelected(selection, filteredIds)}
        onToggle={(id) => setSelection(toggleOne(selection, id))}
        onToggleAll={() => setSelection(toggleAllFiltered(selection, filteredIds))}
        onOpen={setOpenId}
      />
      <details open>
        <summary>{t('dashSummaryToggle')}</summary>
        <SummaryCharts rows={shown} />
      </details>
      {openId && (
        <FlagSidePanel flagId={openId} send={send} onClose={() => setOpenId(undefined)} onChanged={onChanged} />
      )}
    </div>
  );
}
