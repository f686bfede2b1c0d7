import type { AdCandidate, ExtractContext, PlatformAdapter } from '../candidate';
import { LIMITS } from '../candidate';
import { absoluteHttpUrl, cleanText, distinct, isoDate } from '../text';
import { assignedJson } from './inline-json';
import { fromPath, fromSelectors } from './selectors';

type Loose = Record<string, unknown> | undefined;
const child = (value: Loose, key: string): Loose => {
  const found = value?.[key];
  return typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : undefined;
};

/**
 * The ad from the state Marktplaats (and 2dehands, same company) renders into `window.__CONFIG__`:
 * the seller's id and profile and the location are not in its JSON-LD.
 */
function fromPageState({ doc, url }: ExtractContext): AdCandidate {
  const listing = child(assignedJson(doc, 'window.__CONFIG__'), 'listing');
  if (!listing) return {};
  const seller = child(listing, 'seller');
  const cents = child(listing, 'priceInfo')?.priceCents;
  const gallery = child(listing, 'gallery')?.imageUrls;
  const sellerName = cleanText(seller?.name, LIMITS.sellerName);
  const sellerId = cleanText(seller?.id, LIMITS.listingId);
  const profileUrl = absoluteHttpUrl(seller?.pageUrl, url);
  return {
    title: cleanText(listing.title, LIMITS.title),
    description: cleanText(listing.description, LIMITS.scannedDescription),
    price: typeof cents === 'number' && cents >= 0 ? { amount: cents / 100, currency: 'EUR' } : undefined,
    seller:
      sellerName || sellerId
        ? {
            ...(sellerName && { name: sellerName }),
            ...(sellerId && { id: sellerId }),
            ...(profileUrl && { profileUrl }),
          }
        : undefined,
    location: cleanText(child(seller, 'location')?.cityName, LIMITS.location),
    listingId: cleanText(listing.itemId, LIMITS.listingId),
    postedAt: isoDate(child(listing, 'stats')?.since),
    // Gallery URLs are templates: "$_#" stands for the size rule, 86 being the largest.
    imageUrls: Array.isArray(gallery)
      ? distinct(
          gallery.map((image) =>
            typeof image === 'string' ? absoluteHttpUrl(image.replace('$_#', '$_86'), url) : undefined,
          ),
          LIMITS.images,
        )
      : [],
  };
}

/** Marktplaats and 2dehands ad pages. */
export const marktplaats: PlatformAdapter = {
  extract(context) {
    const state = fromPageState(context);
    const shown = fromSelectors(context, {
      title: ['h1.Listing-title', 'h1'],
      price: ['.Listing-price'],
      description: ['.Description-description'],
      location: ['.SellerInfo-location', '.Listing-location'],
      seller: ['.SellerInfo-name a', '.SellerInfo-name'],
      images: ['.Gallery-root img', '.Carousel-container img'],
      sellerIdFrom: /\/u\/[^/]+\/(\d+)/,
    });
    // Ad URLs: /v/<category>/<subcategory>/m2270379894-<slug>
    const listingId = state.listingId ?? fromPath(context.url, /\/(m\d{6,})(?:-|$)/);
    // The page state is exact where the visible markup is a rendering of it: it wins field by field.
    const known = Object.entries(state).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    );
    return { ...shown, ...Object.fromEntries(known), listingId };
  },
};
