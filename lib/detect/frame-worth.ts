import { lazyRegExp } from '@/lib/matching/lazy-regexp';
import { onAbort } from '@/lib/scheduling/abort';
// Elements whose text never renders: dom-rules.ts's own list, without that module's tag sets.
import { INVISIBLE_TAG } from '@/lib/highlight/invisible-tags';

/**
 * Whether an embedded frame is worth the detector. Every frame of every page
 * runs the small frame script (entrypoints/frame.content.ts), and most embedded
 * frames are ads, trackers and 1×1 pixels with no words in them: those wait
 * here, at the cost of one observer, until they grow text and room to show it
 * (most never do); the detector, its evaluation and its dictionary load, is
 * injected only into the others (issue 14).
 */

/** Smaller than this (CSS px) a frame shows no readable listing: a pixel, a spacer, a hidden iframe. */
const MIN_SIDE = 16;
/** Letters in a row that make a word worth matching; species names and trade terms are longer. */
const WORD = lazyRegExp('\\p{L}{3}');
/**
 * NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, spelt out: the frame's own NodeFilter is not a global everywhere
 * tests run.
 */
const ELEMENTS_AND_TEXT = 0x1 | 0x4;

function hasWords(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, ELEMENTS_AND_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === node.TEXT_NODE) {
      const parent = node.parentElement;
      if (!(parent && INVISIBLE_TAG.test(parent.localName)) && WORD().test((node as Text).data)) return true;
    } else if ((node as Element).localName.includes('-')) {
      // A custom element keeps its words in a shadow root the scanner reads: worth a look.
      return true;
    }
  }
  return false;
}

/** The top frame always is; an embedded one when it is big enough to read and holds words. */
export function isWorthScanning(win: Window): boolean {
  if (win === win.top) return true;
  return win.innerWidth >= MIN_SIDE && win.innerHeight >= MIN_SIDE && hasWords(win.document);
}

/**
 * Resolves once the frame is worth scanning: at once for the top frame and
 * for frames with words; otherwise when it gains some or is resized (or first sized). Never
 * resolves for a frame that stays empty; the signal stops the watching.
 * @example await whenWorthScanning(window); // then ask for the detector
 */
export function whenWorthScanning(win: Window & typeof globalThis, signal?: AbortSignal): Promise<void> {
  if (isWorthScanning(win)) return Promise.resolve();
  return new Promise((resolve) => {
    let pending = false;
    const check = () => {
      pending = false;
      if (!isWorthScanning(win)) return;
      stop();
      resolve();
    };
    // One check per frame of changes at most: an animated ad mutates all the time.
    const soon = () => {
      if (pending) return;
      pending = true;
      win.requestAnimationFrame(check);
    };
    const observer = new win.MutationObserver(soon);
    observer.observe(win.document, { childList: true, subtree: true, characterData: true });
    // A cross-origin frame's script can run before the embedding page has laid the frame out (0×0 on a busy machine),
    // and Chrome then sizes it without a resize event (seen ~1 load in 100 at load 8–70): its root's box growing is.
    const sizes = new win.ResizeObserver(soon);
    sizes.observe(win.document.documentElement);
    win.addEventListener('resize', soon);
    const stop = () => {
      observer.disconnect();
      sizes.disconnect();
      win.removeEventListener('resize', soon);
    };
    if (signal) onAbort(signal, stop);
  });
}

/**
 * What the frame script does: nothing in the top frame, which the manifest gives the detector; in an embedded frame,
 * asks for the detector once (`ask`: the `detect/frame` message) when the frame is worth scanning. A failed ask (the
 * extension reloaded or removed meanwhile) is dropped: the next document asks again.
 * @example askWhenWorthScanning(window, () => sendFromContent('detect/frame', {}));
 */
export function askWhenWorthScanning(win: Window & typeof globalThis, ask: () => Promise<unknown>): void {
  if (win !== win.top)
    whenWorthScanning(win)
      .then(ask)
      .catch(() => undefined);
}
