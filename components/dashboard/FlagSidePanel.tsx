import { useEffect, useMemo, useRef } from 'react';
import { FlagRecord } from '@/components/FlagRecord';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import type { SendToBackground } from '@/lib/messaging/protocol';
import './dashboard.css';

export interface FlagSidePanelProps {
  flagId: string;
  send: SendToBackground;
  onClose(): void;
  /** The record was edited or deleted in the panel: the table reloads. */
  onChanged(): void;
}

/**
 * One flag's record (screenshot, fields, observations, history, edit and
 * delete) beside the table, as a complementary landmark of the page (never
 * inside the main one). It takes focus when it opens; Escape closes it.
 * FlagRecord saves through `send`; watching its edits and deletions there
 * tells the dashboard when to reload.
 */
export function FlagSidePanel({ flagId, send, onClose, onChanged }: FlagSidePanelProps) {
  const t = useT();
  const panel = useRef<HTMLElement>(null);
  const watched = useMemo(
    () =>
      (async (name, payload) => {
        const reply = await send(name, payload);
        if (name === 'flag/edit' || name === 'flag/delete') onChanged();
        return reply;
      }) as SendToBackground,
    [send, onChanged],
  );
  useEffect(() => panel.current?.focus(), [flagId]);
  return (
    <aside
      ref={panel}
      aria-label={t('dashFlagPanel')}
      className="side-panel"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="side-panel__bar">
        <Button onClick={onClose}>{t('dashClosePanel')}</Button>
        <a href={`/record.html?id=${flagId}`} target="_blank" rel="noreferrer">
          {t('dashOpenInTab')}
        </a>
      </div>
      <FlagRecord key={flagId} flagId={flagId} send={watched} />
    </aside>
  );
}
