import type { AdCandidate, ExtractContext } from './candidate';
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

const hasType = (node: JsonNode, types: Set<string>) => typesOf(node).some((type) => types.has(type));

function priceOf(offer: JsonNode | undefined, country?: string) {
  if (!offer) return undefined;
  const specification = nodeOf(offer, 'priceSpecification');
  const amount = textValue(offer, 'price') ?? textValue(offer, 'lowPrice') ?? textValue(specification, 'price');
  const currency = textValue(offer, 'priceCurrency') ?? textValue(specification, 'priceCurrency');
  return structuredPrice(amount, currency, country);
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

/**
 * The ad as the page's JSON-LD describes it: the first Product-like node (or an Offer with
 * its itemOffered), with offers, seller, images and place.
 * @example fromJsonLd({ doc, url, platform }).price // { amount: 59, currency: 'EUR' }
 */
export function fromJsonLd({ doc, url, platform }: ExtractContext): AdCandidate {
  const nodes = jsonLdNodes(doc);
  const standaloneOffer = nodes.find((node) => hasType(node, OFFER_TYPES) && nodeOf(node, 'itemOffered'));
  const item = nodes.find((node) => hasType(node, ITEM_TYPES)) ?? nodeOf(standaloneOffer, 'itemOffered');
  if (!item) return {};
  const offer = valuesOf(item, 'offers').find(isNode) ?? standaloneOffer;
  const seller =
    sellerOf(
      nodeOf(offer, 'seller') ?? nodeOf(offer, 'offeredBy') ?? nodeOf(item, 'seller') ?? nodeOf(item, 'offeredBy'),
      url,
    ) ?? sellerOf(photographerOf(nodes), url);
  const place = [offer, item]
    .flatMap((node) =>
      ['availableAtOrFrom', 'areaServed', 'itemLocation', 'address'].map((key) => valuesOf(node, key)[0]),
    )
    .find((value) => value !== undefined);
  const postedAt =
    ['datePosted', 'datePublished', 'dateCreated'].map((key) => isoDate(textValue(item, key))).find(Boolean) ??
    isoDate(textValue(offer, 'validFrom'));
  return {
    title: cleanText(textValue(item, 'name'), LIMITS.title),
    description: cleanText(textValue(item, 'description'), LIMITS.scannedDescription),
    price: priceOf(offer, platform.country),
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
  };
}
