import type { Translate } from '@/lib/i18n/translate';
import type { ArchiveRow } from '@/lib/dashboard/row';

/** The status filter's choices: the review statuses, and "exported", a separate fact about the flag. */
export type StatusChoice = ArchiveRow['status'] | 'exported';

/** The UI words for the status and intent values stored in flags. */
export function statusLabel(t: Translate, status: StatusChoice): string {
  return { new: t('dashStatusNew'), reviewed: t('dashStatusReviewed'), exported: t('dashStatusExported') }[status];
}

/** A row's status cell: its review status, and whether it was exported. */
export function rowStatusLabel(t: Translate, row: Pick<ArchiveRow, 'status' | 'exported'>): string {
  return row.exported ? `${statusLabel(t, row.status)}, ${statusLabel(t, 'exported')}` : statusLabel(t, row.status);
}

export function intentLabel(t: Translate, intent: ArchiveRow['intent']): string {
  return { selling: t('dashIntentSelling'), wanted: t('dashIntentWanted'), other: t('dashIntentOther') }[intent];
}
