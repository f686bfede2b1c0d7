import { useT } from '@/components/i18n';
import type { ArtifactRef } from '@/lib/records/flag';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { formatBytes } from '@/lib/i18n/numbers';
import { useArtifactUrl } from './useArtifactUrl';
import './evidence.css';

/** How much of a SHA-256 a thumbnail shows: enough to tell files apart and to match a manifest by eye. */
export const HASH_PREFIX = 12;

const KIND_LABELS = { screenshot: 'recordScreenshot', snapshot: 'recordSnapshot' } as const;

/** One evidence file at a glance: the screenshot small, the snapshot as a file, each with its hash's start. */
function Thumb({ artifact, send, onOpen }: { artifact: ArtifactRef; send: SendToBackground; onOpen?(): void }) {
  const t = useT();
  const { url } = useArtifactUrl(artifact.kind === 'screenshot' ? artifact.sha256 : undefined, send);
  const kind = t(KIND_LABELS[artifact.kind]);
  const picture = url ? (
    <img src={url} alt={t('recordScreenshotAlt', artifact.sha256)} />
  ) : (
    <span className="thumb__file" aria-hidden="true">
      {artifact.kind === 'snapshot' ? (artifact.mimeType === 'text/html' ? 'HTML' : 'MHTML') : '…'}
    </span>
  );
  return (
    <figure className="thumb">
      {onOpen && artifact.kind === 'screenshot' ? (
        <button type="button" className="thumb__frame thumb__open" onClick={onOpen} aria-label={t('viewerShow')}>
          {picture}
        </button>
      ) : (
        <div className="thumb__frame">{picture}</div>
      )}
      <figcaption>
        <span className="thumb__kind" title={formatBytes(artifact.bytes, t('uiLocale'))}>
          {kind}
        </span>
        {/* Hidden text, not aria-label: no screen reader speaks a name on code, so they read the hash cut short. */}
        <code className="thumb__hash" title={artifact.sha256}>
          <span aria-hidden="true">{artifact.sha256.slice(0, HASH_PREFIX)}…</span>
          <span className="visually-hidden">{t('evidenceHashLabel', artifact.sha256)}</span>
        </code>
      </figcaption>
    </figure>
  );
}

/** An observation's evidence files as thumbnails with the start of each SHA-256. */
export function EvidenceThumbs({
  artifacts,
  send,
  onOpen,
}: {
  artifacts: readonly ArtifactRef[];
  send: SendToBackground;
  /** Makes each screenshot a button that shows it large (the record page's viewer). */
  onOpen?(artifact: ArtifactRef): void;
}) {
  const t = useT();
  if (artifacts.length === 0) return null;
  return (
    <ul className="thumbs" aria-label={t('evidenceLabel')}>
      {artifacts.map((artifact) => (
        <li key={artifact.kind + artifact.sha256}>
          <Thumb artifact={artifact} send={send} onOpen={onOpen && (() => onOpen(artifact))} />
        </li>
      ))}
    </ul>
  );
}
