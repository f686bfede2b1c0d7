import type { AdFields, FieldSourceSchema, Platform } from '@/lib/records/flag';
import type { z } from 'zod';
import type { PlatformSpec } from './platforms/schema';

/** The fields a reader proposes; `postedText` travels with `postedAt`. */
export type AdCandidate = Partial<
  Omit<
    AdFields,
    'sources' | 'imageUrls' | 'confidence' | 'disputed' | 'claimedCanonical' | 'claimedTitle' | 'paperworkClaim'
  >
> & { imageUrls?: string[] };

/** Fields chosen by rank; images and postedText follow their own rules. */
export const RANKED_FIELDS = ['title', 'description', 'price', 'seller', 'location', 'listingId', 'postedAt'] as const;
export type RankedField = (typeof RANKED_FIELDS)[number];
export type ExtractField = RankedField | 'imageUrls';

export type ExtractSource = Exclude<z.infer<typeof FieldSourceSchema>, 'adapter' | 'link' | 'researcher'>;

/** What one reader says, with how much each of its fields can be trusted (0–1). */
export interface SourcedCandidate {
  source: ExtractSource;
  candidate: AdCandidate;
  /** Per field; fields left out take the source's usual confidence (rank.ts). */
  confidence?: Partial<Record<ExtractField, number>>;
  /**
   * Every price the page shows, its own or not (the visible reader's): markup naming one of them (a search page's
   * lowest price) does not contradict the page (disputes.ts).
   */
  shownPrices?: NonNullable<AdFields['price']>[];
}

/** A value one reader proposed for a field, with its source and how far it is trusted. */
export interface Ranked<T> {
  value: T;
  source: ExtractSource;
  confidence: number;
  candidate: AdCandidate;
}

/** Longest value kept per field: page strings are hostile and flags are exported in bulk. */
export const LIMITS = {
  title: 300,
  /** The stored excerpt; cue detection reads up to `scannedDescription`. */
  description: 1_000,
  scannedDescription: 5_000,
  sellerName: 200,
  location: 200,
  listingId: 100,
  images: 20,
} as const;

/** What is known of the page besides its markup, for reading prices and dates. */
export interface PageHints {
  /** ISO 3166-1 alpha-2 country of the domain. */
  country?: string;
  /** `<html lang>`, lower case: "fr", "en-us". */
  lang?: string;
  /** Numeric dates put the month first (03/12/2024): US English. */
  monthFirst?: boolean;
}

/** What every source reader gets: the page and what is already known about it. */
export interface ExtractContext {
  doc: Document;
  /** The page URL, used to resolve relative links. */
  url: string;
  platform: Platform;
  /** The platform's data, when Spoor knows the platform. */
  spec?: PlatformSpec;
  /**
   * The URL shapes to read ids with: the platform's, else those of the platform the page says it
   * is (its og:url or canonical), as when a saved Instagram page is opened from elsewhere.
   */
  shapes?: PlatformSpec;
  hints: PageHints;
  /** The capture time: relative dates ("vor 2 Tagen") count back from it. */
  now: Date;
}
