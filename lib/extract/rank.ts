import { type AdFields, AdFieldsSchema } from '@/lib/records/flag';
import type { AdCandidate, ExtractSource, Ranked, RankedField, SourcedCandidate } from './candidate';
import { LIMITS } from './candidate';
import { cleanUrl } from './canonical-url';
import { usualTrust } from './source-trust';
import { cleanText } from './text';
import { disagree, DISPUTABLE_FIELDS, settle, UNSEEN_SOURCES, type DisputableField } from './disputes';
import { contradicts, titleFromText, unpaddedTitle, withoutSiteName } from './title';

/** An h1 by the price, or the page's only or nearest h1 (page/heading.ts): the title the page showed. */
const SHOWN_HEADING = 0.68;

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
    let trust = confidence?.[field] ?? usualTrust(source, field);
    // A price whose currency was only inferred yields to one whose page wrote the currency.
    if (field === 'price' && (value as AdFields['price'])?.currencyInferred) trust *= 0.8;
    found.push({ value: value as AdFields[K] & {}, source, confidence: trust, candidate });
  }
  return found.sort((a, b) => b.confidence - a.confidence);
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
  // The markup contradicting the shown ad (a price, seller, place or id no buyer saw): the flag keeps the shown value
  // and the markup's in `disputed`.
  const shownPrices = candidates.flatMap((candidate) => candidate.shownPrices ?? []);
  const shownElsewhere = (field: DisputableField) => (value: unknown) =>
    field === 'price' &&
    shownPrices.some((price) => !disagree('price', price, value as NonNullable<AdFields['price']>));
  const settled = <K extends DisputableField>(field: K, list: Ranked<NonNullable<AdFields[K]>>[]) => {
    const { winner, disputed } = settle(field, list, shownElsewhere(field));
    if (disputed) ad.disputed = { ...ad.disputed, [field]: disputed };
    return winner ? [winner, ...list.filter((other) => other !== winner)] : list;
  };
  take('seller', completeSeller(settled('seller', ranked(candidates, 'seller', tidySeller))));
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
  const title = unpaddedTitle(named) ?? titleFromText(fullDescription, titles[0]);
  // Structured data naming another ad than the heading: the flag holds what the researcher saw, and keeps the claim
  // (unless the platform's own data chose the title).
  const heading = named.find((other) => other.source === 'visible' && other.confidence >= SHOWN_HEADING);
  const against = (other: Ranked<string>) =>
    heading && UNSEEN_SOURCES.has(other.source) && contradicts(other.value, heading.value);
  const claim = title && (title.source === 'visible' ? named.find(against) : against(title) ? title : undefined);
  if (heading && claim) {
    take('title', heading);
    ad.claimedTitle = claim.value;
  } else take('title', title);
  for (const field of DISPUTABLE_FIELDS.filter((name) => name !== 'seller')) {
    take(
      field,
      settled(
        field,
        ranked(candidates, field, (value) => value),
      )[0],
    );
  }
  take('postedAt', ranked(candidates, 'postedAt', (value) => value)[0]);
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
        confidence: confidence?.imageUrls ?? usualTrust(source, 'imageUrls'),
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
