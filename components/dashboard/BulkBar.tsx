import { useState, type FormEvent } from 'react';
import { BatchActions } from '@/components/batch/BatchActions';
import { plural, useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import { Toast } from '@/components/ui/Notice';
import { formatNumber } from '@/lib/i18n/numbers';
import '@/components/settings/settings.css';
import './dashboard.css';
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
  const [report, setReport] = useState<{ text: string; failed: BulkResult['failed']; error?: boolean }>();
  const ids = [...selection];

  const run = async (action: () => Promise<BulkResult>, done: (count: number) => string) => {
    setBusy(true);
    try {
      const result = await action();
      setReport({ text: done(result.done.length), failed: result.failed });
    } catch (error) {
      setReport({ text: error instanceof Error ? error.message : String(error), failed: [], error: true });
    } finally {
      setBusy(false);
      await onChanged();
    }
  };
  const markReviewed = () =>
    run(
      () => send('dashboard/setStatus', { ids, status: 'reviewed' }),
      (n) => plural(t, 'dashMarkedReviewed', n),
    );
  const remove = async (event: FormEvent) => {
    event.preventDefault();
    setConfirming(false);
    await run(
      () => send('dashboard/delete', { ids, reason: reason.trim() }),
      (n) => plural(t, 'dashDeleted', n),
    );
    setReason('');
  };

  const none = ids.length === 0 || busy;
  return (
    <section aria-label={t('dashBulkActions')} className="toolbar">
      {/* Said as it changes: ticking a box or "select all" changes nothing else a screen reader reads out. */}
      <span className="toolbar__count" aria-live="polite" aria-atomic="true">
        {t('dashSelectedCount', formatNumber(ids.length, t('uiLocale')))}
      </span>
      <Button disabled={none} onClick={() => void markReviewed()}>
        {t('dashMarkReviewed')}
      </Button>
      {!confirming && (
        <Button variant="danger" disabled={none} onClick={() => setConfirming(true)}>
          {t('dashDeleteSelected')}
        </Button>
      )}
      {confirming && (
        <form aria-label={t('dashDeleteSelected')} onSubmit={(event) => void remove(event)} className="inline-form">
          <Field label={t('dashDeleteReason')}>
            <input required value={reason} onChange={(event) => setReason(event.target.value)} />
          </Field>
          <Button type="submit" variant="danger" disabled={none}>
            {plural(t, 'dashDeleteConfirm', ids.length)}
          </Button>
          <Button onClick={() => setConfirming(false)}>{t('dashCancel')}</Button>
        </form>
      )}
      <Button variant="quiet" disabled={ids.length === 0} onClick={onClear}>
        {t('dashClearSelection')}
      </Button>
      <span className="toolbar__sep" aria-hidden="true" />
      <BatchActions selection={selection} filteredIds={filteredIds} onChanged={onChanged} />
      {report && (
        <Toast
          tone={report.error ? 'error' : report.failed.length > 0 ? 'warning' : 'success'}
          onDismiss={() => setReport(undefined)}
          dismissLabel={t('dashDismiss')}
        >
          {report.text}
          {report.failed.length > 0 && (
            <ul className="report">
              {report.failed.map(({ id, error }) => (
                <li key={id}>
                  {id}: {error}
                </li>
              ))}
            </ul>
          )}
        </Toast>
      )}
    </section>
  );
}
