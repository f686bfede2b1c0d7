import { describe, expect, it } from 'vitest';
import { retryWhileRateLimited } from '@/lib/flags/capture-rate';

const rateLimited = () => new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');

/** A captureVisibleTab that is refused `refusals` times, then answers. */
function capture(refusals: number, error = rateLimited) {
  const calls = { count: 0 };
  const call = async () => {
    calls.count += 1;
    if (calls.count <= refusals) throw error();
    return 'data:image/png;base64,AAAA';
  };
  return { call, calls };
}

describe('retryWhileRateLimited', () => {
  it.each([0, 1, 2, 5])(
    'gets the screenshot after %i refusals by the rate limit, pausing between tries',
    async (refusals) => {
      const { call, calls } = capture(refusals);
      const pauses: number[] = [];
      const sleep = async (ms: number) => void pauses.push(ms);
      expect(await retryWhileRateLimited(call, { sleep, pauseMs: 400 })).toBe('data:image/png;base64,AAAA');
      expect(calls.count).toBe(refusals + 1);
      expect(pauses).toEqual(Array<number>(refusals).fill(400));
    },
  );

  it('gives up after its attempts, with the browser error', async () => {
    const { call, calls } = capture(Infinity);
    await expect(retryWhileRateLimited(call, { attempts: 3, sleep: async () => undefined })).rejects.toThrow(
      /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/,
    );
    expect(calls.count).toBe(3);
  });

  it('does not retry other failures', async () => {
    const { call, calls } = capture(1, () => new Error('Cannot access contents of the page'));
    await expect(retryWhileRateLimited(call, { sleep: async () => undefined })).rejects.toThrow(
      'Cannot access contents of the page',
    );
    expect(calls.count).toBe(1);
  });
});
