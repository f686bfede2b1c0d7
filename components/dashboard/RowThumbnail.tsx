import { useArtifactUrl } from '@/components/evidence/useArtifactUrl';
import type { SendToBackground } from '@/lib/messaging/protocol';

/** A row scrolled past faster than this asks for no image. */
const SETTLE_MS = 120;

/**
 * A flag's latest screenshot, small, in its table row. Decorative (the title
 * link beside it names the flag), so it has an empty alt text.
 */
export function RowThumbnail({ sha256, send }: { sha256?: string; send: SendToBackground }) {
  const { url } = useArtifactUrl(sha256, send, SETTLE_MS);
  return url ? <img src={url} alt="" className="row-thumb" /> : <span className="row-thumb row-thumb--none" />;
}
