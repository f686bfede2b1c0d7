import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Field } from '@/components/ui/Field';
import { isolatedText } from '@/lib/files/shown-text';
import { formatDay } from '@/lib/flags/format';
import type { Signer } from '@/lib/records/signing';
import { readableFingerprint } from '@/lib/signing/keys';
import { knownSigners, revokeSigner } from '@/lib/signing/revoke';
import type { SaveTargets } from '@/lib/files/save';
import type { SpoorDb } from '@/lib/storage/db';
import { RevocationLists } from './RevocationLists';
import './settings.css';

export interface TrustedKeysProps {
  id?: string;
  db: () => Promise<SpoorDb>;
  /** Who revokes: the coordinator's researcher id, kept with the revocation. */
  by: () => Promise<string>;
  /** Where a list of revoked keys is saved. */
  save: SaveTargets;
  clock?: () => Date;
}

/**
 * The researchers' keys this coordinator accepted on imported batches, each with a way to revoke it when the researcher
 * says it was lost or stolen (a reason is required and kept); revoked keys stay listed with when, who and why, and
 * travel between coordinators as signed lists (RevocationLists).
 */
export function TrustedKeys({ id, db, by, save, clock = () => new Date() }: TrustedKeysProps) {
  const t = useT();
  const [signers, setSigners] = useState<Signer[]>();
  const [error, setError] = useState<string>();
  // The key just revoked: its line takes focus, as the form whose button was pressed is gone with the revocation.
  const [revokedNow, setRevokedNow] = useState<string>();
  const revokedLine = useRef<HTMLLIElement>(null);
  useEffect(() => revokedLine.current?.focus(), [revokedNow, signers]);
  const load = useCallback(async () => {
    const known = await knownSigners(await db());
    setSigners(known.filter((signer) => signer.accepted || signer.revoked));
  }, [db]);
  useEffect(() => void load(), [load]);

  const revoke = async (fingerprint: string, reason: string) => {
    setError(undefined);
    try {
      await revokeSigner(await db(), fingerprint, { at: clock(), by: await by(), reason });
      await load();
      setRevokedNow(fingerprint);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  };

  return (
    <Card id={id} title={t('trustedKeysHeading')} headingId="trusted-keys-title" intro={t('trustedKeysIntro')}>
      {error && <p role="alert">{t('trustedKeysFailed', error)}</p>}
      {signers?.length === 0 && <p className="muted">{t('trustedKeysNone')}</p>}
      {signers && signers.length > 0 && (
        <ul aria-labelledby="trusted-keys-title" className="rows">
          {signers.map((signer) => (
            <li
              key={signer.fingerprint}
              className="rows__item"
              ref={signer.fingerprint === revokedNow ? revokedLine : undefined}
              tabIndex={signer.fingerprint === revokedNow ? -1 : undefined}
            >
              <KeyLine signer={signer} onRevoke={(reason) => revoke(signer.fingerprint, reason)} />
            </li>
          ))}
        </ul>
      )}
      <RevocationLists db={db} by={by} save={save} clock={clock} onImported={load} />
    </Card>
  );
}

function KeyLine({ signer, onRevoke }: { signer: Signer; onRevoke: (reason: string) => Promise<void> }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const day = (iso: string) => formatDay(iso, t('uiLocale'));
  const researcher = isolatedText(signer.researcher);
  const key = readableFingerprint(signer.fingerprint);
  if (signer.revoked)
    return (
      <span className="rows__text">
        {t('trustedKeysRevoked', [
          researcher,
          key,
          day(signer.revoked.at),
          isolatedText(signer.revoked.by),
          isolatedText(signer.revoked.reason),
        ])}
      </span>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onRevoke(reason);
  };
  return (
    <>
      <span className="rows__text">{t('trustedKeysAccepted', [researcher, key, day(signer.accepted!.at)])}</span>
      <form onSubmit={submit} className="inline-form">
        <Field label={t('trustedKeysReason', researcher)}>
          <input value={reason} onChange={(event) => setReason(event.target.value)} />
        </Field>
        <Button type="submit" variant="danger" disabled={reason.trim() === ''}>
          {t('trustedKeysRevoke')}
        </Button>
      </form>
    </>
  );
}
