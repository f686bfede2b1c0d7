import { useCallback, useEffect, useState } from 'react';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Check } from '@/components/ui/Field';
import './batch.css';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import type { BatchEnv } from '@/lib/browser/batch-env';
import type { ExportFormat } from '@/lib/records/batch';
import { exportEnvOf, exportNotice, NoticeLine, reasonOf, type Notice } from './env';

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
      setNotice(exportNotice(t, outcome));
      if (outcome.status === 'cancelled') return;
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
        if (!busy) void run();
      }}
      className="batch-form"
    >
      <h2>{t('batchExportTitle')}</h2>
      <fieldset className="choices">
        <legend>{t('batchScopeLabel')}</legend>
        {(['pending', 'selected', 'filtered'] as const).map((option) => (
          <Check
            key={option}
            type="radio"
            name="batch-scope"
            checked={scope === option}
            onChange={() => setScope(option)}
          >
            {t(SCOPE_TEXT[option], String({ pending, selected: selection, filtered: filteredIds }[option].length))}
          </Check>
        ))}
      </fieldset>
      <fieldset className="choices">
        <legend>{t('batchFormatLabel')}</legend>
        {FORMATS.map((option) => (
          <Check
            key={option}
            type="radio"
            name="batch-format"
            checked={format === option}
            onChange={() => setFormat(option)}
          >
            {t(FORMAT_TEXT[option])}
          </Check>
        ))}
      </fieldset>
      <Button type="submit" variant="primary" busy={busy}>
        {busy ? t('batchWorking') : t('batchExportButton')}
      </Button>
      <NoticeLine notice={notice} />
    </form>
  );
}
