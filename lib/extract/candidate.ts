import type { AdFields, Platform } from '@/lib/records/flag';

/** What one source (JSON-LD, microdata, an adapter…) says about the ad; merged field by field later. */
export type AdCandidate = Partial<Omit<AdFields, 'sources' | 'imageUrls'>> & { imageUrls?: string[] };

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

/** What every source reader gets: the page and what is already known about it. */
export interface ExtractContext {
  doc: Document;
  /** The page URL, used to resolve relative links. */
  url: string;
  platform: Platform;
}

/** Reads one marketplace's own markup, for what the standard metadata leaves out. */
export interface PlatformAdapter {
  extract(context: ExtractContext): AdCandidate;
  /** The URL that identifies the ad when the page's rel=canonical does not (eBay points it at a catalogue page). */
  canonicalUrl?(context: ExtractContext): string | undefined;
}
