import type { PageHints } from '../candidate';
import { parsePrice, pricesInText, type Price } from '../price';
import { drawnTextOf } from '../text';
import { inSiteChrome, isContent, shortText, textNodes } from './dom';
import { namedLike, treeDistance } from './tree';

/** The price an element shows, how likely it is the ad's own, and where it is. */
export interface PriceSighting {
  price: Price;
  element: Element;
  score: number;
}

const PRICE_NAME = /price|prix|preis|prijs|precio|prezzo|cena|цена|pris|amount|betrag|kosten|cost/;
/** Struck-out and reference prices: "statt 120 €", "was £80", the crossed-out original. */
const OLD_PRICE = /\bold|was-|\bwas\b|strike|crossed|before|original|uvp|statt|barr|previous|regular|list-price|rrp/;
const SHIPPING =
  /shipping|delivery|postage|versand|lieferung|livraison|frais de port|verzend|envío|envio|spedizion|consegna|wysyłk|dostaw|доставк|frakt|fragt|porto|\+/iu;
const MAX_PRICE_TEXT = 48;

/**
 * The smallest element from `start` up whose text reads as one price ("80" and "€" in two spans, or "80" and a "€"
 * drawn by its ::after).
 */
function priceElement(start: Element | null, hints: PageHints): Element | undefined {
  let element = start;
  for (let level = 0; element && level < 3; level += 1, element = element.parentElement) {
    const text = shortText(element, 200);
    if (text.length > MAX_PRICE_TEXT) return undefined;
    if (pricesInText(text, hints).length > 0) return element;
  }
  return undefined;
}

/** A price inside a link to another page belongs to a teaser ("similar ads"), never to this ad. */
function linksElsewhere(element: Element): boolean {
  const href = element.closest('a[href]')?.getAttribute('href')?.trim();
  return Boolean(href && !href.startsWith('#') && !/^javascript:/i.test(href));
}

function isReferencePrice(element: Element): boolean {
  return Boolean(element.closest('s, del, strike')) || namedLike(element, OLD_PRICE, 2);
}

/** "Versand 4,99 €", "+ 4,99 € Versand", or "Livraison :" just before the amount: not the ad's price. */
function isShipping(element: Element): boolean {
  const own = shortText(element, 90);
  const amountAt = own.search(/\d/);
  if (SHIPPING.test(own.slice(0, Math.max(0, amountAt)))) return true;
  const parent = shortText(element.parentElement, 200);
  const before = parent.slice(Math.max(0, parent.indexOf(own) - 40), Math.max(0, parent.indexOf(own)));
  return SHIPPING.test(`${shortText(element.previousElementSibling, 60)} ${before}`);
}

function scoreOf(element: Element, headings: readonly Element[], order: number): number {
  let score = 0.5;
  if (namedLike(element, PRICE_NAME)) score += 0.2;
  const distance = Math.min(...headings.map((heading) => treeDistance(heading, element)));
  if (distance <= 4) score += 0.15;
  else if (distance <= 8) score += 0.08;
  else if (distance > 14 && Number.isFinite(distance)) score -= 0.1;
  return Math.min(0.85, score) - order * 1e-4;
}

/** A price inside a sentence ("Price 180€ ono", a forum post, a caption): the weakest kind of sighting. */
function mentionInText(node: Text, headings: readonly Element[], hints: PageHints): PriceSighting | undefined {
  const element = node.parentElement!;
  const text = node.nodeValue!.slice(0, 3_000);
  if (text.length <= MAX_PRICE_TEXT || !isContent(element) || inSiteChrome(element) || linksElsewhere(element))
    return undefined;
  const mention = pricesInText(text, hints).find(
    (found) => !SHIPPING.test(text.slice(Math.max(0, found.index - 30), found.index)),
  );
  if (!mention) return undefined;
  const near = headings.some((heading) => treeDistance(heading, element) <= 12);
  return { price: mention.price, element, score: near ? 0.47 : 0.42 };
}

/**
 * Prices the page shows as text ("80 €", "€ 1.250", "1.800,- € VB", "180 000 ₽"), best first: an
 * element named like a price and close to the main heading wins; struck-out and shipping prices
 * lose, and prices in links to other pages ("similar ads") are not the ad's. An element named like a price may show a
 * bare number,
 * whose currency is then inferred from the domain.
 * @example visiblePrices(document, [h1], { country: 'FR' })[0].price // { amount: 80, currency: 'EUR' }
 */
export function visiblePrices(doc: Document, headings: readonly Element[], hints: PageHints): PriceSighting[] {
  const seen = new Set<Element>();
  const sightings: PriceSighting[] = [];
  for (const node of withDrawnDigits(doc, textNodes(doc))) {
    const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (node.nodeType === 3 && !/\d/.test(node.nodeValue!)) continue;
    const shown = priceElement(start, hints);
    const named = start && namedLike(start, PRICE_NAME, 1) ? start : undefined;
    const element = shown ?? named;
    if (!element) {
      const inText = node.nodeType === 3 && node.parentElement && mentionInText(node as Text, headings, hints);
      if (inText) sightings.push(inText);
      continue;
    }
    if (seen.has(element) || !isContent(element) || inSiteChrome(element) || linksElsewhere(element)) continue;
    seen.add(element);
    if (isReferencePrice(element) || isShipping(element)) continue;
    const text = shortText(element, MAX_PRICE_TEXT);
    const price = shown ? pricesInText(text, hints)[0]?.price : parsePrice(text, hints);
    if (price) sightings.push({ price, element, score: scoreOf(element, headings, sightings.length) });
    if (sightings.length >= 200) break;
  }
  return sightings.sort((a, b) => b.score - a.score);
}

/**
 * The text nodes, and in their place in document order the elements whose ::before or ::after draws a digit
 * (readingDrawn): a price a style sheet draws has no text node to be met by.
 */
function withDrawnDigits(doc: Document, nodes: Text[]): (Text | Element)[] {
  const drawn = [...drawnTextOf(doc)]
    .filter(([, words]) => /\d/.test(words.before + words.after))
    .map(([element]) => element);
  if (drawn.length === 0) return nodes;
  const merged: (Text | Element)[] = [];
  let next = 0;
  for (const node of nodes) {
    // Node.DOCUMENT_POSITION_FOLLOWING: the text node comes after the drawing element, so that one goes first.
    while (next < drawn.length && drawn[next]!.compareDocumentPosition(node) & 4) merged.push(drawn[next++]!);
    merged.push(node);
  }
  return merged.concat(drawn.slice(next));
}
