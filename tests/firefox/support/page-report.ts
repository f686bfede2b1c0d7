import type { Route } from '../../e2e/support/server';

/** What tests/firefox/pages/observe.js posts once Spoor's highlights settle (or its deadline passes). */
export interface PageReport {
  /** Every registered highlight's name and the text of each of its ranges, as the page itself sees them. */
  highlights: Record<string, string[]>;
  /** `document.documentElement.outerHTML` before Spoor's content script ran, and when reporting. */
  domBefore: string;
  domAfter: string;
}

/**
 * A server route that takes the page's report (a POST to /report) and a
 * promise of it, which rejects with `timeoutMessage` if none comes in time.
 */
export function pageReportRoute(
  timeoutMs: number,
  timeoutMessage: string,
): { route: Route; report: Promise<PageReport> } {
  let deliver!: (report: PageReport) => void;
  let fail!: (error: Error) => void;
  const report = new Promise<PageReport>((resolve, reject) => ([deliver, fail] = [resolve, reject]));
  const timer = setTimeout(() => fail(new Error(timeoutMessage)), timeoutMs);
  // If Firefox never starts, nobody awaits the report: its timeout must not surface as an unhandled rejection.
  timer.unref();
  report.catch(() => undefined);
  const route: Route = async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/report') return false;
    let body = '';
    for await (const chunk of req) body += chunk;
    res.writeHead(204).end();
    clearTimeout(timer);
    deliver(JSON.parse(body) as PageReport);
    return true;
  };
  return { route, report };
}
