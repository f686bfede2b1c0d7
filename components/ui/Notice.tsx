import { useEffect, useRef, type ReactNode } from 'react';
import { classes } from './classes';
import { useAttachedFirst } from './StatusLine';
import './Notice.css';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

/**
 * A message in the flow of a page. Errors are alerts (read out at once),
 * the rest status messages; `action` is what the reader can do about it.
 * A status region is attached empty and its text put in after (useAttachedFirst).
 * `live={false}` inside a live region of the page's own, which announces it.
 * `focus`: it takes focus as it arrives, as the summary of what just failed, so the reader goes on from it.
 */
export function Notice({
  tone = 'info',
  children,
  action,
  className,
  live = true,
  id,
  focus = false,
}: {
  tone?: NoticeTone;
  children: ReactNode;
  action?: ReactNode;
  className?: string;
  live?: boolean;
  /** For a control the message is about to point at (aria-describedby). */
  id?: string;
  focus?: boolean;
}) {
  const attached = useAttachedFirst(!live || tone === 'error');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) box.current?.focus();
  }, [focus]);
  return (
    <div
      ref={box}
      id={id}
      tabIndex={focus ? -1 : undefined}
      className={classes('notice', `notice--${tone}`, className)}
    >
      <div role={live ? (tone === 'error' ? 'alert' : 'status') : undefined} className="notice__body">
        {attached && children}
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
