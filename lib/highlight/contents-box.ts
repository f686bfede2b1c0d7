/**
 * Whether a box has some width and is not wholly before the page's start; `scroll`: how far the window is scrolled,
 * for a caller that asks it once per task (lib/detect/unshown.ts) rather than on every box.
 */
export const drawnOnPage = (box: DOMRect, [x, y]: readonly [number, number] = [scrollX, scrollY]) =>
  box.width >= 1 && box.right + x > 0 && box.bottom + y > 0;

/**
 * Whether an element of `display: contents`, which has no box of its own (so `checkVisibility` says false and its box
 * is empty), draws its text: its contents' boxes are where it shows, and it passes its visibility on to them. A word
 * split by one (`Psitt<span style="display: contents">acus</span>`) reads whole. Asked only of a boxless element.
 * @example contentsShow(span) // true for `<span style="display: contents">acus</span>`
 */
export function contentsShow(element: Element): boolean {
  const range = element.ownerDocument.createRange();
  // Without layout (jsdom) a range has no box. Its contents' box first: a hidden element's style is not read.
  if (!range.getBoundingClientRect) return false;
  range.selectNodeContents(element);
  if (!drawnOnPage(range.getBoundingClientRect())) return false;
  const style = getComputedStyle(element);
  return style.display === 'contents' && style.visibility === 'visible';
}
