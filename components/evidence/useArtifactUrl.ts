import { useEffect, useState } from 'react';
import { bytesFromBase64 } from '@/lib/integrity/bytes';
import type { SendToBackground } from '@/lib/messaging/protocol';

export interface ArtifactUrl {
  url?: string;
  error?: string;
}

/**
 * A stored evidence file as a Blob URL for as long as the component shows it.
 * `delayMs` waits before asking (a table row scrolled past at speed asks for nothing).
 * @example const { url } = useArtifactUrl(screenshot.sha256, send);
 */
export function useArtifactUrl(sha256: string | undefined, send: SendToBackground, delayMs = 0): ArtifactUrl {
  const [state, setState] = useState<ArtifactUrl & { for?: string }>({});
  useEffect(() => {
    if (!sha256) return;
    let objectUrl: string | undefined;
    let live = true;
    const timer = setTimeout(() => {
      send('flag/artifact', { sha256 }).then(
        ({ base64, mimeType }) => {
          if (!live) return;
          objectUrl = URL.createObjectURL(new Blob([bytesFromBase64(base64)], { type: mimeType }));
          setState({ for: sha256, url: objectUrl });
        },
        (reason: unknown) =>
          live && setState({ for: sha256, error: reason instanceof Error ? reason.message : String(reason) }),
      );
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [sha256, send, delayMs]);
  return state.for === sha256 ? { url: state.url, error: state.error } : {};
}
