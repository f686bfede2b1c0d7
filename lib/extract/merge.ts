import { type AdFields, AdFieldsSchema, type FieldSourceSchema } from '@/lib/records/flag';
import type { z } from 'zod';
import type { AdCandidate } from './candidate';
import { LIMITS } from './candidate';
import { cleanUrl } from './canonical-url';
import { cleanText } from './text';

export type ExtractSource = Extract<
  z.infer<typeof FieldSourceSchema>,
  'json-ld' | 'microdata' | 'opengraph' | 'adapter' | 'fallback'
>;
export type SourcedCandidate = readonly [ExtractSource, AdCandidate];

const LAST_SEPARATOR = /^(.+)(?:\s[-–—·]\s|\s*\|\s*|\s*::\s*)(.+)$/u;

/**
 * The title without a trailing site name ("Puma … | eBay" → "Puma …").
 * @example withoutSiteName('Grey parrot | Kleinanzeigen.de', ['Kleinanzeigen']) // 'Grey parrot'
 */
export function withoutSiteName(title: string, siteNames: readonly string[]): string {
  const split = LAST_SEPARATOR.exec(title);
  if (!split) return title;
  const tail = split[2].trim().toLowerCase();
  const names = siteNames.map((name) => name.trim().toLowerCase()).filter(Boolean);
  const isSite = names.some((name) => tail === name || tail.startsWith(`${name}.`) || tail === `www.${name}`);
  return isSite && split[1].trim() ? split[1].trim() : title;
}

/** A seller whose profile link lost its tracking parameters. */
function tidySeller(seller: AdCandidate['seller']): AdCandidate['seller'] {
  if (!seller?.profileUrl) return seller;
  try {
    return { ...seller, profileUrl: cleanUrl(seller.profileUrl) };
  } catch {
    const { profileUrl: _dropped, ...rest } = seller;
    return rest;
  }
}

/** A value the flag schema accepts for `field`, else undefined (the next source gets its turn). */
function valid<K extends keyof AdFields>(field: K, value: unknown): AdFields[K] | undefined {
  if (value === undefined) return undefined;
  const parsed = AdFieldsSchema.shape[field].safeParse(value);
  return parsed.success ? (parsed.data as AdFields[K]) : undefined;
}

type ScalarField = 'title' | 'description' | 'price' | 'seller' | 'location' | 'listingId' | 'postedAt';

/**
 * Merges what each source read, field by field: the first source (in the order given) with a
 * valid value wins and is recorded in `sources`. Images are the exception: the source showing
 * the most pictures wins, because structured data often marks only the lead photo.
 * Also returns the longer description that cue detection reads.
 */
export function mergeCandidates(
  candidates: readonly SourcedCandidate[],
  siteNames: readonly string[],
): { ad: AdFields; fullDescription?: string } {
  const ad: AdFields = { imageUrls: [], sources: {} };
  const pick = <K extends ScalarField>(field: K, prepare: (value: AdCandidate[K]) => unknown = (value) => value) => {
    for (const [source, candidate] of candidates) {
      const value = valid(field, prepare(candidate[field]));
      if (value !== undefined) {
        ad[field] = value;
        ad.sources[field] = source;
        return;
      }
    }
  };
  pick('title', (title) => title && cleanText(withoutSiteName(title, siteNames), LIMITS.title));
  pick('description');
  const fullDescription = ad.description;
  if (ad.description) ad.description = cleanText(ad.description, LIMITS.description);
  pick('price');
  pick('seller', (seller) =>
    seller && (seller.name || seller.id || seller.profileUrl) ? tidySeller(seller) : undefined,
  );
  pick('location');
  pick('listingId');
  pick('postedAt');

  for (const [source, candidate] of candidates) {
    const urls = (candidate.imageUrls ?? []).filter((url) => valid('imageUrls', [url])).slice(0, LIMITS.images);
    if (urls.length > ad.imageUrls.length) {
      ad.imageUrls = urls;
      ad.sources.imageUrls = source;
    }
  }
  return { ad, fullDescription };
}
