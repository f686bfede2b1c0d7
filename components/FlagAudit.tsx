import type { AuditEntry } from '@/lib/records/flag';
import { useT } from '@/components/i18n';

const ACTION_LABELS = {
  create: 'recordActionCreate',
  observe: 'recordActionObserve',
  edit: 'recordActionEdit',
  delete: 'recordActionDelete',
  export: 'recordActionExport',
  import: 'recordActionImport',
  merge: 'recordActionMerge',
} as const;

/** A value as evidence text: JSON, shortened; never HTML. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? '—';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The chain of custody: who did what to the flag, when (ISO UTC, as recorded), and which fields changed. */
export function FlagAudit({ entries }: { entries: AuditEntry[] }) {
  const t = useT();
  return (
    <section aria-label={t('recordHistoryLabel')}>
      <h2>{t('recordHistory')}</h2>
      <ol>
        {entries.map((entry, index) => (
          <li key={index}>
            {t('recordAuditEntry', [entry.at, entry.by || t('recordAuditUnnamed'), t(ACTION_LABELS[entry.action])])}
            {entry.note && ` (${entry.note})`}
            {entry.action === 'delete' && t('recordAuditDeletedKept')}
            {entry.action !== 'delete' && entry.changes.length > 0 && (
              <ul>
                {entry.changes.map((change) => (
                  <li key={change.path}>
                    <code>{change.path}</code>: {shown(change.from)} → {shown(change.to)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
