import { useEffect, useState } from 'react';
import type { SendToBackground } from '@/lib/messaging/flag-messages';
import { bytesFromBase64 } from '@/lib/flags/bytes';
import type { ArtifactRef, Observation } from '@/lib/flags/schema';
import { FlagDetections } from './FlagDetections';

/** Every capture of the ad, oldest first, with its evidence and hashes. */
export function FlagObservations({ observations, send }: { observations: Observation[]; send: SendToBackground }) {
  return (
    <section aria-label="Observations">
      <h2>Observations ({observations.length})</h2>
      {observations.map((observation) => (
        <article key={observation.id} aria-label={`Observation of ${observation.capturedAt}`}>
          <h3>{observation.capturedAt} UTC</h3>
          <dl>
            <dt>Captured by</dt><dd>{observation.capturedBy.researcherId || '—'} ({observation.capturedBy.survey || 'no survey'}), via {observation.trigger}</dd>
            <dt>Page</dt><dd>{observation.url}</dd>
            {observation.foundOn && <><dt>Link found on</dt><dd>{observation.foundOn}</dd></>}
            <dt>Price then</dt><dd>{observation.ad.price ? `${observation.ad.price.amount} ${observation.ad.price.currency}` : '—'}</dd>
            <dt>Spoor version</dt><dd>{observation.extensionVersion}</dd>
            <dt>Record SHA-256</dt><dd><code>{observation.recordSha256}</code></dd>
          </dl>
          <FlagDetections detections={observation.detected} />
          {observation.artifacts.map((artifact) => <Artifact key={artifact.sha256 + artifact.kind} artifact={artifact} send={send} />)}
          {observation.missing.map(({ kind, reason }) => <p key={kind}>No {kind}: {reason}</p>)}
        </article>
      ))}
    </section>
  );
}

/** A stored evidence file shown from a Blob URL: the screenshot as an image, the snapshot as a download. */
function Artifact({ artifact, send }: { artifact: ArtifactRef; send: SendToBackground }) {
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let objectUrl: string | undefined;
    send('flag/artifact', { sha256: artifact.sha256 })
      .then(({ base64, mimeType }) => setUrl((objectUrl = URL.createObjectURL(new Blob([bytesFromBase64(base64)], { type: mimeType })))))
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
    return () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [artifact.sha256, send]);

  const label = `${artifact.kind} (${artifact.mimeType}, ${artifact.bytes} bytes, SHA-256 ${artifact.sha256})`;
  return (
    <figure>
      {url && artifact.kind === 'screenshot' && <img src={url} alt={`Screenshot, SHA-256 ${artifact.sha256}`} style={{ maxWidth: '100%' }} />}
      {url && artifact.kind === 'snapshot' && <a href={url} download={`snapshot-${artifact.sha256.slice(0, 12)}${artifact.mimeType === 'text/html' ? '.html' : '.mhtml'}`}>Download the page snapshot</a>}
      <figcaption>{error ? `Could not load the ${artifact.kind}: ${error}` : label}</figcaption>
    </figure>
  );
}
