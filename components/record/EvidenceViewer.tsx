import { useState } from 'react';
import { useArtifactUrl } from '@/components/evidence/useArtifactUrl';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import type { ArtifactRef } from '@/lib/records/flag';
import type { SendToBackground } from '@/lib/messaging/protocol';
import './record.css';

const ZOOMS = ['fit', 1, 2] as const;
type Zoom = (typeof ZOOMS)[number];

/**
 * A screenshot as evidence: fitted to the column, or at its real size (and
 * twice that) in a frame that scrolls, by mouse or keyboard, for reading the
 * small print of an ad.
 */
export function EvidenceViewer({
  screenshot,
  send,
  caption,
}: {
  screenshot?: ArtifactRef;
  send: SendToBackground;
  caption: string;
}) {
  const t = useT();
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [natural, setNatural] = useState<number>();
  const { url, error } = useArtifactUrl(screenshot?.sha256, send);
  if (!screenshot) return <p className="viewer__none">{t('viewerNoScreenshot')}</p>;
  const width = zoom === 'fit' || natural === undefined ? undefined : natural * zoom;
  const label = (value: Zoom) => (value === 'fit' ? t('viewerFit') : t('viewerZoom', String(value * 100)));
  return (
    <figure className="viewer">
      <div className="viewer__tools" role="group" aria-label={t('viewerZoomLabel')}>
        {ZOOMS.map((value) => (
          <Button key={value} variant="secondary" aria-pressed={zoom === value} onClick={() => setZoom(value)}>
            {label(value)}
          </Button>
        ))}
        {url && (
          <a href={url} download={`screenshot-${screenshot.sha256.slice(0, 12)}.png`} className="viewer__download">
            {t('viewerDownloadScreenshot')}
          </a>
        )}
      </div>
      <div
        className={`viewer__frame viewer__frame--${zoom === 'fit' ? 'fit' : 'zoomed'}`}
        tabIndex={zoom === 'fit' ? undefined : 0}
        role={zoom === 'fit' ? undefined : 'region'}
        aria-label={zoom === 'fit' ? undefined : t('viewerScrollLabel')}
      >
        {url && (
          <img
            src={url}
            alt={t('viewerAlt', screenshot.sha256)}
            style={width ? { inlineSize: width, maxInlineSize: 'none' } : undefined}
            onLoad={(event) => setNatural(event.currentTarget.naturalWidth)}
          />
        )}
        {error && <p role="alert">{t('recordArtifactFailed', error)}</p>}
      </div>
      <figcaption className="viewer__caption">{caption}</figcaption>
    </figure>
  );
}
