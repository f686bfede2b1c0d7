import { useEffect, useState } from 'react';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { bytesFromBase64 } from '@/lib/integrity/bytes';
import { formatPrice } from '@/lib/flags/format';
import type { ArtifactRef, Observation } from '@/lib/records/flag';
import { FlagDetections } from './FlagDetections';
import { MISSING_EVIDENCE_TEXT } from './FlagPanel';
import { useT } from '@/components/i18n';

const TRIGGER_LABELS = {
  button: 'recordTriggerButton',
  shortcut: 'recordTriggerShortcut',
  'page-menu': 'recordTriggerPageMenu',
  'link-menu': 'recordTriggerLinkMenu',
} as const;
const ARTIFACT_LABELS = { screenshot: 'recordScreenshot', snapshot: 'recordSnapshot' } as const;

/** Every capture of the ad, oldest first, with its evidence and hashes. Capture times stay ISO UTC: they are evidence. */
export function FlagObservations({ observations, send }: { observations: Observation[]; send: SendToBackground }) {
  const t = useT();
  return (
    <section aria-label={t('recordObservations')}>
      <h2>{t('recordObservationsHeading', String(observations.length))}</h2>
      {observations.map((observation) => (
        <article key={observation.id} aria-label={t('recordObservationOf', observation.capturedAt)}>
          <h3>{observation.capturedAt} UTC</h3>
          <dl>
            <dt>{t('recordCapturedBy')}</dt>
            <dd>
              {t('recordCapturedByValue', [
                observation.capturedBy.researcherId || '—',
                observation.capturedBy.survey || t('recordNoSurvey'),
                t(TRIGGER_LABELS[observation.trigger]),
              ])}
            </dd>
            <dt>{t('recordPage')}</dt>
            <dd>{observation.url}</dd>
            {observation.foundOn && (
              <>
                <dt>{t('recordLinkFoundOn')}</dt>
                <dd>{observation.foundOn}</dd>
              </>
            )}
            <dt>{t('recordPriceThen')}</dt>
            <dd>{observation.ad.price ? formatPrice(observation.ad.price, t('uiLocale')) : '—'}</dd>
            <dt>{t('recordSpoorVersion')}</dt>
            <dd>{observation.extensionVersion}</dd>
            <dt>{t('recordSha256')}</dt>
            <dd>
              <code>{observation.recordSha256}</code>
            </dd>
          </dl>
          <FlagDetections detections={observation.detected} />
          {observation.artifacts.map((artifact) => (
            <Artifact key={artifact.sha256 + artifact.kind} artifact={artifact} send={send} />
          ))}
          {observation.missing.map(({ kind, reason }) => (
            <p key={kind}>{t(MISSING_EVIDENCE_TEXT[kind], reason)}</p>
          ))}
        </article>
      ))}
    </section>
  );
}

/** A stored evidence file shown from a Blob URL: the screenshot as an image, the snapshot as a download. */
function Artifact({ artifact, send }: { artifact: ArtifactRef; send: SendToBackground }) {
  const t = useT();
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let objectUrl: string | undefined;
    send('flag/artifact', { sha256: artifact.sha256 })
      .then(({ base64, mimeType }) =>
        setUrl((objectUrl = URL.createObjectURL(new Blob([bytesFromBase64(base64)], { type: mimeType })))),
      )
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
    return () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [artifact.sha256, send]);

  const bytes = new Intl.NumberFormat(t('uiLocale')).format(artifact.bytes);
  const label = t('recordArtifactLabel', [
    t(ARTIFACT_LABELS[artifact.kind]),
    artifact.mimeType,
    bytes,
    artifact.sha256,
  ]);
  return (
    <figure>
      {url && artifact.kind === 'screenshot' && (
        <img src={url} alt={t('recordScreenshotAlt', artifact.sha256)} style={{ maxWidth: '100%' }} />
      )}
      {url && artifact.kind === 'snapshot' && (
        <a
          href={url}
          download={`snapshot-${artifact.sha256.slice(0, 12)}${artifact.mimeType === 'text/html' ? '.html' : '.mhtml'}`}
        >
          {t('recordDownloadSnapshot')}
        </a>
      )}
      <figcaption>{error ? t('recordArtifactFailed', error) : label}</figcaption>
    </figure>
  );
}
