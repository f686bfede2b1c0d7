import type { HistoryNode } from '@/lib/integrity/history';
import type { AuditEntry } from '@/lib/records/flag';
import type { HistoryView } from '@/lib/messaging/flag-messages';
import { formatUtcDateTime } from '@/lib/i18n/numbers';
import { useT } from './i18n';
import './record/record.css';
import { isolatedText, shownText } from '@/lib/files/shown-text';

const ACTION_LABELS = {
  create: 'recordActionCreate',
  observe: 'recordActionObserve',
  edit: 'recordActionEdit',
  delete: 'recordActionDelete',
  export: 'recordActionExport',
  import: 'recordActionImport',
  merge: 'recordActionMerge',
  restore: 'recordActionRestore',
  claim: 'recordActionClaim',
  migrate: 'recordActionMigrate',
} as const;

/** A value as evidence text: JSON, shortened, hidden and reordering characters written out; never HTML. */
function shown(value: unknown): string {
  const text = shownText(JSON.stringify(value) ?? '—');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * The chain of custody as a timeline: whether it verifies (every entry sealed
 * by the hash of the one before, the record the one its newest entry
 * describes), then who did what to the flag, when (ISO UTC, as recorded),
 * which fields changed, and under an import, merge or restore the history it
 * brought in.
 */
export function FlagAudit({ history }: { history: HistoryView }) {
  const t = useT();
  return (
    <section aria-label={t('recordHistoryLabel')} className="card">
      <h2>{t('recordHistory')}</h2>
      {history.problems.length === 0 ? (
        <p role="status" data-verified="true">
          {t('recordHistoryVerified', String(history.entries))}
        </p>
      ) : (
        <div role="alert" data-verified="false">
          <p>{t('recordHistoryBroken')}</p>
          <ul>
            {history.problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      <Timeline nodes={history.line} />
    </section>
  );
}

function Timeline({ nodes }: { nodes: readonly HistoryNode[] }) {
  const t = useT();
  return (
    <ol className="timeline">
      {nodes.map(({ entry, joined }) => (
        <li key={entry.hash} className={`timeline__entry timeline__entry--${entry.action}`}>
          <Entry entry={entry} />
          {joined.length > 0 && (
            <div className="timeline__joined">
              <p>{t('recordHistoryJoined')}</p>
              {joined.map((branch) => (
                <Timeline key={branch[0]!.entry.hash} nodes={branch} />
              ))}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

function Entry({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const locale = t('uiLocale');
  return (
    <>
      <p className="timeline__what">
        <strong>{isolatedText(entry.by) || t('recordAuditUnnamed')}</strong>: {t(ACTION_LABELS[entry.action])}
        {entry.legacy && ` ${t('recordAuditLegacy')}`}
        {entry.note && ` (${isolatedText(entry.note)})`}
        {entry.action === 'delete' && t('recordAuditDeletedKept')}
      </p>
      <p className="timeline__when">
        <time dateTime={entry.at}>{formatUtcDateTime(entry.at, locale)}</time> · <code>{entry.at}</code> ·{' '}
        <code title={entry.hash}>{entry.hash.slice(0, 12)}</code>
      </p>
      {entry.action !== 'delete' && entry.changes.length > 0 && (
        <ul className="timeline__changes">
          {entry.changes.map((change) => (
            <li key={change.path}>
              <code>{change.path}</code>: {shown(change.from)} → {shown(change.to)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
