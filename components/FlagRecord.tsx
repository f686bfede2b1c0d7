import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf, SendToBackground } from '@/lib/messaging/protocol';
import { flaggedLine } from '@/lib/flags/format';
import type { ArtifactRef, Flag } from '@/lib/records/flag';
import { formatUtcDateTime } from '@/lib/i18n/numbers';
import { countryName } from '@/lib/i18n/names';
import { FlagAudit } from './FlagAudit';
import { FlagForm } from './FlagForm';
import { FlagObservations } from './FlagObservations';
import { useT } from './i18n';
import { Price } from './Price';
import { DeleteFlag } from './record/DeleteFlag';
import { Disputed } from './record/Disputed';
import { EvidenceViewer } from './record/EvidenceViewer';
import { Tag } from './ui/Tag';
import './ui/Card.css';
import './settings/settings.css';
import './record/record.css';
import { isolatedText, shownText } from '@/lib/files/shown-text';

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
type Shown = { artifact: ArtifactRef; capturedAt: string };

/** The latest observation's screenshot: what the viewer shows first. */
function latestScreenshot(flag: Flag): Shown | undefined {
  for (const observation of [...flag.observations].reverse()) {
    const artifact = observation.artifacts.find((a) => a.kind === 'screenshot');
    if (artifact) return { artifact, capturedAt: observation.capturedAt };
  }
  return undefined;
}

/**
 * The record of one flag: the evidence viewer beside the ad and the
 * researcher's assessment, every observation with its files and hashes, the
 * chain of custody, and deletion. Used by the record page and the
 * dashboard's side panel; it is an article, so either page keeps its own landmarks.
 */
export function FlagRecord({ flagId, send }: { flagId: string; send: SendToBackground }) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [shown, setShown] = useState<Shown>();
  const reload = useCallback(
    () => send('flag/get', { flagId }).then(setLoaded, (reason: unknown) => setError(messageOf(reason))),
    [flagId, send],
  );
  useEffect(() => void reload(), [reload]);

  // A heading like the other outcomes', so a record page that failed still has its level-one heading.
  if (error)
    return (
      <div role="alert" className="record">
        <h1>{t('recordLoadFailed', error)}</h1>
      </div>
    );
  if (!loaded) return <p className="muted">{t('recordLoading')}</p>;
  const { flag, tombstone, history } = loaded;
  if (!flag) {
    return (
      <article className="record">
        <h1>{tombstone ? t('recordDeleted') : t('recordNoSuchFlag')}</h1>
        {tombstone && (
          <p>{t('recordDeletedBy', [tombstone.at, tombstone.by || t('recordAuditUnnamed'), tombstone.reason])}</p>
        )}
        {tombstone && <FlagAudit history={history} />}
      </article>
    );
  }
  const { ad, platform } = flag;
  const viewed = shown ?? latestScreenshot(flag);
  const locale = t('uiLocale');
  return (
    <article className="record" aria-labelledby="record-title">
      <header className="record__header">
        <h1 id="record-title">{shownText(ad.title ?? flag.canonicalUrl)}</h1>
        <p className="cluster">
          <Tag>{t(STATUS_LABELS[flag.status])}</Tag>
          <span>{flaggedLine(flag, t)}</span>
          {flag.batchIds.length > 0 && <span>{t('recordInBatches', String(flag.batchIds.length))}</span>}
        </p>
      </header>
      <div className="record__columns">
        <section className="card" aria-labelledby="viewer-title">
          <h2 id="viewer-title">{t('viewerHeading')}</h2>
          <EvidenceViewer
            screenshot={viewed?.artifact}
            send={send}
            caption={viewed ? t('viewerCaption', formatUtcDateTime(viewed.capturedAt, locale)) : ''}
          />
        </section>
        <div className="record__side">
          <section className="card" aria-labelledby="ad-title">
            <h2 id="ad-title">{t('recordAd')}</h2>
            <dl className="facts">
              <dt>{t('recordPage')}</dt>
              <dd className="break">
                <a href={flag.canonicalUrl} target="_blank" rel="noreferrer noopener">
                  {flag.canonicalUrl}
                </a>
              </dd>
              <dt>{t('recordPlatform')}</dt>
              <dd>
                {platform.name}
                {platform.country && ` · ${countryName(platform.country, locale)}`}
              </dd>
              <dt>{t('flagFieldPrice')}</dt>
              <dd>
                <Price price={ad.price} />
                {ad.price?.currencyInferred && ` (${t('recordCurrencyInferred')})`}
                <Disputed ad={ad} field="price" />
              </dd>
              <dt>{t('recordSeller')}</dt>
              <dd className="break">
                {shownText(ad.seller?.name ?? ad.seller?.id ?? '—')}
                <Disputed ad={ad} field="seller" />
              </dd>
              <dt>{t('flagFieldLocation')}</dt>
              <dd className="break">
                {shownText(ad.location ?? '—')}
                <Disputed ad={ad} field="location" />
              </dd>
              <dt>{t('recordListingId')}</dt>
              <dd className="break">
                {shownText(ad.listingId ?? '—')}
                <Disputed ad={ad} field="listingId" />
              </dd>
              <dt>{t('recordPosted')}</dt>
              <dd>
                {ad.postedAt ?? '—'}
                {ad.postedText && ` (“${isolatedText(ad.postedText)}”)`}
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
              {ad.claimedTitle && (
                <>
                  <dt>{t('recordClaimedTitle')}</dt>
                  <dd className="break">{shownText(ad.claimedTitle)}</dd>
                </>
              )}
              {ad.claimedCanonical && (
                <>
                  <dt>{t('recordClaimedCanonical')}</dt>
                  <dd className="break">{ad.claimedCanonical}</dd>
                </>
              )}
              <dt>{t('recordDescription')}</dt>
              <dd className="record__description">{shownText(ad.description ?? '—')}</dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="assessment-title">
            <h2 id="assessment-title">{t('flagFormLabel')}</h2>
            <FlagForm key={flag.updatedAt} flag={flag} send={send} onSaved={() => void reload()} />
          </section>
        </div>
      </div>
      <FlagObservations
        observations={flag.observations}
        send={send}
        onShow={(artifact, observation) => setShown({ artifact, capturedAt: observation.capturedAt })}
      />
      <FlagAudit history={history} />
      <DeleteFlag flag={flag} send={send} onDeleted={() => void reload()} />
    </article>
  );
}
