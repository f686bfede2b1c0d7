import { useEffect, useRef, type ReactNode } from 'react';
import { EvidenceThumbs } from '@/components/evidence/EvidenceThumbs';
import { useT } from '@/components/i18n';
import { Price } from '@/components/Price';
import { StatusLine } from '@/components/ui/StatusLine';
import { flaggedLine } from '@/lib/flags/format';
import type { Flag } from '@/lib/records/flag';
import type { SendToBackground } from '@/lib/messaging/protocol';
import './popup.css';
import { shownText } from '@/lib/files/shown-text';

/**
 * What a flag captured, at a glance: the ad's title, price, seller, listing
 * id and location as recorded, and the evidence files with their hashes.
 * A field the page did not give shows a dash: the researcher sees what to add.
 */
export function CapturedSummary({
  flag,
  observed,
  send,
  actions,
}: {
  flag: Flag;
  observed: boolean;
  send: SendToBackground;
  /** Edit, open the record. */
  actions: ReactNode;
}) {
  const t = useT();
  const { ad } = flag;
  const latest = flag.observations.at(-1)!;
  const title = useRef<HTMLHeadingElement>(null);
  // The button that flagged is gone once this shows: focus left on nothing would send the next Tab back to the top.
  useEffect(() => {
    const active = title.current?.ownerDocument.activeElement;
    if (!active || active === active.ownerDocument.body) title.current?.focus();
  }, []);
  const fields: Array<[string, ReactNode]> = [
    [t('flagFieldPrice'), <Price price={ad.price} />],
    [t('recordSeller'), shownText(ad.seller?.name ?? ad.seller?.id ?? '—')],
    [t('recordListingId'), shownText(ad.listingId ?? '—')],
    [t('flagFieldLocation'), shownText(ad.location ?? '—')],
  ];
  return (
    <article className="captured" aria-labelledby="captured-title">
      {/* It arrives with the summary, when the flag is saved. */}
      <StatusLine className="captured__status">
        {t(observed ? 'flagObservedStatus' : 'flagSavedStatus', flaggedLine(flag, t))}
      </StatusLine>
      <h2 id="captured-title" className="captured__title" ref={title} tabIndex={-1}>
        {shownText(ad.title ?? flag.canonicalUrl)}
      </h2>
      <dl className="captured__fields">
        {fields.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <EvidenceThumbs artifacts={latest.artifacts} send={send} />
      <div className="cluster">{actions}</div>
    </article>
  );
}
