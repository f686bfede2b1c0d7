import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ResponseOf, SendToBackground } from '@/lib/messaging/protocol';
import { flaggedLine, formatPrice } from '@/lib/flags/format';
import type { Flag } from '@/lib/records/flag';
import { FlagAudit } from './FlagAudit';
import { FlagForm } from './FlagForm';
import { FlagObservations } from './FlagObservations';
import { useT } from '@/components/i18n';

const STATUS_LABELS = {
  new: 'recordStatusNew',
  reviewed: 'recordStatusReviewed',
} as const;
const PAPERWORK_LABELS = {
  permit: 'recordPaperworkPermit',
  none: 'recordPaperworkNone',
  exemption: 'recordPaperworkExemption',
  silent: 'recordPaperworkSilent',
} as const;
const messageOf = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

type Loaded = ResponseOf<'flag/get'>;

/** The record page of one flag: the ad, the assessment, every observation with its evidence, and the history. */
export function FlagRecord({ flagId, send }: { flagId: string; send: SendToBackground }) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const reload = useCallback(
    () =>
      send('flag/get', { flagId }).then(setLoaded, (reason: unknown) =>
        setError(t('recordLoadFailed', messageOf(reason))),
      ),
    [flagId, send, t],
  );
  useEffect(() => void reload(), [reload]);

  if (error) return <p role="alert">{error}</p>;
  if (!loaded) return <p>{t('recordLoading')}</p>;
  const { flag, tombstone, history } = loaded;
  if (!flag) {
    return (
      <main>
        <h1>{tombstone ? t('recordDeleted') : t('recordNoSuchFlag')}</h1>
        {tombstone && (
          <p>{t('recordDeletedBy', [tombstone.at, tombstone.by || t('recordAuditUnnamed'), tombstone.reason])}</p>
        )}
        {tombstone && <FlagAudit history={history} />}
      </main>
    );
  }
  const { ad, platform } = flag;
  return (
    <main>
      <h1>{ad.title ?? flag.canonicalUrl}</h1>
      <p>
        {flaggedLine(flag, t)}. {t('recordStatus', t(STATUS_LABELS[flag.status]))}
        {flag.batchIds.length > 0 && ` ${t('recordInBatches', String(flag.batchIds.length))}`}
      </p>
      <dl aria-label={t('recordAd')}>
        <dt>{t('recordAd')}</dt>
        <dd>
          <a href={flag.canonicalUrl} target="_blank" rel="noreferrer noopener">
            {flag.canonicalUrl}
          </a>
        </dd>
        <dt>{t('recordPlatform')}</dt>
        <dd>
          {platform.name}
          {platform.country && ` (${platform.country})`}
        </dd>
        <dt>{t('flagFieldPrice')}</dt>
        <dd>
          {ad.price ? formatPrice(ad.price, t('uiLocale')) : '—'}
          {ad.price?.currencyInferred && ` (${t('recordCurrencyInferred')})`}
        </dd>
        <dt>{t('recordSeller')}</dt>
        <dd>{ad.seller?.name ?? ad.seller?.id ?? '—'}</dd>
        <dt>{t('flagFieldLocation')}</dt>
        <dd>{ad.location ?? '—'}</dd>
        <dt>{t('recordListingId')}</dt>
        <dd>{ad.listingId ?? '—'}</dd>
        <dt>{t('recordPosted')}</dt>
        <dd>
          {ad.postedAt ?? '—'}
          {ad.postedText && ` (“${ad.postedText}”)`}
        </dd>
        {ad.paperworkClaim && (
          <>
            <dt>{t('recordPaperworkClaim')}</dt>
            <dd>
              {t(PAPERWORK_LABELS[ad.paperworkClaim.claim])}
              {ad.paperworkClaim.phrase && `: “${ad.paperworkClaim.phrase}”`}
            </dd>
          </>
        )}
        {ad.claimedCanonical && (
          <>
            <dt>{t('recordClaimedCanonical')}</dt>
            <dd>{ad.claimedCanonical}</dd>
          </>
        )}
        <dt>{t('recordDescription')}</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{ad.description ?? '—'}</dd>
      </dl>
      <section aria-label={t('flagFormLabel')}>
        <h2>{t('flagFormLabel')}</h2>
        <FlagForm key={flag.updatedAt} flag={flag} send={send} onSaved={() => void reload()} />
      </section>
      <FlagObservations observations={flag.observations} send={send} />
      <FlagAudit history={history} />
      <DeleteFlag flag={flag} send={send} onDeleted={() => void reload()} />
    </main>
  );
}

/** Deleting asks for a reason; the audit trail keeps the record either way. */
function DeleteFlag({ flag, send, onDeleted }: { flag: Flag; send: SendToBackground; onDeleted(): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const remove = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await send('flag/delete', { flagId: flag.id, reason });
      onDeleted();
    } catch (failure) {
      setError(t('recordDeleteFailed', messageOf(failure)));
    }
  };
  return (
    <form onSubmit={remove} aria-label={t('recordDeleteFlag')}>
      <label>
        {t('recordDeleteReason')} <input required value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      <button type="submit">{t('recordDeleteFlag')}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
