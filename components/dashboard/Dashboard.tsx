import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBatchEnv } from '@/components/batch/BatchEnvContext';
import { plural, useT } from '@/components/i18n';
import { Brand } from '@/components/popup/Brand';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { Notice } from '@/components/ui/Notice';
import { ANY, filterChoices, filterRows, sortRows, type SortColumn, type SortOrder } from '@/lib/dashboard/query';
import { allSelected, keepExisting, toggleAllFiltered, toggleOne } from '@/lib/dashboard/selection';
import { batchLabel } from '@/lib/batch-format/label';
import { formatNumber } from '@/lib/i18n/numbers';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { FlagSidePanel } from './FlagSidePanel';
import { FlagTable } from './FlagTable';
import { SummaryCharts } from './SummaryCharts';
import { useArchive } from './useArchive';
import './dashboard.css';

/**
 * Batch ids → labels, from the batches this Spoor knows (for the batch filter); ids stand for themselves until loaded.
 */
function useBatchNames(): (id: string) => string {
  const env = useBatchEnv(undefined);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    env
      ?.send('batch/list', {})
      .then(({ batches }) => setNames(new Map(batches.map((record) => [record.id, batchLabel(record)]))))
      .catch(() => undefined);
  }, [env]);
  return useCallback((id: string) => names.get(id) ?? id, [names]);
}

/**
 * The researcher's review page: every flag, filtered, sorted and selected in
 * the page (lib/dashboard/query.ts), the summary charts over the same filter,
 * bulk actions, and one flag's record in a side panel beside the table.
 */
export function Dashboard({ send }: { send: SendToBackground }) {
  const t = useT();
  const locale = t('uiLocale');
  const archive = useArchive(send);
  const batchName = useBatchNames();
  const [filter, setFilter] = useState(ANY);
  const [sort, setSort] = useState<SortOrder>({ column: 'captured', direction: 'desc' });
  const [ticked, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string>();
  // Where focus goes back to when the side panel closes: the title that opened it.
  const opener = useRef<HTMLElement | null>(null);

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
  const open = (id: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpenId(id);
  };
  const close = () => {
    setOpenId(undefined);
    opener.current?.focus();
  };
  const empty = !archive.loading && archive.rows.length === 0;

  return (
    <div className="dash">
      <header className="dash__header">
        <Brand />
        <h1>{t('dashHeading')}</h1>
        <p role="status" className="dash__count">
          {archive.loading
            ? t('dashLoading')
            : plural(t, 'dashShowing', archive.rows.length, [
                formatNumber(shown.length, locale),
                formatNumber(archive.rows.length, locale),
              ])}
        </p>
        <nav aria-label={t('popupNavLabel')}>
          <a href="/options.html">{t('popupSettings')}</a>
        </nav>
      </header>
      <main className="dash__main">
        {archive.unreadable > 0 && <Notice tone="error">{plural(t, 'dashUnreadable', archive.unreadable)}</Notice>}
        {archive.error && <Notice tone="error">{archive.error}</Notice>}
        {!empty && <FilterBar filter={filter} choices={choices} onChange={setFilter} batchName={batchName} />}
        <BulkBar
          selection={selection}
          filteredIds={filteredIds}
          send={send}
          onClear={() => setSelection(new Set())}
          onChanged={reload}
        />
        {empty ? (
          <EmptyState title={t('dashEmptyTitle')}>{t('dashEmptyText')}</EmptyState>
        ) : (
          <>
            <FlagTable
              rows={shown}
              sort={sort}
              onSort={onSort}
              selection={selection}
              allChecked={allSelected(selection, filteredIds)}
              onToggle={(id) => setSelection(toggleOne(selection, id))}
              onToggleAll={() => setSelection(toggleAllFiltered(selection, filteredIds))}
              onOpen={open}
              send={send}
            />
            {!archive.loading && shown.length === 0 && (
              <EmptyState
                title={t('dashNoMatchTitle')}
                action={<Button onClick={() => setFilter(ANY)}>{t('dashClearFilters')}</Button>}
              >
                {t('dashNoMatchText')}
              </EmptyState>
            )}
            <SummaryCharts rows={shown} />
          </>
        )}
      </main>
      {openId && <FlagSidePanel flagId={openId} send={send} onClose={close} onChanged={onChanged} />}
    </div>
  );
}
