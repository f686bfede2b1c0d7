import { isInvisible } from '@/lib/highlight/dom-rules';
import { lazyRegExp } from '@/lib/matching/lazy-regexp';
import { onAbort } from '@/lib/scheduling/abort';

/**
 * Whether a frame is worth a dictionary load and a scan. Every frame of every
 * page runs the content script, and most embedded ones are ads, trackers and
 * 1×1 pixels with no words in them: those wait here, at the cost of one
 * observer, until they grow text and room to show it (most never do).
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
      if (!(parent && isInvisible(parent)) && WORD().test((node as Text).data)) return true;
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
 * for frames with words; otherwise when it gains some or is resized. Never
 * resolves for a frame that stays empty; the signal stops the watching.
 * @example await whenWorthScanning(window, ctx.signal); // then load the dictionary
 */
export function whenWorthScanning(win: Window & typeof globalThis, signal: AbortSignal): Promise<void> {
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
    win.addEventListener('resize', soon);
    const stop = () => {
      observer.disconnect();
      win.removeEventListener('resize', soon);
    };
    onAbort(signal, stop);
  });
}
