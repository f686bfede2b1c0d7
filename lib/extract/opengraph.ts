import type { AdCandidate, ExtractContext } from './candidate';
import { LIMITS } from './candidate';
import { structuredPrice } from './price';
import { absoluteHttpUrl, cleanText, distinct } from './text';

/** The `content` of every `<meta property|name=…>` with that key (sites use either attribute). */
export function metaContents(doc: Document, key: string): string[] {
  return [...doc.querySelectorAll(`meta[property="${key}" i], meta[name="${key}" i]`)]
    .slice(0, 50)
    .map((meta) => meta.getAttribute('content'))
    .filter((content): content is string => content !== null);
}

/**
 * The ad as the page's OpenGraph tags (and their product:price extension) describe it.
 * @example fromOpenGraph({ doc, url, platform }).title // 'Puma RS-Dreamer … | eBay'
 */
export function fromOpenGraph({ doc, url, platform }: ExtractContext): AdCandidate {
  const first = (key: string) => metaContents(doc, key)[0];
  const amount = first('product:price:amount') ?? first('og:price:amount');
  const currency = first('product:price:currency') ?? first('og:price:currency');
  return {
    title: cleanText(first('og:title'), LIMITS.title),
    description: cleanText(first('og:description'), LIMITS.scannedDescription),
    price: structuredPrice(amount, currency, platform.country),
    imageUrls: distinct(
      [...metaContents(doc, 'og:image'), ...metaContents(doc, 'og:image:secure_url')].map((image) =>
        absoluteHttpUrl(image, url),
      ),
      LIMITS.images,
    ),
  };
}
