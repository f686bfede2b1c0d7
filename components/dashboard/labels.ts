import type { Translate } from '@/lib/i18n/translate';
import type { SortOrder } from '@/lib/dashboard/query';
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

/** What a screen reader hears when the table's order changes ("Sorted by Captured, newest first"). */
export function sortedLabel(t: Translate, columnTitle: string, { column, direction }: SortOrder): string {
  const dated = column === 'captured';
  const order =
    direction === 'asc'
      ? t(dated ? 'dashSortOldest' : 'dashSortAscending')
      : t(dated ? 'dashSortNewest' : 'dashSortDescending');
  return t('dashSortedBy', [columnTitle, order]);
}
