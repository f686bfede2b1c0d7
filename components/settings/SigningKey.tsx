import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n';
import { formatDay } from '@/lib/flags/format';
import type { SendToBackground } from '@/lib/messaging/protocol';
import type { OwnKey } from '@/lib/messaging/signing-messages';
import { readableFingerprint } from '@/lib/signing/keys';
import './settings.css';

/**
 * The researcher's signing key: its fingerprint to read out to the
 * coordinator, who compares it with the one their import shows. `version`
 * changes when the researcher id was saved (the key is made with the id).
 */
export function SigningKey({ send, version = 0 }: { send: SendToBackground; version?: number }) {
  const t = useT();
  const [key, setKey] = useState<OwnKey | null>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    send('signing/ownKey', {}).then(
      (reply) => setKey(reply.key),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  }, [send, version]);

  return (
    <section aria-labelledby="signing-key-title">
      <h2 id="signing-key-title">{t('signingKeyHeading')}</h2>
      {error && <p role="alert">{t('signingKeyFailed', error)}</p>}
      {key === null && <p>{t('signingKeyNone')}</p>}
      {key && (
        <>
          <p>{t('signingKeyIntro', [key.researcherId, formatDay(key.createdAt, t('uiLocale'))])}</p>
          {/* A named term, not aria-label: a code element cannot be named, so screen readers never said the label. */}
          <dl className="signing-key">
            <dt>{t('signingKeyFingerprint')}</dt>
            <dd>
              <code>{readableFingerprint(key.fingerprint)}</code>
            </dd>
          </dl>
        </>
      )}
    </section>
  );
}
