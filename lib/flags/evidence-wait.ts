import { orWhenLate } from '@/lib/scheduling/time-bound';

/**
 * How long a screenshot or a page snapshot may take before the flag is saved without it (`missing` says so): a
 * browser call that never answers must hold neither this flag nor every flag after it, since captures go one at a
 * time (lib/browser/flag-deps.ts). A save of a page of a million nodes takes seconds, not a minute.
 */
export const EVIDENCE_WAIT_MS = 60_000;

/**
 * `promise`, or a rejection naming `what` did not come within `ms`.
 * @example const png = await withinTime(capture(), EVIDENCE_WAIT_MS, 'the screenshot');
 */
export function withinTime<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return orWhenLate(promise, ms, () => {
    throw new Error(`${what} did not come within ${Math.round(ms / 1000)} s`);
  });
}
