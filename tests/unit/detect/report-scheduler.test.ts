import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createReportScheduler } from '@/lib/detect/report-scheduler';
import type { ReportEntry } from '@/lib/detect/report';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const entry = { entryId: 'ivory', count: 1 } as ReportEntry;

function scheduler(collect: () => ReportEntry[]) {
  const sent: ReportEntry[][] = [];
  const stop = new AbortController();
  const reports = createReportScheduler({
    collect,
    send: async (entries) => sent.push(entries),
    win: globalThis as unknown as Window,
    signal: stop.signal,
    delayMs: 300,
  });
  return { reports, sent, stop };
}

it('sends the first report at once, in a task of its own', () => {
  const { reports, sent } = scheduler(() => [entry]);
  reports.schedule();
  expect(sent).toHaveLength(0);
  vi.advanceTimersByTime(0);
  expect(sent).toEqual([[entry]]);
});

it('sends once after a burst of later changes settles', () => {
  let count = 0;
  const { reports, sent } = scheduler(() => [{ ...entry, count }]);
  reports.schedule();
  vi.advanceTimersByTime(0);
  for (let i = 0; i < 10; i++) {
    count++;
    reports.schedule();
    vi.advanceTimersByTime(100);
  }
  expect(sent).toHaveLength(1);
  vi.advanceTimersByTime(300);
  expect(sent.map((entries) => entries[0]!.count)).toEqual([0, 10]);
});

it('reports at least every maxDelayMs while the page never settles', () => {
  let count = 0;
  const { reports, sent } = scheduler(() => [{ ...entry, count: ++count }]);
  // A clock ticking every 16 ms for 5 s: the quiet spell never comes.
  for (let elapsed = 0; elapsed < 5000; elapsed += 16) {
    reports.schedule();
    vi.advanceTimersByTime(16);
  }
  // The first at once, then one every 2 s.
  expect(sent.map((entries) => entries[0]!.count)).toEqual([1, 2, 3]);
  vi.advanceTimersByTime(300);
  expect(sent).toHaveLength(4);
});

it('does not resend unchanged findings unless asked to', () => {
  const { reports, sent } = scheduler(() => [entry]);
  reports.schedule();
  vi.advanceTimersByTime(300);
  reports.schedule();
  vi.advanceTimersByTime(300);
  expect(sent).toHaveLength(1);
  reports.resend();
  vi.advanceTimersByTime(0);
  expect(sent).toHaveLength(2);
});

it('sends nothing after the content script is invalidated', () => {
  const { reports, sent, stop } = scheduler(() => [entry]);
  reports.schedule();
  stop.abort();
  vi.advanceTimersByTime(1000);
  expect(sent).toHaveLength(0);
});
