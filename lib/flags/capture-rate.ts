/** Chrome's error when an extension takes more than two screenshots a second. */
const RATE_LIMITED = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/;

/** The retries' default wait: a real pause (tests pass their own `sleep`). */
export const pause = (ms: number): Promise<void> => new Promise((resume) => setTimeout(resume, ms));

export interface RetryOptions {
  /** How long to wait before trying again; Chrome's budget refills once a second. */
  pauseMs?: number;
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Takes a screenshot, waiting out Chrome's limit of two captures a second.
 * One retry is not enough: the limit's one-second window can still be closed
 * after a short pause, so a burst of flags (200 from four tabs) lost its
 * screenshots. Screenshots are taken one at a time, so each waits at most
 * about a second; `attempts` only bounds a capture that never gets through.
 * Other errors are thrown at once.
 * @example const dataUrl = await retryWhileRateLimited(() => tabs.captureVisibleTab(windowId, { format: 'png' }));
 */
export async function retryWhileRateLimited<T>(capture: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { pauseMs = 400, attempts = 15, sleep = pause } = options;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await capture();
    } catch (error) {
      if (attempt >= attempts || !RATE_LIMITED.test(String(error))) throw error;
      await sleep(pauseMs);
    }
  }
}
