import type { AdCandidate, ExtractContext } from './candidate';
import { LIMITS } from './candidate';
import { structuredPrice } from './price';
import { absoluteHttpUrl, cleanText, distinct, imageUrlOf, isoDate, shownContent } from './text';

/** Properties read per scope: enough for an ad, bounded for pages with thousands. */
const MAX_PROPERTIES = 500;

/** Item types an ad is marked up as (matched in code: case-insensitive selectors are slow on big pages). */
const ITEM_TYPE = /schema\.org\/(Product|IndividualProduct|Vehicle|Car)(?![\w])/i;

/** A property's value as the microdata spec reads it: content attribute, URL attributes, else text. */
function propertyValue(element: Element, base: string): string | undefined {
  const content = element.getAttribute('content');
  if (content !== null) return content;
  const tag = element.tagName.toLowerCase();
  if (tag === 'img') return imageUrlOf(element, base);
  if (['audio', 'video', 'source', 'embed', 'iframe'].includes(tag))
    return absoluteHttpUrl(element.getAttribute('src'), base);
  if (['a', 'link', 'area'].includes(tag)) return absoluteHttpUrl(element.getAttribute('href'), base);
  if (tag === 'time') return element.getAttribute('datetime') ?? shownContent(element);
  if (tag === 'data' || tag === 'meter') return element.getAttribute('value') ?? undefined;
  return shownContent(element);
}

/** The properties that belong to `scope` itself (not to a scope nested in it), by name. */
function ownProperties(scope: Element): Map<string, Element[]> {
  const properties = new Map<string, Element[]>();
  for (const element of [...scope.querySelectorAll('[itemprop]')].slice(0, MAX_PROPERTIES)) {
    if (element.parentElement?.closest('[itemscope]') !== scope) continue;
    for (const name of (element.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      properties.set(name, [...(properties.get(name) ?? []), element]);
    }
  }
  return properties;
}

/**
 * The ad as the page's schema.org microdata describes it: the first Product (or Vehicle)
 * scope, its offer and seller.
 * @example fromMicrodata(context).price // { amount: 0.01, currency: 'USD' }
 */
export function fromMicrodata({ doc, url, hints }: ExtractContext): AdCandidate {
  const item = [...doc.querySelectorAll('[itemscope][itemtype]')]
    .slice(0, 500)
    .find((scope) => ITEM_TYPE.test(scope.getAttribute('itemtype') ?? ''));
  if (!item) return {};
  const own = ownProperties(item);
  const first = (properties: Map<string, Element[]>, name: string) => {
    const element = properties.get(name)?.[0];
    return element ? propertyValue(element, url) : undefined;
  };
  // Offers nest (eBay wraps a price Offer inside the page's Offer), so read the offer's subtree.
  const offerScope = own.get('offers')?.find((element) => element.hasAttribute('itemscope'));
  const inOffer = (name: string) => {
    const element = offerScope?.querySelector(`[itemprop~="${name}"]`);
    return element ? propertyValue(element, url) : undefined;
  };
  const sellerScope =
    offerScope?.querySelector('[itemprop~="seller"][itemscope]') ??
    own.get('seller')?.find((element) => element.hasAttribute('itemscope'));
  const seller = sellerScope ? ownProperties(sellerScope) : new Map<string, Element[]>();
  const sellerName = cleanText(first(seller, 'name'), LIMITS.sellerName);
  const sellerUrl = absoluteHttpUrl(first(seller, 'url'), url);
  const amount = inOffer('price') ?? inOffer('lowPrice') ?? first(own, 'price');
  const currency = inOffer('priceCurrency') ?? first(own, 'priceCurrency');
  return {
    title: cleanText(first(own, 'name'), LIMITS.title),
    description: cleanText(first(own, 'description'), LIMITS.scannedDescription),
    price: structuredPrice(amount, currency, hints),
    seller:
      sellerName || sellerUrl
        ? { ...(sellerName && { name: sellerName }), ...(sellerUrl && { profileUrl: sellerUrl }) }
        : undefined,
    listingId: cleanText(first(own, 'productID') ?? first(own, 'sku'), LIMITS.listingId),
    postedAt: isoDate(first(own, 'datePublished') ?? inOffer('validFrom')),
    imageUrls: distinct(
      (own.get('image') ?? []).map((element) => absoluteHttpUrl(propertyValue(element, url), url)),
      LIMITS.images,
    ),
  };
}
