import { useT } from '@/components/i18n';
import { type Translate } from '@/lib/i18n/translate';
import type { Conflict } from '@/lib/import/merge-fields';
import { batchLabel } from '@/lib/export/files';
import type { FileReport } from '@/lib/import/import-flow';
import { formatDay } from '@/lib/flags/format';
import { readableFingerprint } from '@/lib/signing/keys';
import type { SignedBy } from '@/lib/records/signing';
import type { KeyTrust } from '@/lib/signing/trust';

/** Values as JSON text: a conflict can be a price object or a list of taxa, and page text stays text. */
const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

export interface ImportReportProps {
  reports: readonly FileReport[];
  /** Accepts the key of the report at `index` and imports that file again; absent while busy. */
  onAcceptKey?: (index: number, fingerprint: string) => void;
}

/**
 * What became of each imported file: imported with who signed it and its
 * differences, held for a key to accept, refused with its problems, or already known.
 */
export function ImportReport({ reports, onAcceptKey }: ImportReportProps) {
  const t = useT();
  return (
    <ul aria-label={t('batchImportTitle')}>
      {reports.map((report, index) => (
        <li key={`${index}-${report.fileName}`}>
          <strong>{report.fileName}</strong>:{' '}
          <FileOutcome report={report} t={t} onAcceptKey={onAcceptKey && ((fp) => onAcceptKey(index, fp))} />
        </li>
      ))}
    </ul>
  );
}

function FileOutcome({
  report,
  t,
  onAcceptKey,
}: {
  report: FileReport;
  t: Translate;
  onAcceptKey?: (fingerprint: string) => void;
}) {
  const day = (iso: string) => formatDay(iso, t('uiLocale'));
  switch (report.status) {
    case 'imported': {
      const { summary } = report;
      const numbers = [summary.added, summary.merged, summary.observationsAdded].map(String);
      return (
        <>
          <span role="status">
            {t('batchImported', [batchLabel(report.batch), report.batch.researcher, ...numbers])}
          </span>{' '}
          <SignerLine signedBy={report.signedBy} trust={report.trust} acceptedNow={report.acceptedNow} t={t} />
          {summary.keptApart > 0 && <span> {t('batchKeptApart', String(summary.keptApart))}</span>}
          {!report.evidence && <span> {t('batchImportedNoEvidence')}</span>}
          {report.conflicts.length > 0 && <ConflictTable conflicts={report.conflicts} t={t} />}
        </>
      );
    }
    case 'untrusted-key': {
      const { signedBy, trust } = report;
      const key = readableFingerprint(signedBy.fingerprint);
      return (
        <span role="alert">
          {trust.status === 'changed'
            ? t('batchKeyChanged', [
                signedBy.researcher,
                key,
                trust.previous
                  .map((known) => `${readableFingerprint(known.fingerprint)} (${day(known.firstSeen)})`)
                  .join(', '),
              ])
            : t('batchKeyUnknown', [signedBy.researcher, key])}{' '}
          {onAcceptKey && (
            <button type="button" onClick={() => onAcceptKey(signedBy.fingerprint)}>
              {t('batchAcceptKey')}
            </button>
          )}
        </span>
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

/** "Signed by anna.k, key ab12 …, first seen 12 Mar 2026", or that the key is this profile's, or accepted just now. */
function SignerLine({
  signedBy,
  trust,
  acceptedNow,
  t,
}: {
  signedBy: SignedBy;
  trust: KeyTrust;
  acceptedNow: boolean;
  t: Translate;
}) {
  const key = readableFingerprint(signedBy.fingerprint);
  if (trust.status === 'own') return <span>{t('batchSignedOwnKey', [signedBy.researcher, key])}</span>;
  if (acceptedNow) return <span>{t('batchSignedAcceptedNow', [signedBy.researcher, key])}</span>;
  const firstSeen = trust.status === 'accepted' ? formatDay(trust.firstSeen, t('uiLocale')) : '';
  return <span>{t('batchSignedBy', [signedBy.researcher, key, firstSeen])}</span>;
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
          <tr key={`${conflict.flagId}-${conflict.field}-${conflict.other.batchId}-${conflict.keptApartAs}`}>
            <td>{conflict.canonicalUrl}</td>
            <td>{conflict.field}</td>
            <td>{t('batchValueBy', [shown(conflict.kept.value), conflict.kept.researcher])}</td>
            <td>
              {t('batchValueBy', [shown(conflict.other.value), conflict.other.researcher])}
              {conflict.keptApartAs && ` ${t('batchKeptApartAs', conflict.keptApartAs)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
