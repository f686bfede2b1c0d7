import { useState } from 'react';
import { useT } from '@/components/i18n';
import { importFiles, type FileReport } from '@/lib/import/import-flow';
import type { BatchEnv } from '@/lib/browser/batch-env';
import { NoticeLine, reasonOf, type Notice } from './env';
import { ImportReport } from './ImportReport';

export interface ImportDialogProps {
  env: BatchEnv;
  /** After an import wrote something: the dashboard reloads its list. */
  onChanged(): void;
}

/**
 * The coordinator's import: one or many batch files, each checked whole
 * before anything is written, with a report per file.
 */
export function ImportDialog({ env, onChanged }: ImportDialogProps) {
  const t = useT();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<FileReport[]>([]);
  const [notice, setNotice] = useState<Notice>();

  const run = async () => {
    setBusy(true);
    setReports([]);
    setNotice(undefined);
    try {
      const { researcherId } = await env.researcher();
      if (!researcherId.trim()) return setNotice({ kind: 'alert', text: t('batchNeedResearcher') });
      const done = await importFiles({ db: await env.db(), by: researcherId.trim(), clock: env.clock }, files);
      setReports(done);
      if (done.some((report) => report.status === 'imported')) onChanged();
    } catch (error) {
      setNotice({ kind: 'alert', text: t('batchFailed', reasonOf(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      aria-label={t('batchImportTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <h2>{t('batchImportTitle')}</h2>
      <label>
        {t('batchImportChoose')}{' '}
        <input
          type="file"
          multiple
          accept=".zip,.json,application/zip,application/json"
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
        />
      </label>
      <button type="submit" disabled={busy || files.length === 0}>
        {busy ? t('batchWorking') : t('batchImportButton')}
      </button>
      <NoticeLine notice={notice} />
      {reports.length > 0 && <ImportReport reports={reports} />}
    </form>
  );
}
