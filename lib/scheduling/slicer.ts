import { onAbort } from './abort';

/**
 * Runs work in short slices so no main-thread task comes near 50 ms. Between
 * slices it yields through a MessageChannel: unlike setTimeout it is not
 * clamped to 4 ms after nesting, and unlike requestIdleCallback it does not
 * starve while the page keeps the main thread busy. Work that starts after a
 * quiet spell (new content) starts in the next frame, after its layout and
 * before its paint, so the first matches paint in the frame that shows the content, and
 * nothing of Spoor's runs between the change and that frame to make it later;
 * the channel's slices follow it (or a timer's, when no frame comes).
 */
export interface Slicer {
  /** Makes sure the work runs; calling it while running does nothing. */
  wake(): void;
}

/**
 * What a step returns, having done nothing, when its work is to run alone in a slice and the slice has begun: work
 * whose code has not run yet takes many times what its kind takes warm, which no earlier step's time foretells.
 */
export const NEXT_SLICE = 2;

export interface SlicerOptions {
  /**
   * Does one small unit of work; returns false when nothing is left, or NEXT_SLICE (`sliceBegun`: an earlier step ran
   * in this slice) to have the slice end before it.
   */
  step(sliceBegun: boolean): boolean | typeof NEXT_SLICE;
  /**
   * Called when the work runs dry after a wake, with the time the work began (`now()` of the first wake). Returns
   * false when the work is not over though none is left for now (it waits for something): the next wake goes on
   * with it, its start and its cost so far carried over.
   */
  onIdle(busySince: number, work: SlicedWork): boolean | void;
  /**
   * Shows what is done so far, as part of the slice (its time counts): after a slice run in a frame,
   * after the first slice of a wake, at most every `progressEveryMs` otherwise, and when the work runs dry.
   */
  onProgress?(): void;
  progressEveryMs?: number;
  signal: AbortSignal;
  now?: () => number;
  /** Creates the channel used to yield; MessageChannel in a page. */
  createChannel?: () => MessageChannel;
  /**
   * Runs a callback before the next frame paints (after-layout.ts); returns a falsy value when no frame is to come (a
   * hidden document), and the work starts at once. None by default.
   */
  requestFrame?: (callback: () => void) => unknown;
  /**
   * Whether the work still owes the frame what the reader is to see in it (the first blocks near the view): asked when
   * a slice run in a frame has spent its budget, which a busy machine's thread may spend waiting for a core before it
   * reaches them. While it says so, the slice goes on past its budget, for up to FRAME_STEPS steps.
   */
  owesFrame?(): boolean;
}

/** A slice's time: 8 ms leaves room under the 50 ms long-task mark even on a slow machine. */
const BUDGET_MS = 8;

/** The longest a wake waits for its frame before a slice runs anyway: a frame out of view may get none. */
const FRAME_WAIT_MS = 100;

/**
 * The most steps a frame's slice runs past its budget while the work owes the frame (owesFrame): a bound in work, not
 * time, so that the frame gets its first blocks however long the thread waited; 64 light steps are a few ms of CPU.
 */
const FRAME_STEPS = 64;

/** What the work cost the page since the wake: its slices, without the page's own tasks between them. */
export interface SlicedWork {
  ms: number;
  longestSliceMs: number;
}

/** @example createSlicer({ step: () => queue.next(), onIdle: report, signal: ctx.signal }).wake(); */
export function createSlicer(options: SlicerOptions): Slicer {
  // The window's `performance` is a getter, a call into the browser: read once, not at each of a pass's 20,000 steps.
  const clock = performance;
  const {
    step,
    onIdle,
    onProgress,
    signal,
    requestFrame = () => 0,
    now = () => clock.now(),
    progressEveryMs = 100,
  } = options;
  const channel = options.createChannel?.() ?? new MessageChannel();
  let running = false;
  let posted = false;
  let carried = false;
  let busySince = 0;
  let lastProgress = 0;
  /** The longest step of the last slice, up to half the budget. */
  let lastLongest = 0;
  // Set by the first wake.
  let work: SlicedWork;

  const post = () => {
    if (!posted) channel.port2.postMessage(0);
    posted = true;
  };
  const runSlice = (inFrame: boolean) => {
    if (signal.aborted || !running) return;
    const sliceStart = now();
    let more: boolean | typeof NEXT_SLICE = true;
    let time = sliceStart;
    // A step starts only if one as long as the longest so far (a GC inside it included) would end within the budget:
    // a step started just before the deadline took slices to 20 ms. So far: in this slice or (up to half the budget,
    // so that every slice does some work) in the last one, as the long steps (a block with matches) come among short
    // ones, and a slice that had met none yet started one at its end.
    let longest = 0;
    let before = time;
    let steps = 0;
    let overtime = 0;
    while (
      more === true &&
      ((time = now()) + Math.max(lastLongest, (longest = Math.max(longest, time - before))) < sliceStart + BUDGET_MS ||
        (inFrame && overtime++ < FRAME_STEPS && !!options.owesFrame?.()))
    ) {
      before = time;
      more = step(steps++ > 0);
    }
    lastLongest = Math.min(longest, BUDGET_MS / 2);
    if (!more || inFrame || time - lastProgress >= progressEveryMs) {
      lastProgress = time;
      onProgress?.();
    }
    const sliceMs = now() - sliceStart;
    work.ms += sliceMs;
    work.longestSliceMs = Math.max(work.longestSliceMs, sliceMs);
    if (more) post();
    else {
      running = false;
      carried = onIdle(busySince, work) === false;
    }
  };
  channel.port1.onmessage = () => {
    posted = false;
    runSlice(false);
  };
  onAbort(signal, () => channel.port1.close());

  return {
    wake() {
      if (running || signal.aborted) return;
      running = true;
      lastProgress = now() - progressEveryMs;
      if (!carried) {
        busySince = lastProgress + progressEveryMs;
        work = { ms: 0, longestSliceMs: 0 };
      }
      // A timer that fires after its frame posts nothing while a slice is posted, at worst a slice early.
      if (requestFrame(() => runSlice(true))) setTimeout(post, FRAME_WAIT_MS);
      else post();
    },
  };
}
