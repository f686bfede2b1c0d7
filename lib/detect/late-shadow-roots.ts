import { isCustomElement } from './shadow-roots';
import { onAbort } from '@/lib/scheduling/abort';

/**
 * Watches custom elements that had no shadow root when the scanner met them.
 * Components whose code loads late (lazy bundles, hydration) attach their root
 * after Spoor has passed, and no DOM event announces an attached root, so the
 * watch looks again a few times, backing off, and hands every root it finds
 * to `adopt`. Only custom elements (names with a hyphen) can carry a root
 * attached later by page code the scanner has not seen yet.
 */
export interface LateShadowRootOptions {
  win: Pick<Window, 'setTimeout' | 'clearTimeout'>;
  shadowRootOf(element: Element): ShadowRoot | null;
  adopt(root: ShadowRoot): void;
  signal: AbortSignal;
  /** Milliseconds before each look; a newly noted element starts the series again. */
  delays?: readonly number[];
  /** Elements watched at most: each look asks every one, so the cost per look stays small. */
  limit?: number;
}

export interface LateShadowRootWatch {
  /** An element met without a shadow root; ignored unless it is a custom element. */
  note(element: Element): void;
}

const LOOK_DELAYS = [500, 2_000, 8_000];
const WATCH_LIMIT = 2_000;

/**
 * @example const late = watchLateShadowRoots({ win: window, shadowRootOf, adopt, signal });
 *          if (!shadowRootOf(element)) late.note(element);
 */
export function watchLateShadowRoots(options: LateShadowRootOptions): LateShadowRootWatch {
  const { win, shadowRootOf, adopt, signal, delays = LOOK_DELAYS, limit = WATCH_LIMIT } = options;
  const waiting = new Set<Element>();
  let round = 0;
  let timer: number | undefined;

  const schedule = () => {
    if (timer === undefined && waiting.size > 0 && round < delays.length && !signal.aborted)
      timer = win.setTimeout(look, delays[round]);
  };
  const look = () => {
    timer = undefined;
    for (const element of waiting) {
      const root = element.isConnected ? shadowRootOf(element) : null;
      if (root || !element.isConnected) waiting.delete(element);
      if (root) adopt(root);
    }
    round += 1;
    schedule();
  };
  onAbort(signal, () => {
    if (timer !== undefined) win.clearTimeout(timer);
    waiting.clear();
  });

  return {
    note(element) {
      if (!isCustomElement(element) || waiting.size >= limit || waiting.has(element)) return;
      waiting.add(element);
      round = 0;
      schedule();
    },
  };
}
