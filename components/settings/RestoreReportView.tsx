import { useT } from '@/components/i18n';
import { Notice } from '@/components/ui/Notice';
import type { RestoreReport } from '@/lib/backup/restore';

const CHECKLIST_MESSAGES = {
  activated: 'backupChecklistActivated',
  kept: 'backupChecklistKept',
  none: 'backupChecklistNone',
} as const;

/** What a restore brought in, and what it kept of this profile (the union made visible). */
export function RestoreReportView({ report }: { report: RestoreReport }) {
  const t = useT();
  const n = (count: number) => count.toLocaleString(t('uiLocale'));
  const { flags } = report;
  return (
    <Notice tone="success">
      <p>{t('backupRestored')}</p>
      <ul className="report">
        <li>{t('backupReportFlags', [n(flags.added), n(flags.updated), n(flags.merged), n(flags.present)])}</li>
        {flags.keptApart > 0 && <li>{t('backupReportKeptApart', n(flags.keptApart))}</li>}
        {flags.keptDeleted + flags.broughtBack > 0 && (
          <li>{t('backupReportTombstones', [n(flags.keptDeleted), n(flags.broughtBack)])}</li>
        )}
        {flags.deletedInBackup > 0 && <li>{t('backupReportDeletedInBackup', n(flags.deletedInBackup))}</li>}
        {report.conflicts.length > 0 && (
          <li>
            {t('backupReportConflicts', n(report.conflicts.length))}
            <ul>
              {report.conflicts.map((conflict, index) => (
                <li key={index}>
                  {conflict.canonicalUrl}: <code>{conflict.field}</code>
                </li>
              ))}
            </ul>
          </li>
        )}
        <li>{t('backupReportArtifacts', [n(report.artifacts.added), n(report.artifacts.present)])}</li>
        <li>{t('backupReportAudit', [n(report.audit.added), n(report.audit.present)])}</li>
        <li>{t('backupReportBatches', [n(report.batches.added), n(report.batches.present)])}</li>
        <li>
          {t('backupReportCustomTerms', [
            n(report.customTerms.add),
            n(report.customTerms.replace),
            n(report.customTerms.keep),
          ])}
        </li>
        <li>{t('backupReportSettings')}</li>
        <li>{t(CHECKLIST_MESSAGES[report.checklist])}</li>
      </ul>
    </Notice>
  );
}
