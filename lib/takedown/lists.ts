import type { Flag, Platform } from '@/lib/records/flag';
import { csvText } from '@/lib/files/csv';

/** One ad to ask a platform to take down. */
export interface TakedownAd {
  url: string;
  listingId?: string;
  title?: string;
  seller?: string;
  lastSeenAt: string;
  flagId: string;
}

/** The ads of one platform, for one takedown request. */
export interface TakedownGroup {
  platform: Platform;
  ads: TakedownAd[];
}

/**
 * The flags' ads grouped per platform (by platform id), each ad once by
 * canonical URL, platforms and URLs sorted so requests are stable and diffable.
 * @example takedownGroups(flags).map((group) => `${group.platform.name}: ${group.ads.length} ads`)
 */
export function takedownGroups(flags: readonly Flag[]): TakedownGroup[] {
  const groups = new Map<string, { platform: Platform; ads: Map<string, TakedownAd> }>();
  for (const flag of flags) {
    const group = groups.get(flag.platform.id) ?? { platform: flag.platform, ads: new Map() };
    groups.set(flag.platform.id, group);
    const lastSeenAt = flag.observations
      .map((observation) => observation.capturedAt)
      .reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
    const previous = group.ads.get(flag.canonicalUrl);
    if (previous && Date.parse(previous.lastSeenAt) >= Date.parse(lastSeenAt)) continue;
    const seller = flag.ad.seller?.name ?? flag.ad.seller?.id;
    group.ads.set(flag.canonicalUrl, {
      url: flag.canonicalUrl,
      listingId: flag.ad.listingId,
      title: flag.ad.title,
      seller,
      lastSeenAt,
      flagId: flag.id,
    });
  }
  return [...groups.values()]
    .map(({ platform, ads }) => ({ platform, ads: [...ads.values()].sort((a, b) => a.url.localeCompare(b.url)) }))
    .sort((a, b) => a.platform.id.localeCompare(b.platform.id));
}

/**
 * A platform's ads as plain text, one URL per line: what most report forms take.
 * @example takedownText(group) // 'https://www.ebay.de/itm/1\nhttps://www.ebay.de/itm/2\n'
 */
export function takedownText(group: TakedownGroup): string {
  return group.ads.map((ad) => `${ad.url}\n`).join('');
}

/**
 * A platform's ads as CSV (same encoding as batch.csv): url, listing id, title, seller, last seen, flag id.
 * @example new Blob([takedownCsv(group)], { type: 'text/csv' })
 */
export function takedownCsv(group: TakedownGroup): string {
  const header = ['url', 'listing_id', 'title', 'seller', 'last_seen_at', 'flag_id'];
  return csvText([
    header,
    ...group.ads.map((ad) => [ad.url, ad.listingId, ad.title, ad.seller, ad.lastSeenAt, ad.flagId]),
  ]);
}

/**
 * The flags for one country's enforcement agency: those on a marketplace of
 * that country (its domain's country, e.g. ebay.de → DE). Pass the result to
 * flagsCsv or buildBatch for the information log itself.
 * @example flagsCsv(flagsForCountry(flags, 'DE'), batchId)
 */
export function flagsForCountry(flags: readonly Flag[], country: string): Flag[] {
  const wanted = country.toUpperCase();
  return flags.filter((flag) => flag.platform.country === wanted);
}
