/**
 * jsdom lays nothing out and has no ResizeObserver, which the page scanner's frame slices wait for (after-layout.ts):
 * a stand-in that reports each observed element in the next animation frame, as the browser does once that frame's
 * layout is done. `held()`: reports wait until `release()` instead, so a test sees what runs before the layout.
 */
export function standInResizeObserver(win: Window & typeof globalThis = window) {
  const waiting = new Set<() => void>();
  let holding = false;
  const observed: Element[] = [];
  Object.defineProperty(win, 'ResizeObserver', {
    configurable: true,
    value: class {
      private report?: () => void;
      constructor(private readonly callback: () => void) {}
      observe(target: Element) {
        observed.push(target);
        // One report a frame for all an observer's targets, as the browser gives.
        this.disconnect();
        this.report = () => {
          waiting.delete(this.report!);
          this.callback();
        };
        waiting.add(this.report);
        if (!holding) win.requestAnimationFrame(() => this.report && waiting.has(this.report) && this.report());
      }
      disconnect() {
        if (this.report) waiting.delete(this.report);
      }
    },
  });
  return {
    observed,
    hold: () => (holding = true),
    release() {
      holding = false;
      for (const report of [...waiting]) report();
    },
  };
}
