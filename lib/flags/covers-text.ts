import { VISIBLE } from '@/lib/detect/unshown';

/** Square pixels an element must show over, at least, to hide a word: a spinner or an icon badge hides none. */
const MIN_COVER_AREA = 400;

/** How an element is laid over others rather than beside them. */
const LAID_OVER = new Set(['absolute', 'fixed', 'sticky']);

/** Texts under an element's area whose hit test is asked at most: the first one it lies over answers. */
const MAX_TEXTS_TRIED = 20;

/**
 * Whether an element without text of its own is laid over words the page shows, as a cover that blurs
 * (`backdrop-filter`) or hides the ad while the screenshot is taken is: it renders, is positioned over the page
 * (absolute, fixed or sticky), spans at least MIN_COVER_AREA of the viewport, and the element of a text whose centre
 * lies in that area is beneath it at that point (the hit list gives it after the cover; a cover the pointer passes
 * through, `pointer-events: none`, is in no hit list, so the text counts as beneath it). The document's texts are
 * walked as far as `search` has nodes left (what one batch of changes may search), the answer "no" past that.
 * @example coversText(document.getElementById('cover')!, { left: 20_000 }) // true for a fixed veil over the ad
 */
export function coversText(element: Element, search: { left: number }): boolean {
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  if (!view || !element.isConnected || (element.checkVisibility && !element.checkVisibility(VISIBLE))) return false;
  if (!LAID_OVER.has(view.getComputedStyle(element).position)) return false;
  const box = element.getBoundingClientRect();
  const area = {
    left: Math.max(box.left, 0),
    right: Math.min(box.right, view.innerWidth),
    top: Math.max(box.top, 0),
    bottom: Math.min(box.bottom, view.innerHeight),
  };
  if ((area.right - area.left) * (area.bottom - area.top) < MIN_COVER_AREA || area.right <= area.left) return false;
  const texts = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  let tried = 0;
  for (let text = texts.nextNode(); text && --search.left >= 0; text = texts.nextNode()) {
    const owner = text.parentElement;
    if (!owner || !/[\p{L}\p{N}]/u.test((text as Text).data) || element.contains(owner) || owner.contains(element))
      continue;
    const rect = owner.getBoundingClientRect();
    const [x, y] = [(rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2];
    if (x < area.left || x > area.right || y < area.top || y > area.bottom) continue;
    const hits = doc.elementsFromPoint(x, y);
    if (hits.slice(hits.indexOf(element) + 1).includes(owner)) return true;
    if (++tried >= MAX_TEXTS_TRIED) return false;
  }
  return false;
}
