import type { AdCandidate, ExtractContext } from '../candidate';
import { LIMITS } from '../candidate';
import { sellerIdFromUrl } from '../ids';
import { readPostedDate } from '../posted-date';
import { parsePrice } from '../price';
import { absoluteHttpUrl, distinct, firstMatch, imageUrlOf, textOf } from '../text';
import type { PlatformSpec } from './schema';

type Selectors = PlatformSpec['selectors'];

function sellerOf(context: ExtractContext, selectors: Selectors): AdCandidate['seller'] {
  const element = selectors.seller && firstMatch(context.doc, selectors.seller);
  if (!element) return undefined;
  const link = element.closest('a[href]') ?? element.querySelector('a[href]');
  const profileUrl = absoluteHttpUrl(link?.getAttribute('href'), context.url);
  const name = textOf(element, LIMITS.sellerName);
  const id = profileUrl && sellerIdFromUrl(profileUrl, context.spec);
  if (!name && !profileUrl) return undefined;
  return { ...(name && { name }), ...(id && { id }), ...(profileUrl && { profileUrl }) };
}

function postedOf(context: ExtractContext, selectors: Selectors): Pick<AdCandidate, 'postedAt' | 'postedText'> {
  for (const element of selectors.postedAt
    ? [...context.doc.querySelectorAll(selectors.postedAt.join(', '))].slice(0, 20)
    : []) {
    const attribute = element.getAttribute('datetime');
    const shown = readPostedDate(textOf(element, 80) ?? '', context.now, context.hints);
    const posted = (attribute ? readPostedDate(attribute, context.now, context.hints) : undefined) ?? shown;
    if (posted) return { postedAt: posted.postedAt, ...(shown && { postedText: shown.postedText }) };
  }
  return {};
}

function imagesOf({ doc, url }: ExtractContext, spec: PlatformSpec): string[] {
  const images = spec.selectors.images ? [...doc.querySelectorAll(spec.selectors.images.join(', '))].slice(0, 200) : [];
  const [pattern, replacement] = spec.imageRewrite ?? [];
  const rewrite = pattern
    ? (image: string) => image.replace(new RegExp(pattern, 'i'), replacement!)
    : (image: string) => image;
  return distinct(
    images.map((img) => imageUrlOf(img, url)).map((image) => image && absoluteHttpUrl(rewrite(image), url)),
    LIMITS.images,
  );
}

/**
 * Reads an ad with the few selectors a platform's data lists for what generic reading misses.
 * A price element's `content` attribute (machine readable) is preferred to its text.
 * @example fromPlatformSelectors(context, spec).listingId // '2690123456'
 */
export function fromPlatformSelectors(context: ExtractContext, spec: PlatformSpec): AdCandidate {
  const { doc, hints } = context;
  const selectors = spec.selectors;
  const find = (list?: readonly string[]) => (list ? firstMatch(doc, list) : undefined);
  const priceElement = find(selectors.price);
  const priceText = priceElement?.getAttribute('content') ?? textOf(priceElement, 200);
  return {
    title: textOf(find(selectors.title), LIMITS.title),
    description: textOf(find(selectors.description), LIMITS.scannedDescription),
    price: priceText ? parsePrice(priceText, hints) : undefined,
    seller: sellerOf(context, selectors),
    location: textOf(find(selectors.location), LIMITS.location),
    listingId: textOf(find(selectors.listingId), LIMITS.listingId)?.match(/[\w-]*\d[\w-]*/)?.[0],
    ...postedOf(context, selectors),
    imageUrls: imagesOf(context, spec),
  };
}
