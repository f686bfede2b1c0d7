import { useState, type FormEvent } from 'react';
import { BatchActions } from '@/components/batch/BatchActions';
import { useT } from '@/components/i18n';
import type { BulkResult } from '@/lib/messaging/dashboard-messages';
import type { SendToBackground } from '@/lib/messaging/protocol';

export interface BulkBarProps {
  selection: ReadonlySet<string>;
  filteredIds: readonly string[];
  send: SendToBackground;
  onClear(): void;
  /** After a bulk action: the list reloads. */
  onChanged(): Promise<void>;
}

/**
 * What the researcher can do with the ticked flags: mark them reviewed,
 * delete them with a reason (each deletion is kept in the audit trail), and
 * the batch domain's export and import.
 */
export function BulkBar({ selection, filteredIds, send, onClear, onChanged }: BulkBarProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<{ text: string; failed: BulkResult['failed'] }>();
  const ids = [...selection];

  const run = async (action: () => Promise<BulkResult>, done: (count: string) => string) => {
    setBusy(true);
    try {
      const result = await action();
      setReport({ text: done(String(result.done.length)), failed: result.failed });
    } catch (error) {
      setReport({ text: error instanceof Error ? error.message : String(error), failed: [] });
    } finally {
      setBusy(false);
      await onChanged();
    }
  };
  const markReviewed = () =>
    run(
      () => send('archive/setStatus', { ids, status: 'reviewed' }),
      (n) => t('dashMarkedReviewed', n),
    );
  const remove = async (event: FormEvent) => {
    event.preventDefault();
    setConfirming(false);
    await run(
      () => send('archive/delete', { ids, reason: reason.trim() }),
      (n) => t('dashDeleted', n),
    );
    setReason('');
  };

  const none = ids.length === 0 || busy;
  return (
    <section
      aria-label={t('dashBulkActions')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}
    >
      <span>{t('dashSelectedCount', String(ids.length))}</span>
      <button type="button" disabled={none} onClick={() => void markReviewed()}>
        {t('dashMarkReviewed')}
      </button>
      {!confirming && (
        <button type="button" disabled={none} onClick={() => setConfirming(true)}>
          {t('dashDeleteSelected')}
        </button>
      )}
      {confirming && (
        <form
          aria-label={t('dashDeleteSelected')}
          onSubmit={(event) => void remove(event)}
          style={{ display: 'contents' }}
        >
          <label>
            {t('dashDeleteReason')}{' '}
            <input required value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <button type="submit" disabled={none}>
            {t('dashDeleteConfirm', String(ids.length))}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('dashCancel')}
          </button>
        </form>
      )}
      <button type="button" disabled={ids.length === 0} onClick={onClear}>
        {t('dashClearSelection')}
      </button>
      <BatchActions selection={selection} filteredIds={filteredIds} onChanged={onChanged} />
      {report && (
        <div role="status">
          {report.text}
          {report.failed.length > 0 && (
            <ul>
              {report.failed.map(({ id, error }) => (
                <li key={id}>
                  {id}: {error}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
