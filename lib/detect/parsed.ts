/**
 * When a frame's document has been parsed (DOMContentLoaded). The content script starts at document_start so the
 * dictionary loads while the page does, and scans once the parser is done: scanning a half-built page would match
 * the same blocks again as the parser adds to them.
 *
 * Call it while the script evaluates: the listener is then the first one on the window's capture phase, before any
 * page script, so a page that stops DOMContentLoaded (stopImmediatePropagation) cannot keep Spoor from scanning.
 * A page's own synthetic event (not `isTrusted`) does not count.
 * @example const parsed = whenParsed(window); … await parsed; runDetect(…);
 */
export function whenParsed(win: Window): Promise<void> {
  if (win.document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const onParsed = (event: Event) => {
      if (!event.isTrusted) return;
      win.removeEventListener('DOMContentLoaded', onParsed, true);
      resolve();
    };
    win.addEventListener('DOMContentLoaded', onParsed, true);
  });
}
