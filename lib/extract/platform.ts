import type { Platform } from '@/lib/records/flag';
import { platformData } from './platforms/data';
import { PlatformListSchema, type PlatformSpec } from './platforms/schema';
import { countryOfHost, hostParts } from './site';

let platforms: readonly PlatformSpec[] | undefined;

/**
 * The platform data, validated once (a bad entry fails every test that reads a page).
 * @example allPlatforms().find((spec) => spec.id === 'vinted')?.listingIdInUrl // ['/items/(\\d+)']
 */
export function allPlatforms(): readonly PlatformSpec[] {
  platforms ??= PlatformListSchema.parse(platformData);
  return platforms;
}

function servesHost(spec: PlatformSpec, site: string, brand: string): boolean {
  return spec.hosts.some((host) => (host.endsWith('.*') ? host.slice(0, -2) === brand : host === site));
}

/**
 * What Spoor knows about the platform a URL belongs to, if it knows it.
 * @example platformSpecFor('https://www.vinted.fr/items/123-x')?.id // 'vinted'
 */
export function platformSpecFor(url: string): PlatformSpec | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const { site, brand } = hostParts(parsed.hostname);
  return allPlatforms().find(
    (spec) => servesHost(spec, site, brand) && (!spec.pathPrefix || parsed.pathname.startsWith(spec.pathPrefix)),
  );
}

/**
 * The marketplace a URL belongs to; an unknown site is named by its host.
 * @example detectPlatform('https://www.ebay.de/itm/1') // { id: 'ebay', name: 'eBay', host: 'www.ebay.de', country: 'DE' }
 */
export function detectPlatform(url: string): Platform {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase() || 'unknown';
  } catch {
    return { id: 'unknown', name: 'unknown', host: 'unknown' };
  }
  const spec = platformSpecFor(url);
  const country = countryOfHost(host);
  const named = spec
    ? { id: spec.id, name: spec.name }
    : { id: host.replace(/^www\./, ''), name: host.replace(/^www\./, '') };
  return { ...named, host, ...(country ? { country } : {}) };
}

/**
 * Whether the platform is one Spoor knows (rather than a site named by its host).
 * @example isKnownMarketplace(detectPlatform('https://www.olx.pl/d/oferta/x.html')) // true
 */
export function isKnownMarketplace(platform: Platform): boolean {
  return allPlatforms().some((spec) => spec.id === platform.id);
}
