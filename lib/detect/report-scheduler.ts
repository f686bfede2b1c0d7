import type { ReportEntry } from './report';
import { onAbort } from '@/lib/scheduling/abort';

export interface ReportScheduler {
  /**
   * Sends the current findings after a quiet spell; unchanged findings are not resent. The first report of a
   * document goes at once (in a task of its own): the badge and the popup wait for it.
   */
  schedule(): void;
  /** Sends the findings at once even if unchanged (the background has forgotten them: a new page in the tab). */
  resend(): void;
}

export interface ReportSchedulerOptions {
  collect(): ReportEntry[];
  send(entries: ReportEntry[]): Promise<unknown>;
  win: Pick<Window, 'setTimeout' | 'clearTimeout'>;
  signal: AbortSignal;
  /** The quiet spell a report waits for. */
  delayMs?: number;
  /** The longest a change waits to be reported while the page never falls quiet (a ticking clock). */
  maxDelayMs?: number;
}

/**
 * Debounces the content script's reports to the background: the first at once
 * (the badge within a few milliseconds of the first pass), then a page that keeps
 * changing reports once it settles, not on every mutation, and at least every
 * `maxDelayMs` while it never settles (a page mutating every 16 ms would
 * otherwise never be reported).
 * @example const reports = createReportScheduler({ collect, send, win: window, signal }); reports.schedule();
 */
export function createReportScheduler(options: ReportSchedulerOptions): ReportScheduler {
  const { win, signal, delayMs = 300, maxDelayMs = 2000 } = options;
  let quiet: number | undefined;
  let latest: number | undefined;
  let lastSent: string | undefined;
  /** The next report goes without waiting for a quiet spell: nothing has been reported yet. */
  let prompt = true;

  const flush = () => {
    win.clearTimeout(quiet);
    win.clearTimeout(latest);
    quiet = latest = undefined;
    if (signal.aborted) return;
    const entries = options.collect();
    const serialized = JSON.stringify(entries);
    if (serialized === lastSent) return;
    lastSent = serialized;
    // The background may be restarting or the extension reloading; the next change reports again.
    options.send(entries).catch(() => (lastSent = undefined));
  };
  const schedule = () => {
    win.clearTimeout(quiet);
    quiet = win.setTimeout(flush, prompt ? 0 : delayMs);
    prompt = false;
    latest ??= win.setTimeout(flush, maxDelayMs);
  };
  onAbort(signal, () => {
    win.clearTimeout(quiet);
    win.clearTimeout(latest);
  });
  return {
    schedule,
    resend() {
      lastSent = undefined;
      prompt = true;
      schedule();
    },
  };
}
