/**
 * Runs work in short slices so no main-thread task comes near 50 ms. Between
 * slices it yields through a MessageChannel: unlike setTimeout it is not
 * clamped to 4 ms after nesting, and unlike requestIdleCallback it does not
 * starve while the page keeps the main thread busy, so appended content is
 * painted within a few frames.
 */
export interface Slicer {
  /** Makes sure the work runs; calling it while running does nothing. */
  wake(): void;
}

export interface SlicerOptions {
  /** Does one small unit of work; returns false when nothing is left. */
  step(): boolean;
  /** Called when the work runs dry after a wake, with the time the work began (`now()` of the first wake). */
  onIdle(busySince: number, work: SlicedWork): void;
  /**
   * Called after a slice while work remains, to show what is done so far: after the first slice of a wake, so new
   * content's first matches paint in the next frame, then at most every `progressEveryMs`.
   */
  onProgress?(): void;
  progressEveryMs?: number;
  signal: AbortSignal;
  now?: () => number;
  budgetMs?: number;
  /** Creates the channel used to yield; MessageChannel in a page. */
  createChannel?: () => MessageChannel;
}

/** What the work cost the page since the wake: its slices, without the page's own tasks between them. */
export interface SlicedWork {
  ms: number;
  longestSliceMs: number;
}

/** @example createSlicer({ step: () => queue.next(), onIdle: report, signal: ctx.signal }).wake(); */
export function createSlicer(options: SlicerOptions): Slicer {
  const {
    step,
    onIdle,
    onProgress,
    signal,
    now = () => performance.now(),
    budgetMs = 8,
    progressEveryMs = 100,
  } = options;
  const channel = (options.createChannel ?? (() => new MessageChannel()))();
  let running = false;
  let busySince = 0;
  let lastProgress = 0;
  let work: SlicedWork = { ms: 0, longestSliceMs: 0 };

  const runSlice = () => {
    if (signal.aborted) return;
    const sliceStart = now();
    const deadline = sliceStart + budgetMs;
    let more = true;
    let time = 0;
    while (more && (time = now()) < deadline) more = step();
    const sliceMs = (more ? time : now()) - sliceStart;
    work.ms += sliceMs;
    work.longestSliceMs = Math.max(work.longestSliceMs, sliceMs);
    if (more) {
      if (onProgress && time - lastProgress >= progressEveryMs) {
        lastProgress = time;
        onProgress();
      }
      channel.port2.postMessage(null);
    } else {
      running = false;
      onIdle(busySince, work);
    }
  };
  channel.port1.onmessage = runSlice;
  signal.addEventListener('abort', () => channel.port1.close(), { once: true });

  return {
    wake() {
      if (running || signal.aborted) return;
      running = true;
      busySince = now();
      lastProgress = busySince - progressEveryMs;
      work = { ms: 0, longestSliceMs: 0 };
      channel.port2.postMessage(null);
    },
  };
}
