import type { AdCandidate, ExtractContext } from './candidate';
import { LIMITS } from './candidate';
import { structuredPrice } from './price';
import { absoluteHttpUrl, cleanText, distinct, firstOf, imageUrlOf, isoDate, shownContent } from './text';

const MAX_PROPERTIES = 300;
const ITEM = /(?:^|[\s/:#])(Product|IndividualProduct|Vehicle|Car|Offer)$/;

/** "schema:name", "http://schema.org/name", "name" → "name". */
const localName = (property: string) => property.split(/[/:#]/).at(-1) ?? property;

function valueOf(element: Element, base: string): string | undefined {
  const content = element.getAttribute('content');
  if (content !== null) return content;
  const tag = element.tagName.toLowerCase();
  if (tag === 'img') return imageUrlOf(element, base);
  const link = element.getAttribute('href') ?? element.getAttribute('resource') ?? element.getAttribute('src');
  if (link !== null && ['a', 'link', 'img', 'area'].includes(tag)) return absoluteHttpUrl(link, base);
  if (tag === 'time') return element.getAttribute('datetime') ?? shownContent(element);
  return shownContent(element);
}

/**
 * The ad as RDFa (Lite) marks it: the first element typed as a schema.org Product, Vehicle or
 * Offer, with the properties inside it (those of a nested seller or address included).
 * @example fromRdfa(context).price // { amount: 120, currency: 'EUR' }
 */
export function fromRdfa({ doc, url, hints }: ExtractContext): AdCandidate {
  const scope = firstOf(doc.querySelectorAll('[typeof]'), 200).find((element) =>
    (element.getAttribute('typeof') ?? '').split(/\s+/).some((type) => ITEM.test(type)),
  );
  if (!scope) return {};
  const properties = new Map<string, Element[]>();
  for (const element of firstOf(scope.querySelectorAll('[property]'), MAX_PROPERTIES)) {
    for (const property of (element.getAttribute('property') ?? '').split(/\s+/).filter(Boolean)) {
      if (property.startsWith('og:')) continue;
      const name = localName(property);
      properties.set(name, [...(properties.get(name) ?? []), element]);
    }
  }
  const first = (name: string) => {
    const element = properties.get(name)?.[0];
    return element ? valueOf(element, url) : undefined;
  };
  const sellerScope = properties.get('seller')?.[0];
  const sellerName = [...(sellerScope?.querySelectorAll('[property]') ?? [])].find((element) =>
    (element.getAttribute('property') ?? '').split(/\s+/).some((property) => localName(property) === 'name'),
  );
  return {
    title: cleanText(first('name'), LIMITS.title),
    description: cleanText(first('description'), LIMITS.scannedDescription),
    price: structuredPrice(first('price') ?? first('lowPrice'), first('priceCurrency'), hints),
    seller: sellerName ? { name: cleanText(shownContent(sellerName), LIMITS.sellerName) } : undefined,
    location: cleanText(first('addressLocality') ?? first('availableAtOrFrom'), LIMITS.location),
    listingId: cleanText(first('productID') ?? first('sku'), LIMITS.listingId),
    postedAt: isoDate(first('datePosted') ?? first('datePublished')),
    imageUrls: distinct(
      (properties.get('image') ?? []).map((element) => absoluteHttpUrl(valueOf(element, url), url)),
      LIMITS.images,
    ),
  };
}
