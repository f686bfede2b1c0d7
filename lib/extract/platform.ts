import type { Platform } from '@/lib/records/flag';

interface KnownPlatform {
  id: string;
  name: string;
  /** The registrable name without its suffix: "ebay" for ebay.co.uk, ebay.de, ebay.com. */
  brands: readonly string[];
  /** For platforms living inside a bigger site (Facebook Marketplace). */
  pathPrefix?: string;
}

/** Marketplaces where wildlife is known to be offered; matched on any country domain. */
const KNOWN_PLATFORMS: readonly KnownPlatform[] = [
  { id: 'kleinanzeigen', name: 'Kleinanzeigen', brands: ['kleinanzeigen', 'ebay-kleinanzeigen'] },
  { id: 'ebay', name: 'eBay', brands: ['ebay'] },
  { id: 'leboncoin', name: 'Leboncoin', brands: ['leboncoin'] },
  { id: 'marktplaats', name: 'Marktplaats', brands: ['marktplaats'] },
  { id: '2dehands', name: '2dehands / 2ememain', brands: ['2dehands', '2ememain'] },
  { id: 'avito', name: 'Avito', brands: ['avito'] },
  { id: 'gumtree', name: 'Gumtree', brands: ['gumtree'] },
  { id: 'etsy', name: 'Etsy', brands: ['etsy'] },
  { id: 'facebook-marketplace', name: 'Facebook Marketplace', brands: ['facebook'], pathPrefix: '/marketplace' },
  { id: 'vinted', name: 'Vinted', brands: ['vinted'] },
  { id: 'catawiki', name: 'Catawiki', brands: ['catawiki'] },
  { id: 'subito', name: 'Subito', brands: ['subito'] },
  { id: 'wallapop', name: 'Wallapop', brands: ['wallapop'] },
  { id: 'allegro', name: 'Allegro', brands: ['allegro'] },
  { id: 'olx', name: 'OLX', brands: ['olx'] },
  { id: 'willhaben', name: 'Willhaben', brands: ['willhaben'] },
  { id: 'craigslist', name: 'Craigslist', brands: ['craigslist'] },
  { id: 'mercari', name: 'Mercari', brands: ['mercari'] },
  { id: 'milanuncios', name: 'Milanuncios', brands: ['milanuncios'] },
  { id: 'tori', name: 'Tori', brands: ['tori'] },
  { id: 'dba', name: 'DBA', brands: ['dba'] },
  { id: 'blocket', name: 'Blocket', brands: ['blocket'] },
  { id: 'finn', name: 'FINN', brands: ['finn'] },
  { id: 'jofogas', name: 'Jófogás', brands: ['jofogas'] },
  { id: 'bazos', name: 'Bazoš', brands: ['bazos'] },
  { id: 'anibis', name: 'Anibis', brands: ['anibis'] },
  { id: 'tutti', name: 'Tutti', brands: ['tutti'] },
  { id: 'ricardo', name: 'Ricardo', brands: ['ricardo'] },
  { id: 'kijiji', name: 'Kijiji', brands: ['kijiji'] },
  { id: 'preloved', name: 'Preloved', brands: ['preloved'] },
  { id: 'deine-tierwelt', name: 'DeineTierwelt', brands: ['deine-tierwelt'] },
  { id: 'terraristik', name: 'Terraristik', brands: ['terraristik'] },
];

/** Second-level labels under a country code that are part of the suffix: ebay.co.uk, gumtree.com.au. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'or', 'ne', 'go', 'gov', 'edu']);

/** Country codes sold as generic names (.io, .tv…): they say nothing about the seller's country. */
const VANITY_CC = new Set([
  'io',
  'co',
  'tv',
  'me',
  'ai',
  'fm',
  'ly',
  'gg',
  'to',
  'cc',
  'ws',
  'nu',
  'tk',
  'sh',
  'am',
  'im',
  'so',
  'gl',
  'vc',
  'ag',
  'eu',
  'su',
]);

/**
 * Splits a host into its registrable brand and suffix.
 * @example splitHost('www.ebay.co.uk') // { brand: 'ebay', suffix: 'co.uk' }
 */
export function splitHost(host: string): { brand: string; suffix: string } {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const last = labels.at(-1) ?? '';
  const twoLevel = labels.length > 2 && last.length === 2 && SECOND_LEVEL.has(labels.at(-2) ?? '');
  const suffixLength = twoLevel ? 2 : 1;
  return {
    brand: labels.at(-(suffixLength + 1)) ?? last,
    suffix: labels.slice(-suffixLength).join('.'),
  };
}

/** The country a domain names (ebay.co.uk → GB, avito.ru → RU); undefined for .com and vanity codes. */
export function countryOfHost(host: string): string | undefined {
  const code = splitHost(host).suffix.split('.').at(-1) ?? '';
  if (code.length !== 2 || VANITY_CC.has(code)) return undefined;
  return code === 'uk' ? 'GB' : code.toUpperCase();
}

/**
 * The marketplace a URL belongs to; an unknown site is named by its host.
 * @example detectPlatform('https://www.ebay.de/itm/1') // { id: 'ebay', name: 'eBay', host: 'www.ebay.de', country: 'DE' }
 */
export function detectPlatform(url: string): Platform {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { id: 'unknown', name: 'unknown', host: 'unknown' };
  }
  const host = parsed.hostname.toLowerCase() || 'unknown';
  const { brand } = splitHost(host);
  const known = KNOWN_PLATFORMS.find(
    (platform) =>
      platform.brands.includes(brand) && (!platform.pathPrefix || parsed.pathname.startsWith(platform.pathPrefix)),
  );
  const country = countryOfHost(host);
  const named = known
    ? { id: known.id, name: known.name }
    : { id: host.replace(/^www\./, ''), name: host.replace(/^www\./, '') };
  return { ...named, host, ...(country ? { country } : {}) };
}

/** Whether the platform is a marketplace Spoor knows (rather than a site named by its host). */
export function isKnownMarketplace(platform: Platform): boolean {
  return KNOWN_PLATFORMS.some((known) => known.id === platform.id);
}
