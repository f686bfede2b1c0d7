import { useId, useState } from 'react';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import './batch.css';
import { importFiles, type FileReport } from '@/lib/import/import-flow';
import type { BatchEnv } from '@/lib/browser/batch-env';
import { NoticeLine, reasonOf, type Notice } from './env';
import { ImportReport, isRefused, reportLineId } from './ImportReport';

export interface ImportDialogProps {
  env: BatchEnv;
  /** After an import wrote something: the dashboard reloads its list. */
  onChanged(): void;
}

/**
 * The coordinator's import: one or many batch files, each checked whole
 * before anything is written, with a report per file: who signed it, with
 * which key, and, for a key not trusted yet, the choice to accept it.
 */
export function ImportDialog({ env, onChanged }: ImportDialogProps) {
  const t = useT();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<FileReport[]>([]);
  const [acceptedLine, setAcceptedLine] = useState<number>();
  const [notice, setNotice] = useState<Notice>();
  const reportId = useId();
  const noticeId = useId();
  // The refused files' lines describe the file input, which says it is invalid until other files are chosen.
  const refused = reports.flatMap((report, index) => (isRefused(report) ? [reportLineId(reportId, index)] : []));

  const importing = async (chosen: readonly File[], acceptKeys?: ReadonlySet<string>) => {
    const { researcherId } = await env.researcher();
    if (!researcherId.trim()) {
      setNotice({ kind: 'alert', text: t('batchNeedResearcher') });
      return undefined;
    }
    const importEnv = { db: await env.db(), by: researcherId.trim(), clock: env.clock, reread: env.reread };
    const done = await importFiles(importEnv, chosen, {
      acceptKeys,
    });
    if (done.some((report) => report.status === 'imported')) onChanged();
    return done;
  };
  const working = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await work();
    } catch (error) {
      setNotice({ kind: 'alert', text: t('batchFailed', reasonOf(error)) });
    } finally {
      setBusy(false);
    }
  };
  const run = () =>
    working(async () => {
      setAcceptedLine(undefined);
      setReports([]);
      setReports((await importing(files)) ?? []);
    });
  // The coordinator compared the fingerprint and accepts the key: that file is imported again, the key recorded.
  const accept = (index: number, fingerprint: string) =>
    working(async () => {
      const file = files.find((candidate) => candidate.name === reports[index]?.fileName);
      if (!file) return;
      const [report] = (await importing([file], new Set([fingerprint]))) ?? [];
      if (!report) return;
      setReports((current) => current.map((old, at) => (at === index ? report : old)));
      setAcceptedLine(index);
    });

  return (
    <form
      aria-label={t('batchImportTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void run();
      }}
      className="batch-form"
    >
      <h2>{t('batchImportTitle')}</h2>
      <Field
        label={t('batchImportChoose')}
        hint={t('batchImportHint')}
        errorShownAt={refused.length > 0 ? refused.join(' ') : undefined}
      >
        <input
          type="file"
          multiple
          accept=".zip,.json,application/zip,application/json"
          onChange={(event) => {
            setFiles([...(event.target.files ?? [])]);
            setReports([]);
            setAcceptedLine(undefined);
          }}
        />
      </Field>
      {/* Why the last import did not run (no researcher id, a failure) is about this button, not the files. */}
      <Button
        type="submit"
        variant="primary"
        disabled={files.length === 0}
        busy={busy}
        aria-describedby={notice ? noticeId : undefined}
      >
        {busy ? t('batchWorking') : t('batchImportButton')}
      </Button>
      <NoticeLine notice={notice} id={noticeId} />
      {reports.length > 0 && (
        <ImportReport id={reportId} reports={reports} onAcceptKey={accept} busy={busy} focusLine={acceptedLine} />
      )}
    </form>
  );
}
