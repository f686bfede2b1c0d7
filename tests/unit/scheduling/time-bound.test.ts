import { afterEach, describe, expect, it, vi } from 'vitest';
import { orWhenLate } from '@/lib/scheduling/time-bound';

afterEach(() => void vi.useRealTimers());

describe('orWhenLate', () => {
  it('gives what comes in time, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    await expect(orWhenLate(Promise.resolve('answer'), 1_000, () => 'late')).resolves.toBe('answer');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives what late() gives once the time has passed, not a moment before', async () => {
    vi.useFakeTimers();
    let settled: string | undefined;
    void orWhenLate(new Promise<string>(() => undefined), 1_000, () => 'late').then((value) => (settled = value));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe('late');
  });

  it('rejects with what late() throws', async () => {
    vi.useFakeTimers();
    const waited = orWhenLate(new Promise<string>(() => undefined), 50, () => {
      throw new Error('no answer within 50 ms');
    });
    const outcome = expect(waited).rejects.toThrow('no answer within 50 ms');
    await vi.advanceTimersByTimeAsync(50);
    await outcome;
  });

  it('passes on a failure as it is, and clears its timer', async () => {
    vi.useFakeTimers();
    const failed = orWhenLate(Promise.reject(new Error('No tab with id 7')), 1_000, () => 'late');
    await expect(failed).rejects.toThrow('No tab with id 7');
    expect(vi.getTimerCount()).toBe(0);
  });
});
