import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVIDENCE_WAIT_MS, withinTime } from '@/lib/flags/evidence-wait';

afterEach(() => void vi.useRealTimers());

describe('withinTime', () => {
  it('gives what comes in time, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const png = withinTime(Promise.resolve('png bytes'), EVIDENCE_WAIT_MS, 'the screenshot');
    await expect(png).resolves.toBe('png bytes');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says what did not come, and after how long, when a browser call never answers', async () => {
    vi.useFakeTimers();
    const never = new Promise<Blob>(() => undefined);
    const snapshot = withinTime(never, EVIDENCE_WAIT_MS, 'the page snapshot');
    const outcome = expect(snapshot).rejects.toThrow('the page snapshot did not come within 60 s');
    await vi.advanceTimersByTimeAsync(EVIDENCE_WAIT_MS - 1);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
  });

  it('passes on a failure as it is', async () => {
    await expect(
      withinTime(Promise.reject(new Error('Tabs cannot be edited')), 1_000, 'the screenshot'),
    ).rejects.toThrow('Tabs cannot be edited');
  });
});
