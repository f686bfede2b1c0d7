import type { AdCandidate, ExtractContext } from '../candidate';
import { LIMITS } from '../candidate';
import { structuredPrice } from '../price';
import { absoluteHttpUrl, cleanText, distinct, isoDate } from '../text';
import { assignedJson, scriptJson } from './inline-json';
import type { PlatformSpec } from './schema';

type State = NonNullable<PlatformSpec['state']>;

/** The value at a dotted path ("listing.seller.name"), or undefined. */
function at(root: unknown, path: string | undefined): unknown {
  if (!path) return undefined;
  let value = root;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function priceFrom(root: unknown, state: State, context: ExtractContext): AdCandidate['price'] {
  const raw = at(root, state.fields.price);
  const scaled = typeof raw === 'number' ? raw * state.priceScale : raw;
  const currency = at(root, state.fields.currency) ?? state.currency;
  return structuredPrice(scaled, currency, context.hints);
}

function imagesFrom(root: unknown, state: State, base: string): string[] {
  const list = at(root, state.fields.images);
  if (!Array.isArray(list)) return [];
  const [placeholder, size] = state.imageTemplate ?? ['', ''];
  return distinct(
    list.map((image) =>
      typeof image === 'string'
        ? absoluteHttpUrl(placeholder ? image.replace(placeholder, size) : image, base)
        : undefined,
    ),
    LIMITS.images,
  );
}

/**
 * The ad from the state object a platform renders its page from (Marktplaats' `window.__CONFIG__`):
 * exact where the visible markup is only a rendering of it, and it holds what the markup leaves
 * out (the seller's id and profile).
 * @example fromPageState(context, spec).seller // { name: 'Marco', id: '13404114', profileUrl: '…/u/marco/13404114/' }
 */
export function fromPageState(context: ExtractContext, state: State): AdCandidate {
  const { doc, url } = context;
  const root = state.assignedTo ? assignedJson(doc, state.assignedTo) : scriptJson(doc, state.scriptSelector ?? '');
  if (!root) return {};
  const text = (path: string | undefined, max: number) => cleanText(at(root, path), max);
  const name = text(state.fields.sellerName, LIMITS.sellerName);
  const id = text(state.fields.sellerId, LIMITS.listingId);
  const profileUrl = absoluteHttpUrl(at(root, state.fields.sellerProfile), url);
  return {
    title: text(state.fields.title, LIMITS.title),
    description: text(state.fields.description, LIMITS.scannedDescription),
    price: priceFrom(root, state, context),
    seller:
      name || id || profileUrl
        ? { ...(name && { name }), ...(id && { id }), ...(profileUrl && { profileUrl }) }
        : undefined,
    location: text(state.fields.location, LIMITS.location),
    listingId: text(state.fields.listingId, LIMITS.listingId),
    postedAt: isoDate(at(root, state.fields.postedAt)),
    imageUrls: imagesFrom(root, state, url),
  };
}
