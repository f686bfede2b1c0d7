import { contentsShow, drawnOnPage } from '@/lib/highlight/contents-box';
import { hidesContent } from '@/lib/highlight/clips-all';
import { isInline } from '@/lib/highlight/dom-rules';
import { blendsIn } from './blends-in';
import { computedStyle } from './computed-style';
import { oncePerTask } from './once-per-task';

/**
 * Whether a match's text is hidden from the reader, though it is in the page's text: an element it is in does not
 * render (`display: none`, the `hidden` attribute, `visibility: hidden`, `opacity: 0`, `content-visibility: hidden`),
 * its text is drawn in the colour behind it (blends-in.ts: the same colour, transparent) or in no space
 * (`font-size: 0`) or wholly before the page's start (pushed thousands of pixels left or up), or an element around
 * it up to its block clips it to nothing (the "visually hidden" pattern: a box of 1 px with `overflow: hidden`,
 * `clip: rect(0 0 0 0)`, `clip-path: inset(50%)`). A seller stuffing names there would
 * inflate the badge with nothing to see. Asked for matches only (a few per page), in the matcher's second stage:
 * the content script every frame evaluates never carries it. Where `checkVisibility` is missing (Chromium before
 * 105, Firefox before 106, jsdom) everything counts as shown.
 * @example unshown(range, nodes) // true for "ivory" in <span style="display:none">ivory</span>
 */
export function unshown(range: Range, nodes: readonly Text[]): boolean {
  const first = nodes[0]?.parentElement;
  if (!first?.checkVisibility) return false;
  // Only a match over several text nodes meets an element twice (most matches are in one node: no set to make).
  const seen = nodes.length > 1 ? new Set<Element>() : undefined;
  for (const node of nodes) {
    for (let element = node.parentElement; element && !seen?.has(element); element = element.parentElement) {
      seen?.add(element);
      if (element === node.parentElement && (drawsNothing(element) || inBackdropColour(element))) return true;
      if (clipsAll(element)) return true;
      // The block's own box ends the walk: clipping further up hides whole sections, which pages do for tabs and
      // menus the reader opens (a match there is found again when its block changes).
      if (!isInline(element)) break;
    }
  }
  const box = range.getBoundingClientRect();
  return box.height < 1 || !drawnOnPage(box, scrolled(first.ownerDocument.defaultView!));
}

/** What `checkVisibility` checks beside `display` and skipped content. */
export const VISIBLE = { visibilityProperty: true, opacityProperty: true };

/**
 * How far a window is scrolled, asked once per task like the elements' questions: every match asks, and each read of
 * `scrollX` or `scrollY` is a call into the page's engine, while the page scrolls only between tasks.
 */
const scrolled = oncePerTask((view: Window): readonly [number, number] => [view.scrollX, view.scrollY]);

/**
 * Whether an element draws nothing of what it holds (`checkVisibility`, which says so of every `display: contents`
 * element: it has no box, its contents have), asked once per task.
 */
const drawsNothing = oncePerTask((element: Element) => !element.checkVisibility(VISIBLE) && !contentsShow(element));
/** Whether an element's text is drawn in the colour behind it (blends-in.ts), asked once per task. */
const inBackdropColour = oncePerTask(blendsIn);
/** Whether an element clips or skips what it holds (hidesContent), asked once per task. */
const clipsAll = oncePerTask((element: Element) => hidesContent(element, computedStyle(element)));
