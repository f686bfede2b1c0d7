import type { AdCandidate, ExtractContext } from './candidate';
import { LIMITS } from './candidate';
import { parsePrice, structuredPrice } from './price';
import { absoluteHttpUrl, cleanText, distinct, firstOf, isoDate } from './text';

const metaIndex = new WeakMap<Document, Map<string, string[]>>();

/** Every `<meta>` of the page by its lower-case property, name or itemprop, read once per page. */
function metasOf(doc: Document): Map<string, string[]> {
  let index = metaIndex.get(doc);
  if (index) return index;
  index = new Map();
  for (const meta of firstOf(doc.getElementsByTagName('meta'), 2_000)) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const key of new Set(['property', 'name', 'itemprop'].map((name) => meta.getAttribute(name)?.toLowerCase()))) {
      if (key) index.set(key, [...(index.get(key) ?? []), content].slice(0, 50));
    }
  }
  metaIndex.set(doc, index);
  return index;
}

/**
 * The `content` of every `<meta property|name|itemprop=…>` with that key (sites use any of them).
 * @example metaContents(document, 'og:title') // ['Grey parrot cage | Gumtree']
 */
export function metaContents(doc: Document, key: string): string[] {
  return metasOf(doc).get(key.toLowerCase()) ?? [];
}

/**
 * The ad as the page's OpenGraph tags (and their product:price extension) describe it.
 * @example fromOpenGraph(context).title // 'Puma RS-Dreamer … | eBay'
 */
export function fromOpenGraph({ doc, url, hints }: ExtractContext): AdCandidate {
  const first = (key: string) => metaContents(doc, key)[0];
  const amount = first('product:price:amount') ?? first('og:price:amount');
  const currency = first('product:price:currency') ?? first('og:price:currency');
  const published = first('article:published_time') ?? first('og:published_time');
  return {
    title: cleanText(first('og:title'), LIMITS.title),
    description: cleanText(first('og:description'), LIMITS.scannedDescription),
    price: structuredPrice(amount, currency, hints),
    postedAt: isoDate(published),
    imageUrls: distinct(
      [...metaContents(doc, 'og:image'), ...metaContents(doc, 'og:image:secure_url')].map((image) =>
        absoluteHttpUrl(image, url),
      ),
      LIMITS.images,
    ),
  };
}

/** Twitter card labels that name a field ("Price" → "£45"), as Shopify and Etsy write them. */
const CARD_LABELS: ReadonlyArray<[RegExp, 'price' | 'location']> = [
  [/^(price|prix|preis|prijs|precio|prezzo|cena|цена|pris)$/iu, 'price'],
  [/^(location|lieu|standort|ort|locatie|ubicación|località|lokalizacja|местоположение)$/iu, 'location'],
];

/**
 * What other meta tags say: `product:price` without the OpenGraph prefix, `twitter:label`/`data`
 * pairs, a `description` and a geo placename.
 * @example fromMetaTags(context).price // { amount: 45, currency: 'GBP' }
 */
export function fromMetaTags({ doc, hints }: ExtractContext): AdCandidate {
  const first = (key: string) => metaContents(doc, key)[0];
  const read: AdCandidate = {
    price: structuredPrice(first('price'), first('priceCurrency') ?? first('currency'), hints),
    location: cleanText(first('geo.placename'), LIMITS.location),
    title: cleanText(first('twitter:title'), LIMITS.title),
  };
  for (let index = 1; index <= 4; index += 1) {
    const label = cleanText(first(`twitter:label${index}`), 40);
    const data = cleanText(first(`twitter:data${index}`), 200);
    const field = label && data ? CARD_LABELS.find(([pattern]) => pattern.test(label))?.[1] : undefined;
    if (field === 'price' && data) read.price ??= parsePrice(data, hints);
    if (field === 'location' && data) read.location ??= data;
  }
  return read;
}
