import type { CDPSession } from 'playwright-core';

/** One event of a Chrome trace, with the fields the bench scripts read. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; documentLoaderURL?: string; functionName?: string; lineNumber?: number } };
}

/**
 * Runs `work` under a trace of `categories` on `cdp`'s target and returns its result with the trace's events.
 * @example const { result, events } = await traced(cdp, 'devtools.timeline', () => page.goto(url));
 */
export async function traced<T>(
  cdp: CDPSession,
  categories: string,
  work: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  const result = await work();
  await cdp.send('Tracing.end');
  await complete;
  return { result, events };
}
