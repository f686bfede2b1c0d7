import type { AuditEntry } from '@/lib/flags/schema';

/** A value as evidence text: JSON, shortened; never HTML. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? '—';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The chain of custody: who did what to the flag, when, and which fields changed. */
export function FlagAudit({ entries }: { entries: AuditEntry[] }) {
  return (
    <section aria-label="Audit history">
      <h2>History</h2>
      <ol>
        {entries.map((entry, index) => (
          <li key={index}>
            {entry.at} UTC, {entry.by || 'an unnamed researcher'}: {entry.action}
            {entry.note && ` (${entry.note})`}
            {entry.action === 'delete' && ': the deleted record is kept in this entry'}
            {entry.action !== 'delete' && entry.changes.length > 0 && (
              <ul>
                {entry.changes.map((change) => (
                  <li key={change.path}><code>{change.path}</code>: {shown(change.from)} → {shown(change.to)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
