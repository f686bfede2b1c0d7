import { useId } from 'react';
import { useArtifactUrl } from '@/components/evidence/useArtifactUrl';
import { EvidenceThumbs } from '@/components/evidence/EvidenceThumbs';
import type { SendToBackground } from '@/lib/messaging/protocol';
import type { ArtifactRef, Observation, PaintTampering } from '@/lib/records/flag';
import { formatBytes, formatNumber, formatUtcDateTime } from '@/lib/i18n/numbers';
import { FlagDetections } from './FlagDetections';
import { CaptureChanges } from './record/CaptureChanges';
import { Notice } from './ui/Notice';
import { MISSING_EVIDENCE_TEXT } from './popup/missing-evidence';
import { useT } from './i18n';
import { Price } from './Price';
import './record/record.css';

const TRIGGER_LABELS = {
  button: 'recordTriggerButton',
  shortcut: 'recordTriggerShortcut',
  'page-menu': 'recordTriggerPageMenu',
  'link-menu': 'recordTriggerLinkMenu',
} as const;
const ARTIFACT_LABELS = { screenshot: 'recordScreenshot', snapshot: 'recordSnapshot' } as const;
const PAINT_TAMPERING_TEXT = {
  restyled: 'recordPaintRestyled',
  removed: 'recordPaintRemoved',
  replaced: 'recordPaintReplaced',
  overpainted: 'recordPaintOverpainted',
  covered: 'recordPaintCovered',
} as const satisfies Record<PaintTampering, string>;

export interface FlagObservationsProps {
  observations: Observation[];
  send: SendToBackground;
  /** Shows a screenshot in the record's viewer. */
  onShow?(artifact: ArtifactRef, observation: Observation): void;
}

/**
 * Every capture of the ad, oldest first, with its evidence files and their
 * full SHA-256. Times are shown in the UI language and, exactly as recorded,
 * in ISO 8601 UTC: they are evidence.
 */
export function FlagObservations({ observations, send, onShow }: FlagObservationsProps) {
  const t = useT();
  const locale = t('uiLocale');
  const headingId = `${useId()}-observation`;
  return (
    <section aria-label={t('recordObservations')} className="card">
      <h2>{t('recordObservationsHeading', formatNumber(observations.length, locale))}</h2>
      <ol className="observations">
        {observations.map((observation, index) => (
          <li key={observation.id}>
            <article aria-label={t('recordObservationOf', observation.capturedAt)} className="observation">
              <header className="observation__header">
                <h3 id={`${headingId}-${index}`}>
                  {t('recordObservationNumber', [String(index + 1), formatUtcDateTime(observation.capturedAt, locale)])}
                </h3>
                <code>{observation.capturedAt}</code>
              </header>
              <dl className="facts">
                <dt>{t('recordCapturedBy')}</dt>
                <dd>
                  {t('recordCapturedByValue', [
                    observation.capturedBy.researcherId || '—',
                    observation.capturedBy.survey || t('recordNoSurvey'),
                    t(TRIGGER_LABELS[observation.trigger]),
                  ])}
                </dd>
                <dt>{t('recordPage')}</dt>
                <dd className="break">{observation.url}</dd>
                {observation.foundOn && (
                  <>
                    <dt>{t('recordLinkFoundOn')}</dt>
                    <dd className="break">{observation.foundOn}</dd>
                  </>
                )}
                <dt>{t('recordPriceThen')}</dt>
                <dd>
                  <Price price={observation.ad.price} />
                </dd>
                <dt>{t('recordSpoorVersion')}</dt>
                <dd>{observation.extensionVersion}</dd>
                <dt>{t('recordSha256')}</dt>
                <dd>
                  <code className="hash">{observation.recordSha256}</code>
                </dd>
              </dl>
              {observation.changedDuringCapture && <CaptureChanges changed={observation.changedDuringCapture} />}
              {observation.paintTampering && <PaintTamperingNote found={observation.paintTampering} />}
              {observation.textCut && (
                <Notice tone="warning">
                  <p>
                    {t(observation.textCut.reason === 'loading' ? 'recordTextCutLoading' : 'recordTextCut', [
                      formatNumber(observation.textCut.characters, locale),
                      observation.textCut.after,
                    ])}
                  </p>
                </Notice>
              )}
              <FlagDetections
                detections={observation.detected}
                of={`${headingId}-${index}`}
                pageLang={observation.pageLang}
              />
              <EvidenceThumbs
                artifacts={observation.artifacts}
                send={send}
                onOpen={onShow && ((artifact) => onShow(artifact, observation))}
              />
              <ul className="files" aria-label={t('evidenceLabel')}>
                {observation.artifacts.map((artifact) => (
                  <EvidenceFile key={artifact.sha256 + artifact.kind} artifact={artifact} send={send} />
                ))}
              </ul>
              {observation.missing.map(({ kind, reason }) => (
                <p key={kind} className="muted">
                  {t(MISSING_EVIDENCE_TEXT[kind], reason)}
                </p>
              ))}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What the page did to Spoor's highlights when flagged: the researcher may not have seen them. */
function PaintTamperingNote({ found }: { found: PaintTampering[] }) {
  const t = useT();
  return (
    <Notice tone="warning">
      <p>{t('recordPaintTampering')}</p>
      <ul aria-label={t('recordPaintTampering')}>
        {found.map((what) => (
          <li key={what}>{t(PAINT_TAMPERING_TEXT[what])}</li>
        ))}
      </ul>
    </Notice>
  );
}

/** One stored evidence file: what it is, its size, its full SHA-256, and a download from a Blob URL. */
function EvidenceFile({ artifact, send }: { artifact: ArtifactRef; send: SendToBackground }) {
  const t = useT();
  const { url, error } = useArtifactUrl(artifact.kind === 'snapshot' ? artifact.sha256 : undefined, send);
  const extension = artifact.mimeType === 'text/html' ? '.html' : '.mhtml';
  return (
    <li className="files__item">
      <span>
        <strong>{t(ARTIFACT_LABELS[artifact.kind])}</strong> · {artifact.mimeType} ·{' '}
        {formatBytes(artifact.bytes, t('uiLocale'))}
      </span>
      <code className="hash">{artifact.sha256}</code>
      {url && (
        <a href={url} download={`snapshot-${artifact.sha256.slice(0, 12)}${extension}`}>
          {t('recordDownloadSnapshot')}
        </a>
      )}
      {error && <span role="alert">{t('recordArtifactFailed', error)}</span>}
    </li>
  );
}
