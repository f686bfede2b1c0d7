import { firstOf } from '../text';
import { inSiteChrome, isContent, shortText } from './dom';
import { around, namedElements, namedLike, treeDistance } from './tree';

/** The ad's heading and how sure the reader is that it is the ad's title. */
export interface HeadingSighting {
  element: Element;
  text: string;
  confidence: number;
}

const TITLE_NAME = /title|titel|titre|titolo|titulo|tytuł|заголовок|heading|subject|name/;

/**
 * The page's h1 elements that can be an ad title: shown, outside the site's navigation, not the
 * site's own name.
 * @example titleHeadings(document, ['Gumtree']) // the h1 elements that are not the site's name
 */
export function titleHeadings(doc: Document, siteNames: readonly string[]): Element[] {
  const names = new Set(siteNames.map((name) => name.trim().toLowerCase()).filter(Boolean));
  return firstOf(doc.getElementsByTagName('h1'), 20)
    .filter((h1) => isContent(h1) && !inSiteChrome(h1))
    .filter((h1) => {
      const text = shortText(h1, 300).toLowerCase();
      return text.length >= 2 && !names.has(text) && !names.has(text.replace(/^www\./, ''));
    });
}

/**
 * The main heading: the h1 nearest the ad's price when there are several (a page may title its
 * sidebar too), surer when it sits right by the price; without an h1, a title-named h2 by the price.
 * @example mainHeading(document, [h1], priceElement)?.text // 'Graupapagei, handzahm'
 */
export function mainHeading(
  doc: Document,
  headings: readonly Element[],
  price: Element | undefined,
): HeadingSighting | undefined {
  const byPrice = (element: Element) => (price ? treeDistance(element, price) : Number.POSITIVE_INFINITY);
  const nearest = [...headings].sort((a, b) => byPrice(a) - byPrice(b))[0];
  if (nearest) {
    const distance = byPrice(nearest);
    const confidence = distance <= 10 ? 0.85 : headings.length === 1 ? 0.72 : 0.68;
    return { element: nearest, text: shortText(nearest, 300), confidence };
  }
  if (!price) return undefined;
  const scope = around(price, doc, 4);
  const titled = [...firstOf(scope.querySelectorAll('h2, h3, h4'), 100), ...namedElements(scope, 300)]
    // An unnamed h2–h4 counts only before the price: the title comes first, "Seller information" after.
    .filter(
      (element) =>
        namedLike(element, TITLE_NAME, 0) ||
        (/^H[2-4]$/i.test(element.tagName) && Boolean(element.compareDocumentPosition(price) & 4)),
    )
    .filter((element) => isContent(element) && !inSiteChrome(element) && !element.contains(price))
    .filter((element) => shortText(element, 300).length >= 4 && treeDistance(element, price) <= 6)
    .sort((a, b) => treeDistance(a, price) - treeDistance(b, price))[0];
  return titled ? { element: titled, text: shortText(titled, 300), confidence: 0.6 } : undefined;
}
