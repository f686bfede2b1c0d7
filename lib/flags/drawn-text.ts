import { boxesWords, drawnWordsSelector, DRAWS_TEXT } from '@/lib/detect/generated-text';
import { VISIBLE } from '@/lib/detect/unshown';
import type { DrawnText } from '@/lib/extract/text';

/** Elements whose drawn words a flag's reading takes at most: an ad draws a price or a name, not a page of them. */
export const MAX_DRAWING_ELEMENTS = 500;

/**
 * The words the page's readable style sheets draw in its elements' ::before and ::after boxes (and list markers), on
 * the shown elements of the document that draw any, in document order, for the ad reader to read as their text
 * (lib/extract/text.ts readingDrawn): a page that draws its price with `content: attr(data-price) " €"` has no text
 * node saying it, yet the researcher saw it; one letter, digit or currency sign counts (DRAWS_TEXT: a " €" after the
 * amount). The elements are found as the scan finds them (lib/detect/generated-text.ts: rules of sheets of the page's
 * origin only), at most MAX_DRAWING_ELEMENTS; an element that does not render (hidden, or of opacity 0) draws nothing.
 * The document's own elements by default, for the ad reader, which does not read shadow roots; with `roots` (and
 * `scopes`), the rules of those roots and the elements inside them (a price a card's shadow root draws).
 * @example extractAd(document, location.href, { drawn: drawnText(document) })
 */
export function drawnText(
  doc: Document,
  roots: readonly ShadowRoot[] = [],
  scopes: readonly (Document | ShadowRoot)[] = [doc],
): DrawnText {
  const drawn = new Map<Element, { before: string; after: string }>();
  const selector = drawnWordsSelector(doc, roots, DRAWS_TEXT);
  if (!selector) return drawn;
  for (const scope of scopes) {
    const elements = scope.querySelectorAll(selector);
    for (let i = 0; i < elements.length && drawn.size < MAX_DRAWING_ELEMENTS; i++) {
      const element = elements[i]!;
      if (element.checkVisibility && !element.checkVisibility(VISIBLE)) continue;
      const words = boxesWords(element, DRAWS_TEXT);
      if (words) drawn.set(element, words);
    }
  }
  return drawn;
}
