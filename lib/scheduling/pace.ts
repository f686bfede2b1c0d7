import { yieldToEventLoop } from '@/lib/scheduling/yield';

/**
 * Keeps long work in short slices: the work asks `due()` every few hundred
 * items and, when the slice has run its time, awaits `pause()`, which lets the
 * page run (input, paint, its own scripts) before the next slice starts.
 */
export interface Pace {
  /** Whether the current slice has used its time. */
  due(): boolean;
  /** Yields to the event loop, then starts a new slice; rejects once the signal is aborted. */
  pause(): Promise<void>;
  /** Starts a new slice without yielding: after awaiting something that yielded anyway (a storage read). */
  restart(): void;
}

export interface PaceOptions {
  /** Longest slice; 8 ms leaves room under the 50 ms long-task mark even on a slow machine. */
  sliceMs?: number;
  signal?: AbortSignal;
  now?: () => number;
  yieldNow?: () => Promise<void>;
}

/**
 * @example
 * const pace = createPace({ sliceMs: 8, signal });
 * for (let i = 0; i < items.length; i++) {
 *   work(items[i]);
 *   if ((i & 255) === 255 && pace.due()) await pace.pause();
 * }
 */
export function createPace({
  sliceMs = 8,
  signal,
  now = () => performance.now(),
  yieldNow = yieldToEventLoop,
}: PaceOptions = {}): Pace {
  let sliceStart = now();
  return {
    due: () => now() - sliceStart >= sliceMs,
    async pause() {
      signal?.throwIfAborted();
      await yieldNow();
      signal?.throwIfAborted();
      sliceStart = now();
    },
    restart() {
      signal?.throwIfAborted();
      sliceStart = now();
    },
  };
}

/** A pace that never pauses: for work off the page (background, tests). */
export const UNPACED: Pace = { due: () => false, pause: async () => {}, restart: () => {} };
