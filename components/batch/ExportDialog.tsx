import { useCallback, useEffect, useState } from 'react';
import { useT } from '@/components/i18n';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { batchLabel } from '@/lib/export/files';
import type { BatchEnv } from '@/lib/browser/batch-env';
import type { ExportFormat } from '@/lib/records/batch';
import { exportEnvOf, NoticeLine, reasonOf, type Notice } from './env';

export interface ExportDialogProps {
  env: BatchEnv;
  selection: readonly string[];
  filteredIds: readonly string[];
  /** After a batch was saved: its flags are now marked exported. */
  onChanged(): void;
}

type Scope = 'pending' | 'selected' | 'filtered';
const FORMATS: ExportFormat[] = ['zip', 'json', 'csv'];
const FORMAT_TEXT = { zip: 'batchFormatZip', json: 'batchFormatJson', csv: 'batchFormatCsv' } as const;
const SCOPE_TEXT = {
  pending: 'batchScopePending',
  selected: 'batchScopeSelected',
  filtered: 'batchScopeFiltered',
} as const;

/**
 * Exports a new batch: which flags (by default those not yet exported) and
 * which file. The flags are marked exported once the file is saved.
 */
export function ExportDialog({ env, selection, filteredIds, onChanged }: ExportDialogProps) {
  const t = useT();
  const [pending, setPending] = useState<string[]>([]);
  const [scope, setScope] = useState<Scope>('pending');
  const [format, setFormat] = useState<ExportFormat>('zip');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();

  const loadPending = useCallback(async () => setPending(await pendingFlagIds(await env.db())), [env]);
  useEffect(() => {
    loadPending().catch((error: unknown) => setNotice({ kind: 'alert', text: reasonOf(error) }));
  }, [loadPending]);

  const ids = { pending, selected: selection, filtered: filteredIds }[scope];
  const run = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const { researcherId, survey } = await env.researcher();
      if (!researcherId.trim()) return setNotice({ kind: 'alert', text: t('batchNeedResearcher') });
      if (ids.length === 0) return setNotice({ kind: 'alert', text: t('batchNothingToExport') });
      const outcome = await exportNewBatch(await exportEnvOf(env), ids, format, {
        researcher: researcherId.trim(),
        survey,
      });
      if (outcome.status === 'cancelled') return setNotice({ kind: 'status', text: t('batchCancelled') });
      setNotice({
        kind: 'status',
        text: t('batchSaved', [batchLabel(outcome.record), String(outcome.flags), outcome.fileName]),
      });
      onChanged();
      await loadPending();
    } catch (error) {
      setNotice({ kind: 'alert', text: t('batchFailed', reasonOf(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      aria-label={t('batchExportTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <h2>{t('batchExportTitle')}</h2>
      <fieldset>
        <legend>{t('batchScopeLabel')}</legend>
        {(['pending', 'selected', 'filtered'] as const).map((option) => (
          <label key={option} style={{ display: 'block' }}>
            <input type="radio" name="batch-scope" checked={scope === option} onChange={() => setScope(option)} />
            {t(SCOPE_TEXT[option], String({ pending, selected: selection, filtered: filteredIds }[option].length))}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('batchFormatLabel')}</legend>
        {FORMATS.map((option) => (
          <label key={option} style={{ display: 'block' }}>
            <input type="radio" name="batch-format" checked={format === option} onChange={() => setFormat(option)} />
            {t(FORMAT_TEXT[option])}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={busy}>
        {busy ? t('batchWorking') : t('batchExportButton')}
      </button>
      <NoticeLine notice={notice} />
    </form>
  );
}
