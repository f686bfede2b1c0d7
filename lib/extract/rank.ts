import { type AdFields, AdFieldsSchema } from '@/lib/flags/schema';
import type { AdCandidate, ExtractField, ExtractSource, RankedField, SourcedCandidate } from './candidate';
import { LIMITS, RANKED_FIELDS } from './candidate';
import { cleanUrl } from './canonical-url';
import { cleanText } from './text';
import { withoutSiteName } from './title';

type Confidences = Partial<Record<ExtractField, number>>;

/**
 * How far each source is trusted per field when the reader does not say: the platform's own state
 * and structured data first; OpenGraph titles are often padded for search engines; the visible
 * page and the fallbacks last. Visible readers give their own, finer confidence.
 */
const USUAL: Readonly<Record<ExtractSource, Confidences>> = {
  'page-state': {
    title: 0.95,
    description: 0.9,
    price: 0.95,
    seller: 0.95,
    location: 0.9,
    listingId: 0.95,
    postedAt: 0.9,
    imageUrls: 0.9,
  },
  platform: {
    title: 0.9,
    description: 0.9,
    price: 0.9,
    seller: 0.9,
    location: 0.9,
    listingId: 0.9,
    postedAt: 0.85,
    imageUrls: 0.9,
  },
  'json-ld': {
    title: 0.9,
    description: 0.9,
    price: 0.95,
    seller: 0.9,
    location: 0.85,
    listingId: 0.85,
    postedAt: 0.9,
    imageUrls: 0.8,
  },
  microdata: {
    title: 0.88,
    description: 0.85,
    price: 0.92,
    seller: 0.85,
    location: 0.8,
    listingId: 0.8,
    postedAt: 0.85,
    imageUrls: 0.75,
  },
  rdfa: {
    title: 0.86,
    description: 0.85,
    price: 0.9,
    seller: 0.85,
    location: 0.8,
    listingId: 0.8,
    postedAt: 0.85,
    imageUrls: 0.75,
  },
  opengraph: { title: 0.7, description: 0.75, price: 0.85, location: 0.6, postedAt: 0.8, imageUrls: 0.7 },
  meta: { title: 0.6, price: 0.8, location: 0.6 },
  url: { listingId: 0.6, seller: 0.6 },
  labelled: { seller: 0.78, location: 0.75, listingId: 0.85, postedAt: 0.8, price: 0.8 },
  visible: { title: 0.7, description: 0.6, price: 0.6, seller: 0.6, location: 0.55, postedAt: 0.55, imageUrls: 0.4 },
  fallback: { title: 0.45, description: 0.4, imageUrls: 0.3 },
};

interface Ranked<T> {
  value: T;
  source: ExtractSource;
  confidence: number;
  candidate: AdCandidate;
}

/** A value the flag schema accepts for `field`, else undefined (the candidate is dropped). */
function valid<K extends RankedField>(field: K, value: unknown): AdFields[K] | undefined {
  if (value === undefined) return undefined;
  const parsed = AdFieldsSchema.shape[field].safeParse(value);
  return parsed.success ? (parsed.data as AdFields[K]) : undefined;
}

function tidySeller(seller: AdCandidate['seller']): AdCandidate['seller'] {
  if (!seller || !(seller.name || seller.id || seller.profileUrl)) return undefined;
  if (!seller.profileUrl) return seller;
  try {
    return { ...seller, profileUrl: cleanUrl(seller.profileUrl) };
  } catch {
    const { profileUrl: _dropped, ...rest } = seller;
    return rest;
  }
}

function ranked<K extends RankedField>(
  candidates: readonly SourcedCandidate[],
  field: K,
  prepare: (value: AdCandidate[K]) => unknown,
): Ranked<AdFields[K] & {}>[] {
  const found: Ranked<AdFields[K] & {}>[] = [];
  for (const { source, candidate, confidence } of candidates) {
    const value = valid(field, prepare(candidate[field]));
    if (value === undefined || value === null) continue;
    let trust = confidence?.[field] ?? USUAL[source][field] ?? 0.3;
    // A price whose currency was only inferred yields to one whose page wrote the currency.
    if (field === 'price' && (value as AdFields['price'])?.currencyInferred) trust *= 0.8;
    found.push({ value: value as AdFields[K] & {}, source, confidence: trust, candidate });
  }
  return found.sort((a, b) => b.confidence - a.confidence);
}

/**
 * A title padded for search engines ("Grey parrot for sale in Leeds", "… - Warszawa") yields to the
 * heading it starts with, or that makes most of it ("X on Instagram: “…”").
 */
function unpadded(titles: Ranked<string>[]): Ranked<string> | undefined {
  const [best] = titles;
  if (!best) return undefined;
  const outer = best.value.toLowerCase();
  const inside = titles.find((other) => {
    const inner = other.value.toLowerCase();
    return (
      other !== best &&
      other.confidence >= 0.55 &&
      inner.length >= 3 &&
      inner.length < outer.length &&
      (outer.startsWith(inner) || (outer.includes(inner) && inner.length * 2 >= outer.length))
    );
  });
  return inside ? { ...inside, confidence: Math.max(inside.confidence, best.confidence) } : best;
}

/** The first sentence of the ad's text, as a title when the page gives none but the account's name. */
function firstSentence(
  description: string | undefined,
  fallback: Ranked<string> | undefined,
): Ranked<string> | undefined {
  const sentence = description && /^(.{8,160}?[.!?])(?:\s|$)/u.exec(description)?.[1];
  if (!sentence) return fallback;
  return { value: sentence, source: 'visible', confidence: 0.5, candidate: { title: sentence } };
}

/** The best seller, completed with the id or profile other sources give for the same person. */
function completeSeller(
  sellers: Ranked<NonNullable<AdFields['seller']>>[],
): Ranked<NonNullable<AdFields['seller']>> | undefined {
  const [best] = sellers;
  if (!best) return undefined;
  const seller = { ...best.value };
  const same = (other: NonNullable<AdFields['seller']>) =>
    (!other.name || !seller.name || other.name.toLowerCase() === seller.name.toLowerCase()) &&
    (!other.id || !seller.id || other.id === seller.id);
  for (const other of sellers.slice(1)) {
    if (other.confidence < 0.55 || !same(other.value)) continue;
    if (!seller.id && other.value.id) seller.id = other.value.id;
    if (!seller.profileUrl && other.value.profileUrl) seller.profileUrl = other.value.profileUrl;
    if (!seller.name && other.value.name) seller.name = other.value.name;
  }
  return { ...best, value: seller };
}

/**
 * Chooses each field from what every source proposed: the most trusted valid value wins, and the
 * record keeps its source and confidence. Images come from the source showing the most pictures
 * (structured data often marks only the lead photo). Also returns the longer description that
 * cue detection reads.
 * @example rankCandidates([{ source: 'json-ld', candidate: { title: 'Graupapagei' } }], ['Kleinanzeigen']).ad.title
 */
export function rankCandidates(
  candidates: readonly SourcedCandidate[],
  siteNames: readonly string[],
): { ad: AdFields; fullDescription?: string } {
  const ad: AdFields = { imageUrls: [], sources: {}, confidence: {} };
  const take = <K extends RankedField>(field: K, winner: Ranked<AdFields[K] & {}> | undefined) => {
    if (!winner) return;
    ad[field] = winner.value;
    ad.sources[field] = winner.source;
    ad.confidence![field] = Math.round(winner.confidence * 100) / 100;
  };
  take('seller', completeSeller(ranked(candidates, 'seller', tidySeller)));
  take('description', ranked(candidates, 'description', (text) => text)[0]);
  const fullDescription = ad.description;
  if (ad.description) ad.description = cleanText(ad.description, LIMITS.description);
  // Social pages title themselves with the account's name ("Exotic Pets Moscow"): that is the seller, not the ad.
  const sellerName = ad.seller?.name?.toLowerCase();
  const titles = ranked(
    candidates,
    'title',
    (title) => title && cleanText(withoutSiteName(title, siteNames), LIMITS.title),
  );
  const named = titles.filter((title) => title.value.toLowerCase() !== sellerName);
  take('title', unpadded(named) ?? firstSentence(fullDescription, titles[0]));
  for (const field of RANKED_FIELDS.filter((name) => !['title', 'description', 'seller'].includes(name))) {
    take(field, ranked(candidates, field, (value) => value)[0]);
  }
  const posted =
    ad.postedAt && candidates.find(({ candidate }) => candidate.postedAt === ad.postedAt && candidate.postedText);
  if (posted) ad.postedText = cleanText(posted.candidate.postedText, 80);

  let images: { urls: string[]; source: ExtractSource; confidence: number } | undefined;
  for (const { source, candidate, confidence } of candidates) {
    const urls = (candidate.imageUrls ?? []).filter((url) => AdFieldsSchema.shape.imageUrls.safeParse([url]).success);
    if (urls.length > (images?.urls.length ?? 0)) {
      images = {
        urls: urls.slice(0, LIMITS.images),
        source,
        confidence: confidence?.imageUrls ?? USUAL[source].imageUrls ?? 0.3,
      };
    }
  }
  if (images) {
    ad.imageUrls = images.urls;
    ad.sources.imageUrls = images.source;
    ad.confidence!.imageUrls = images.confidence;
  }
  return { ad, fullDescription };
}
