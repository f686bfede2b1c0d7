import { useMemo } from 'react';
import { FlagRecord } from '@/components/FlagRecord';
import { useT } from '@/components/i18n';
import type { SendToBackground } from '@/lib/messaging/protocol';

export interface FlagSidePanelProps {
  flagId: string;
  send: SendToBackground;
  onClose(): void;
  /** The record was edited or deleted in the panel: the table reloads. */
  onChanged(): void;
}

/**
 * One flag's record (screenshot, fields, observations, history, edit and
 * delete) beside the table. FlagRecord saves through `send`; watching its
 * edits and deletions there tells the dashboard when to reload.
 */
export function FlagSidePanel({ flagId, send, onClose, onChanged }: FlagSidePanelProps) {
  const t = useT();
  const watched = useMemo(
    () =>
      (async (name, payload) => {
        const reply = await send(name, payload);
        if (name === 'flag/edit' || name === 'flag/delete') onChanged();
        return reply;
      }) as SendToBackground,
    [send, onChanged],
  );
  return (
    <aside
      aria-label={t('dashFlagPanel')}
      style={{
        position: 'fixed',
        top: 0,
        right: 0,
        bottom: 0,
        width: 'min(720px, 50vw)',
        overflow: 'auto',
        background: 'Canvas',
        borderLeft: '1px solid #999',
        padding: 12,
        boxShadow: '-4px 0 12px #0003',
        zIndex: 2,
      }}
    >
      <p style={{ display: 'flex', gap: 12 }}>
        <button type="button" onClick={onClose}>
          {t('dashClosePanel')}
        </button>
        <a href={`/record.html?id=${flagId}`} target="_blank" rel="noreferrer">
          {t('dashOpenInTab')}
        </a>
      </p>
      <FlagRecord key={flagId} flagId={flagId} send={watched} />
    </aside>
  );
}
