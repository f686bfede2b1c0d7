import type { MessageKey } from '@/lib/i18n/translate';
import { NEW_DOCUMENT, UNANSWERED } from '@/lib/flags/capture-changes';
import { Notice } from '../ui/Notice';
import { useT } from '../i18n';

/** What each name in an observation's changedDuringCapture is called on the record page. */
const CHANGED_LABELS: Record<string, MessageKey> = {
  title: 'flagFieldTitle',
  description: 'recordDescription',
  price: 'flagFieldPrice',
  seller: 'recordSeller',
  location: 'flagFieldLocation',
  listingId: 'recordListingId',
  canonicalUrl: 'recordChangedAddress',
  url: 'recordChangedTabAddress',
  text: 'recordChangedText',
  [NEW_DOCUMENT]: 'recordChangedDocument',
  [UNANSWERED]: 'recordChangedUnanswered',
};

/**
 * The page changed while its evidence was taken (an observation's changedDuringCapture): the researcher must know the
 * screenshot may not show what the record's fields say. A name Spoor does not know (a newer Spoor's) is shown as is.
 */
export function CaptureChanges({ changed }: { changed: string[] }) {
  const t = useT();
  return (
    <Notice tone="warning">
      <p>{t('recordChangedDuringCapture')}</p>
      <ul aria-label={t('recordChangedDuringCapture')}>
        {changed.map((name) => (
          <li key={name}>{Object.hasOwn(CHANGED_LABELS, name) ? t(CHANGED_LABELS[name]!) : name}</li>
        ))}
      </ul>
    </Notice>
  );
}
