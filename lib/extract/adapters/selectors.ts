import type { AdCandidate, ExtractContext } from '../candidate';
import { LIMITS } from '../candidate';
import { parsePrice } from '../price';
import { absoluteHttpUrl, distinct, firstMatch, imageUrlOf, textOf } from '../text';

/** Where one marketplace shows each field; each list is tried in order (current layout first). */
export interface SelectorSpec {
  title?: readonly string[];
  description?: readonly string[];
  price?: readonly string[];
  location?: readonly string[];
  /** The seller's name; when it is (or sits in) a link, that link is the profile. */
  seller?: readonly string[];
  /** The gallery's `<img>` elements. */
  images?: readonly string[];
  listingId?: readonly string[];
  /** Reads the seller's id from the profile URL. */
  sellerIdFrom?: RegExp;
}

function seller(context: ExtractContext, spec: SelectorSpec): AdCandidate['seller'] {
  const element = spec.seller && firstMatch(context.doc, spec.seller);
  if (!element) return undefined;
  const link = element.closest('a[href]') ?? element.querySelector('a[href]');
  const profileUrl = absoluteHttpUrl(link?.getAttribute('href'), context.url);
  const name = textOf(element, LIMITS.sellerName);
  const id = profileUrl && spec.sellerIdFrom?.exec(profileUrl)?.[1];
  if (!name && !profileUrl) return undefined;
  return { ...(name && { name }), ...(id && { id }), ...(profileUrl && { profileUrl }) };
}

/**
 * Reads an ad with a marketplace's selectors. A price element's `content` attribute (machine
 * readable) is preferred to its text.
 * @example fromSelectors(context, { title: ['#viewad-title'], price: ['#viewad-price'] })
 */
export function fromSelectors(context: ExtractContext, spec: SelectorSpec): AdCandidate {
  const { doc, url, platform } = context;
  const find = (selectors?: readonly string[]) => (selectors ? firstMatch(doc, selectors) : undefined);
  const priceElement = find(spec.price);
  const priceText = priceElement?.getAttribute('content') ?? textOf(priceElement, 200);
  const images = spec.images ? [...doc.querySelectorAll(spec.images.join(', '))].slice(0, 200) : [];
  return {
    title: textOf(find(spec.title), LIMITS.title),
    description: textOf(find(spec.description), LIMITS.scannedDescription),
    price: priceText ? parsePrice(priceText, platform.country) : undefined,
    seller: seller(context, spec),
    location: textOf(find(spec.location), LIMITS.location),
    listingId: textOf(find(spec.listingId), LIMITS.listingId)?.match(/[\w-]*\d[\w-]*/)?.[0],
    imageUrls: distinct(
      images.map((img) => imageUrlOf(img, url)),
      LIMITS.images,
    ),
  };
}

/** The first capture of `pattern` in the page URL's path, or undefined. */
export function fromPath(url: string, pattern: RegExp): string | undefined {
  try {
    return pattern.exec(new URL(url).pathname)?.[1];
  } catch {
    return undefined;
  }
}
