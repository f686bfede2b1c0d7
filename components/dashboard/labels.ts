import type { Translate } from '@/lib/i18n/translate';
import type { ArchiveRow } from '@/lib/dashboard/row';

/** The UI words for the status and intent values stored in flags. */
export function statusLabel(t: Translate, status: ArchiveRow['status']): string {
  return { new: t('dashStatusNew'), reviewed: t('dashStatusReviewed'), exported: t('dashStatusExported') }[status];
}

export function intentLabel(t: Translate, intent: ArchiveRow['intent']): string {
  return { selling: t('dashIntentSelling'), wanted: t('dashIntentWanted'), other: t('dashIntentOther') }[intent];
}

/** Hides content visually while keeping it for screen readers (the charts' data tables). */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
