/**
 * Asks for a callback in the next frame after the browser has laid the page out and before it paints: a
 * ResizeObserver's first report on the root element, which every frame that renders gives. An animation frame's
 * callback runs before that layout, so the first box it read after the page appended 500 listings laid them out
 * inside Spoor's call (50–80 ms CPU); here the layout is the frame's own and Spoor's reads find it done, while what
 * Spoor paints still shows in the frame that shows the content. The observer stops before the callback, so nothing
 * the callback changes is reported again (a page would see "ResizeObserver loop" errors).
 * @example const requestFrame = afterLayout(window); requestFrame(() => runSlice());
 */
export function afterLayout(win: Window & typeof globalThis): (callback: () => void) => true {
  let pending: (() => void) | undefined;
  let observer: ResizeObserver | undefined;
  return (callback) => {
    pending = callback;
    observer ??= new win.ResizeObserver(() => {
      observer!.disconnect();
      const run = pending!;
      pending = undefined;
      run();
    });
    observer.observe(win.document.documentElement);
    return true;
  };
}
