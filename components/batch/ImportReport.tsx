import { useT } from '@/components/i18n';
import { type Translate } from '@/lib/i18n/translate';
import type { Conflict } from '@/lib/import/merge-fields';
import { batchLabel } from '@/lib/export/files';
import type { FileReport } from '@/lib/import/import-flow';
import { formatDay } from '@/lib/flags/format';

/** Values as JSON text: a conflict can be a price object or a list of taxa, and page text stays text. */
const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** What became of each imported file: imported with its differences, refused with its problems, or already known. */
export function ImportReport({ reports }: { reports: readonly FileReport[] }) {
  const t = useT();
  return (
    <ul aria-label={t('batchImportTitle')}>
      {reports.map((report, index) => (
        <li key={`${index}-${report.fileName}`}>
          <strong>{report.fileName}</strong>: <FileOutcome report={report} t={t} />
        </li>
      ))}
    </ul>
  );
}

function FileOutcome({ report, t }: { report: FileReport; t: Translate }) {
  const day = (iso: string) => formatDay(iso, t('uiLocale'));
  switch (report.status) {
    case 'imported': {
      const { summary } = report;
      const numbers = [summary.added, summary.merged, summary.observationsAdded].map(String);
      return (
        <>
          <span role="status">
            {t('batchImported', [batchLabel(report.batch), report.batch.researcher, ...numbers])}
          </span>
          {!report.evidence && <span> {t('batchImportedNoEvidence')}</span>}
          {report.conflicts.length > 0 && <ConflictTable conflicts={report.conflicts} t={t} />}
        </>
      );
    }
    case 'invalid':
      return (
        <span role="alert">
          {t('batchInvalid')}
          <ul>
            {report.problems.map((problem, index) => (
              <li key={index}>
                {[problem.file, problem.path].filter(Boolean).join(' › ')}: {problem.message}
              </li>
            ))}
          </ul>
          {report.moreProblems > 0 && t('batchMoreProblems', String(report.moreProblems))}
        </span>
      );
    case 'duplicate': {
      if (report.known === 'same-import') return <span role="status">{t('batchDuplicateSameImport')}</span>;
      const key = report.known.how === 'imported' ? 'batchDuplicateImported' : 'batchDuplicateExported';
      return <span role="status">{t(key, [report.batchId, day(report.known.at)])}</span>;
    }
    case 'failed':
      return <span role="alert">{t('batchFailed', report.error)}</span>;
  }
}

function ConflictTable({ conflicts, t }: { conflicts: readonly Conflict[]; t: Translate }) {
  return (
    <table>
      <caption>{t('batchConflicts')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('batchColAd')}</th>
          <th scope="col">{t('batchColField')}</th>
          <th scope="col">{t('batchColKept')}</th>
          <th scope="col">{t('batchColOther')}</th>
        </tr>
      </thead>
      <tbody>
        {conflicts.map((conflict) => (
          <tr key={`${conflict.flagId}-${conflict.field}-${conflict.other.batchId}`}>
            <td>{conflict.canonicalUrl}</td>
            <td>{conflict.field}</td>
            <td>{t('batchValueBy', [shown(conflict.kept.value), conflict.kept.researcher])}</td>
            <td>{t('batchValueBy', [shown(conflict.other.value), conflict.other.researcher])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
