import type { AdCandidate, ExtractContext, PageHints, SourcedCandidate } from './candidate';
import { LIMITS } from './candidate';
import { type JsonNode, isNode, jsonLdNodes, nodeOf, textValue, typesOf, valuesOf } from './json-ld-nodes';
import { structuredPrice } from './price';
import { absoluteHttpUrl, cleanText, distinct, isoDate } from './text';

/** schema.org types an ad is published as. */
const ITEM_TYPES = new Set([
  'Product',
  'IndividualProduct',
  'ProductModel',
  'SomeProducts',
  'ProductGroup',
  'Vehicle',
  'Car',
  'Motorcycle',
  'Accommodation',
  'House',
  'Apartment',
]);
const OFFER_TYPES = new Set(['Offer', 'AggregateOffer']);
/** Forum threads and social posts: an ad in all but name. */
const POSTING_TYPES = new Set(['SocialMediaPosting', 'DiscussionForumPosting']);

const hasType = (node: JsonNode, types: Set<string>) => typesOf(node).some((type) => types.has(type));

function priceOf(offer: JsonNode | undefined, hints: PageHints) {
  if (!offer) return undefined;
  const specification = nodeOf(offer, 'priceSpecification');
  const amount = rawValue(offer, 'price') ?? rawValue(offer, 'lowPrice') ?? rawValue(specification, 'price');
  const currency = textValue(offer, 'priceCurrency') ?? textValue(specification, 'priceCurrency');
  return structuredPrice(amount, currency, hints);
}

/** A number stays a number, so -1e309 is seen as the non-finite amount it is. */
function rawValue(node: JsonNode | undefined, key: string): unknown {
  const value = valuesOf(node, key)[0];
  return typeof value === 'number' ? value : textValue(node, key);
}

function sellerOf(party: JsonNode | undefined, base: string): AdCandidate['seller'] {
  if (!party) return undefined;
  const name = cleanText(textValue(party, 'name') ?? textValue(party, 'alternateName'), LIMITS.sellerName);
  const id = cleanText(textValue(party, 'identifier'), LIMITS.listingId);
  const profileUrl = absoluteHttpUrl(textValue(party, 'url') ?? textValue(party, 'sameAs'), base);
  if (!name && !id && !profileUrl) return undefined;
  return { ...(name && { name }), ...(id && { id }), ...(profileUrl && { profileUrl }) };
}

/** A place (Place, PostalAddress, AdministrativeArea or text) as one line: "10115, Berlin, DE". */
function placeText(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value;
  if (!isNode(value) || depth > 3) return undefined;
  const address = placeText(valuesOf(value, 'address')[0], depth + 1);
  if (address) return address;
  const parts = ['streetAddress', 'postalCode', 'addressLocality', 'addressRegion'].map((key) => textValue(value, key));
  const country = textValue(value, 'addressCountry') ?? textValue(nodeOf(value, 'addressCountry'), 'name');
  return [...parts, country].filter(Boolean).join(', ') || textValue(value, 'name');
}

function imagesOf(item: JsonNode, base: string): string[] {
  const urls = valuesOf(item, 'image').map((image) =>
    absoluteHttpUrl(isNode(image) ? (textValue(image, 'contentUrl') ?? textValue(image, 'url')) : image, base),
  );
  return distinct(urls, LIMITS.images);
}

/** Marketplaces such as Marktplaats name the seller only as the creator of the ad's photos. */
function photographerOf(nodes: JsonNode[]): JsonNode | undefined {
  const representative = nodes.find(
    (node) =>
      typesOf(node).includes('ImageObject') &&
      Object.entries(node).some(([key, value]) => key.toLowerCase() === 'representativeofpage' && value === true),
  );
  return nodeOf(representative, 'creator') ?? nodeOf(representative, 'author');
}

/** A forum thread or social post read as an ad: its headline, text, author and date. */
function fromPosting(post: JsonNode, url: string): AdCandidate {
  return {
    title: cleanText(textValue(post, 'headline') ?? textValue(post, 'name'), LIMITS.title),
    description: cleanText(textValue(post, 'articleBody') ?? textValue(post, 'text'), LIMITS.scannedDescription),
    seller: sellerOf(nodeOf(post, 'author'), url),
    postedAt: isoDate(textValue(post, 'datePublished') ?? textValue(post, 'dateCreated')),
    imageUrls: imagesOf(post, url),
  };
}

/**
 * The ad as the page's JSON-LD describes it: the first Product-like node (or an Offer with its
 * itemOffered), with offers, seller, images and place; else a forum or social post. A seller
 * known only as the creator of the ad's photos comes with less confidence.
 * @example fromJsonLd(context)[0].candidate.price // { amount: 59, currency: 'EUR' }
 */
export function fromJsonLd({ doc, url, hints }: ExtractContext): SourcedCandidate[] {
  const nodes = jsonLdNodes(doc);
  const standaloneOffer = nodes.find((node) => hasType(node, OFFER_TYPES) && nodeOf(node, 'itemOffered'));
  const item = nodes.find((node) => hasType(node, ITEM_TYPES)) ?? nodeOf(standaloneOffer, 'itemOffered');
  if (!item) {
    const post = nodes.find((node) => hasType(node, POSTING_TYPES));
    return post
      ? [{ source: 'json-ld', candidate: fromPosting(post, url), confidence: { seller: 0.7, title: 0.8 } }]
      : [];
  }
  const offer = valuesOf(item, 'offers').find(isNode) ?? standaloneOffer;
  const seller = sellerOf(
    nodeOf(offer, 'seller') ?? nodeOf(offer, 'offeredBy') ?? nodeOf(item, 'seller') ?? nodeOf(item, 'offeredBy'),
    url,
  );
  const place = [offer, item]
    .flatMap((node) =>
      ['availableAtOrFrom', 'areaServed', 'itemLocation', 'address'].map((key) => valuesOf(node, key)[0]),
    )
    .find((value) => value !== undefined);
  const postedAt =
    ['datePosted', 'datePublished', 'dateCreated'].map((key) => isoDate(textValue(item, key))).find(Boolean) ??
    isoDate(textValue(offer, 'validFrom'));
  const photographer = seller ? undefined : sellerOf(photographerOf(nodes), url);
  const read: SourcedCandidate = {
    source: 'json-ld',
    candidate: {
      title: cleanText(textValue(item, 'name'), LIMITS.title),
      description: cleanText(textValue(item, 'description'), LIMITS.scannedDescription),
      price: priceOf(offer, hints),
      seller,
      location: cleanText(placeText(place), LIMITS.location),
      listingId: cleanText(
        textValue(item, 'productID') ??
          textValue(item, 'sku') ??
          textValue(offer, 'sku') ??
          textValue(item, 'identifier'),
        LIMITS.listingId,
      ),
      postedAt,
      imageUrls: imagesOf(item, url),
    },
  };
  return photographer
    ? [read, { source: 'json-ld', candidate: { seller: photographer }, confidence: { seller: 0.75 } }]
    : [read];
}

/**
 * The URLs the page's JSON-LD gives its item (Etsy's Product `url` holds the listing id).
 * @example jsonLdItemUrls(document, location.href) // ['https://www.etsy.com/listing/123/…']
 */
export function jsonLdItemUrls(doc: Document, base: string): string[] {
  const nodes = jsonLdNodes(doc).filter((node) => hasType(node, ITEM_TYPES) || hasType(node, OFFER_TYPES));
  return distinct(
    nodes.flatMap((node) => [
      absoluteHttpUrl(textValue(node, 'url'), base),
      absoluteHttpUrl(textValue(node, '@id'), base),
    ]),
    5,
  );
}
