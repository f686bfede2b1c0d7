import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n';
import { StatusLine } from '@/components/ui/StatusLine';
import type { SendToBackground } from '@/lib/messaging/protocol';

/**
 * Flags captured before a researcher id was set carry no name. Once the id is
 * set, the researcher can claim them: each flag gets an audited "claim", and
 * its exports name the researcher; the captured records stay as they were.
 * Shows nothing when there is nothing to claim.
 */
export function ClaimUnnamed({ send, version = 0 }: { send: SendToBackground; version?: number }) {
  const t = useT();
  const [count, setCount] = useState<number>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'status' | 'alert'; text: string }>();
  useEffect(() => {
    send('flag/countUnnamed', {}).then(
      (reply) => setCount(reply.flags),
      () => setCount(undefined),
    );
  }, [send, version]);
  if (!count && !outcome) return null;

  const claim = async () => {
    setBusy(true);
    try {
      const { flags } = await send('flag/claimUnnamed', {});
      setOutcome({ kind: 'status', text: t('claimDone', String(flags)) });
      setCount(0);
    } catch (error) {
      setOutcome({ kind: 'alert', text: t('claimFailed', error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="claim-title">
      <h2 id="claim-title">{t('claimHeading')}</h2>
      {count ? (
        <>
          <p>{t('claimIntro', String(count))}</p>
          <button type="button" onClick={() => void claim()} disabled={busy}>
            {t('claimButton')}
          </button>
        </>
      ) : null}
      {outcome?.kind === 'alert' && <p role="alert">{outcome.text}</p>}
      {outcome?.kind === 'status' && <StatusLine>{outcome.text}</StatusLine>}
    </section>
  );
}
