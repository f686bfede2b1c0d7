import { useEffect, useId, useRef } from 'react';
import { plural, useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { TableScroll } from '@/components/ui/TableScroll';
import { batchLabel } from '@/lib/batch-format/label';
import { formatDay } from '@/lib/flags/format';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import type { WrongFileKind } from '@/lib/import/file-kind';
import type { FileReport } from '@/lib/import/import-flow';
import type { Conflict } from '@/lib/merge/merge-fields';
import type { Replay } from '@/lib/merge/replays';
import type { SignedBy } from '@/lib/records/signing';
import { readableFingerprint } from '@/lib/signing/keys';
import type { KeyTrust } from '@/lib/signing/trust';
import '@/components/ui/Table.css';
import './batch.css';
import { ReadingTable } from './ReadingTable';
import { isolatedText, shownText } from '@/lib/files/shown-text';

/** Values as JSON text: a conflict can be a price object or a list of taxa, and page text stays text. */
const shown = (value: unknown) => shownText(typeof value === 'string' ? value : JSON.stringify(value));

/** What a file picked by mistake is, and what to do with it instead. */
const WRONG_KIND_TEXT: Record<WrongFileKind, MessageKey> = {
  'csv-export': 'batchWrongCsvExport',
  csv: 'batchWrongCsv',
  checklist: 'batchWrongChecklist',
  backup: 'batchWrongBackup',
  'url-list': 'batchWrongUrlList',
  'not-spoor-zip': 'batchWrongZip',
};

/** A file refused for what it holds (not a batch, broken, unreadable): the file input's error. */
export const isRefused = (report: FileReport) =>
  ['invalid', 'wrong-kind', 'failed', 'revoked-key'].includes(report.status);

/** The id of the report's line about the file at `index`, for the file input to point at. */
export const reportLineId = (listId: string, index: number) => `${listId}-${index}`;

/** The id of the file's name on its line. */
const fileNameId = (listId: string, index: number) => `${reportLineId(listId, index)}-file`;

export interface ImportReportProps {
  /** The list's id; each file's line is `reportLineId(id, index)`. */
  id: string;
  reports: readonly FileReport[];
  /** Accepts the key of the report at `index` and imports that file again. */
  onAcceptKey?: (index: number, fingerprint: string) => void;
  /** An import runs: the accept buttons stay, so the one pressed keeps focus, but do nothing. */
  busy?: boolean;
  /** The line whose key was just accepted: it takes focus, as the button pressed is gone with the old outcome. */
  focusLine?: number;
}

/**
 * What became of each imported file: imported with who signed it and its
 * differences, held for a key to accept, refused with its problems, not a
 * batch at all, or already known.
 */
export function ImportReport({ id, reports, onAcceptKey, busy = false, focusLine }: ImportReportProps) {
  const t = useT();
  const focused = useRef<HTMLLIElement>(null);
  useEffect(() => focused.current?.focus(), [focusLine, reports]);
  return (
    <ul id={id} aria-label={t('batchImportTitle')} className="file-report">
      {reports.map((report, index) => (
        <li
          key={`${index}-${report.fileName}`}
          id={reportLineId(id, index)}
          ref={index === focusLine ? focused : undefined}
          tabIndex={index === focusLine ? -1 : undefined}
        >
          <strong className="break" id={fileNameId(id, index)}>
            {report.fileName}
            <span className="visually-hidden">: </span>
          </strong>
          <FileOutcome
            report={report}
            of={fileNameId(id, index)}
            t={t}
            busy={busy}
            onAcceptKey={onAcceptKey && ((fp) => onAcceptKey(index, fp))}
          />
        </li>
      ))}
    </ul>
  );
}

function FileOutcome({
  report,
  of,
  t,
  busy,
  onAcceptKey,
}: {
  report: FileReport;
  /** The id of the file's name, first in the name of each of its tables: the tables of several files are told apart. */
  of: string;
  t: Translate;
  busy: boolean;
  onAcceptKey?: (fingerprint: string) => void;
}) {
  const day = (iso: string) => formatDay(iso, t('uiLocale'));
  switch (report.status) {
    case 'imported': {
      const { summary } = report;
      const numbers = [summary.added, summary.merged, summary.observationsAdded].map(String);
      return (
        <>
          <Notice tone="success">
            {t('batchImported', [batchLabel(report.batch), isolatedText(report.batch.researcher), ...numbers])}{' '}
            <SignerLine signedBy={report.signedBy} trust={report.trust} acceptedNow={report.acceptedNow} t={t} />
            {summary.keptApart > 0 && ` ${t('batchKeptApart', String(summary.keptApart))}`}
            {!report.evidence && ` ${t('batchImportedNoEvidence')}`}
          </Notice>
          {report.reading && report.reading.length > 0 && <ReadingTable reading={report.reading} of={of} t={t} />}
          {report.conflicts.length > 0 && <ConflictTable conflicts={report.conflicts} of={of} t={t} />}
          {report.replays.length > 0 && <ReplayList replays={report.replays} t={t} />}
          {report.capturedByOthers && (
            <Notice tone="info">
              {t('batchCapturedByOthers', [
                String(report.capturedByOthers.observations),
                namesShown(report.capturedByOthers.researchers),
                isolatedText(report.signedBy.researcher),
              ])}
            </Notice>
          )}
        </>
      );
    }
    case 'untrusted-key': {
      const { signedBy, trust } = report;
      const key = readableFingerprint(signedBy.fingerprint);
      return (
        <Notice
          tone="error"
          action={
            onAcceptKey && (
              <Button busy={busy} onClick={() => onAcceptKey(signedBy.fingerprint)}>
                {t('batchAcceptKey')}
              </Button>
            )
          }
        >
          {trust.status === 'changed'
            ? t('batchKeyChanged', [
                isolatedText(signedBy.researcher),
                key,
                trust.previous
                  .map((known) => `${readableFingerprint(known.fingerprint)} (${day(known.firstSeen)})`)
                  .join(', '),
              ])
            : t('batchKeyUnknown', [isolatedText(signedBy.researcher), key])}
          {trust.lookAlikes &&
            ` ${t('batchKeyLooksAlike', [isolatedText(signedBy.researcher), trust.lookAlikes.map(isolatedText).join(', ')])}`}
        </Notice>
      );
    }
    case 'revoked-key': {
      const { signedBy, trust } = report;
      return (
        <Notice tone="error">
          {t('batchKeyRevoked', [
            isolatedText(signedBy.researcher),
            readableFingerprint(signedBy.fingerprint),
            isolatedText(trust.revoked.by),
            day(trust.revoked.at),
            isolatedText(trust.revoked.reason),
          ])}
        </Notice>
      );
    }
    case 'invalid':
      return (
        <Notice tone="error">
          {t('batchInvalid')}
          <ul className="report">
            {report.problems.map((problem, index) => (
              <li key={index}>
                {[problem.file, problem.path].filter(Boolean).join(' › ')}: {problem.message}
              </li>
            ))}
          </ul>
          {report.moreProblems > 0 && plural(t, 'batchMoreProblems', report.moreProblems)}
        </Notice>
      );
    case 'wrong-kind':
      return <Notice tone="error">{t(WRONG_KIND_TEXT[report.kind])}</Notice>;
    case 'duplicate': {
      if (report.known === 'same-import') return <Notice tone="info">{t('batchDuplicateSameImport')}</Notice>;
      const key = report.known.how === 'imported' ? 'batchDuplicateImported' : 'batchDuplicateExported';
      return <Notice tone="info">{t(key, [report.label, day(report.known.at)])}</Notice>;
    }
    case 'failed':
      return <Notice tone="error">{t('batchFailed', report.error)}</Notice>;
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
  if (trust.status === 'own') return <span>{t('batchSignedOwnKey', [isolatedText(signedBy.researcher), key])}</span>;
  if (acceptedNow) return <span>{t('batchSignedAcceptedNow', [isolatedText(signedBy.researcher), key])}</span>;
  const firstSeen = trust.status === 'accepted' ? formatDay(trust.firstSeen, t('uiLocale')) : '';
  return <span>{t('batchSignedBy', [isolatedText(signedBy.researcher), key, firstSeen])}</span>;
}

/** Up to NAMES_SHOWN names as the file writes them, then how many more: a forged file may name thousands. */
const NAMES_SHOWN = 10;
const namesShown = (names: readonly string[]) =>
  names.slice(0, NAMES_SHOWN).map(isolatedText).join(', ') +
  (names.length > NAMES_SHOWN ? `, +${names.length - NAMES_SHOWN}` : '');

/** Observations re-sent under new ids: one capture each, shown so the coordinator sees the attempt, never counted. */
function ReplayList({ replays, t }: { replays: readonly Replay[]; t: Translate }) {
  return (
    <Notice tone="info">
      {t('batchReplayed')}
      <ul className="report">
        {replays.map((replay) => (
          <li key={`${replay.flagId}-${replay.observationId}`} className="break">
            {t('batchReplayLine', [replay.canonicalUrl, replay.observationId, replay.sameAs])}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

function ConflictTable({ conflicts, of, t }: { conflicts: readonly Conflict[]; of: string; t: Translate }) {
  const captionId = useId();
  return (
    <TableScroll label={t('batchConflicts')} labelledBy={`${of} ${captionId}`}>
      <table className="table" data-testid="import-conflicts">
        <caption id={captionId}>{t('batchConflicts')}</caption>
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
              <td className="break">{conflict.canonicalUrl}</td>
              <td>{conflict.field}</td>
              <td>{t('batchValueBy', [shown(conflict.kept.value), isolatedText(conflict.kept.researcher)])}</td>
              <td>
                {t('batchValueBy', [shown(conflict.other.value), isolatedText(conflict.other.researcher)])}
                {conflict.keptApartAs && ` ${t('batchKeptApartAs', conflict.keptApartAs)}`}
                {conflict.looksAlike && (
                  <>
                    {' '}
                    <strong>{t('batchValuesLookAlike')}</strong>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
