import type { ReactNode } from 'react';
import { classes } from './classes';
import './Notice.css';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

/**
 * A message in the flow of a page. Errors are alerts (read out at once),
 * the rest status messages; `action` is what the reader can do about it.
 */
export function Notice({
  tone = 'info',
  children,
  action,
  className,
}: {
  tone?: NoticeTone;
  children: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div className={classes('notice', `notice--${tone}`, className)}>
      <div role={tone === 'error' ? 'alert' : 'status'} className="notice__body">
        {children}
      </div>
      {action && <div className="notice__action">{action}</div>}
    </div>
  );
}

/**
 * A notice pinned to the bottom of the window for the outcome of an action
 * (saved, deleted, imported); it stays until dismissed or replaced, so
 * nobody has to read it against a timer.
 */
export function Toast({
  tone = 'success',
  children,
  onDismiss,
  dismissLabel,
}: {
  tone?: NoticeTone;
  children: ReactNode;
  onDismiss(): void;
  dismissLabel: string;
}) {
  return (
    <div className="toast-region">
      <Notice
        tone={tone}
        className="toast"
        action={
          <button type="button" className="toast__close" aria-label={dismissLabel} onClick={onDismiss}>
            ×
          </button>
        }
      >
        {children}
      </Notice>
    </div>
  );
}
