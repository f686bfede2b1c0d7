import type { ReportEntry } from '@/lib/messaging/detect-messages';

export interface ReportScheduler {
  /** Sends the current findings after a quiet spell; unchanged findings are not resent. */
  schedule(): void;
  /** Sends the findings after a quiet spell even if unchanged (the background may have forgotten them). */
  resend(): void;
}

export interface ReportSchedulerOptions {
  collect(): ReportEntry[];
  send(entries: ReportEntry[]): Promise<unknown>;
  win: Pick<Window, 'setTimeout' | 'clearTimeout'>;
  signal: AbortSignal;
  delayMs?: number;
}

/**
 * Debounces the content script's reports to the background: a page that keeps
 * changing reports once it settles, not on every mutation.
 * @example const reports = createReportScheduler({ collect, send, win: window, signal }); reports.schedule();
 */
export function createReportScheduler(options: ReportSchedulerOptions): ReportScheduler {
  const { win, signal, delayMs = 300 } = options;
  let timer: number | undefined;
  let lastSent: string | undefined;

  const flush = () => {
    timer = undefined;
    if (signal.aborted) return;
    const entries = options.collect();
    const serialized = JSON.stringify(entries);
    if (serialized === lastSent) return;
    lastSent = serialized;
    // The background may be restarting or the extension reloading; the next change reports again.
    options.send(entries).catch(() => (lastSent = undefined));
  };
  const schedule = () => {
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(flush, delayMs);
  };
  signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  return {
    schedule,
    resend() {
      lastSent = undefined;
      schedule();
    },
  };
}
