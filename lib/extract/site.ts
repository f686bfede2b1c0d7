import { parse } from 'tldts';

/** Private suffixes (github.io, blogspot.com) count: seller-a.github.io and seller-b.github.io are two sites. */
const OPTIONS = { allowPrivateDomains: true } as const;

/** Country codes sold as generic names (.io, .tv…): they say nothing about the seller's country. */
const VANITY_CC = new Set('io co tv me ai fm ly gg to cc ws nu tk sh am im so gl vc ag eu su app dev'.split(' '));

export interface HostParts {
  hostname: string;
  /**
   * The registrable domain by the Public Suffix List ("ebay.co.uk", "seller-a.github.io"); the host itself for an IP or
   * a bare name.
   */
  site: string;
  /** The registrable name without its suffix: "ebay" for ebay.co.uk, ebay.de, ebay.com. */
  brand: string;
  /** The public suffix: "co.uk", "github.io"; empty for an IP. */
  suffix: string;
}

/**
 * A host split by the Public Suffix List (tldts).
 * @example hostParts('www.ebay.co.uk') // { hostname: 'www.ebay.co.uk', site: 'ebay.co.uk', brand: 'ebay', suffix:
 * 'co.uk' }
 */
export function hostParts(host: string): HostParts {
  const hostname = host.toLowerCase().replace(/\.$/, '');
  const parsed = parse(hostname, OPTIONS);
  if (parsed.isIp || !parsed.domain)
    return { hostname, site: hostname, brand: hostname, suffix: parsed.publicSuffix ?? '' };
  return {
    hostname,
    site: parsed.domain,
    brand: parsed.domainWithoutSuffix ?? parsed.domain,
    suffix: parsed.publicSuffix ?? '',
  };
}

/**
 * Whether two URLs belong to the same registrable domain (the same site, whoever runs it):
 * shop.example and m.shop.example do; seller-a.github.io and seller-b.github.io do not.
 * @example sameSite('https://www.ebay.de/itm/1', 'https://m.ebay.de/itm/1') // true
 */
export function sameSite(a: string, b: string): boolean {
  try {
    return hostParts(new URL(a).hostname).site === hostParts(new URL(b).hostname).site;
  } catch {
    return false;
  }
}

/**
 * The country a domain names (ebay.co.uk → GB, avito.ru → RU); undefined for .com and vanity codes.
 * @example countryOfHost('www.ebay.co.uk') // 'GB'
 */
export function countryOfHost(host: string): string | undefined {
  const code = hostParts(host).suffix.split('.').at(-1) ?? '';
  if (!/^[a-z]{2}$/.test(code) || VANITY_CC.has(code)) return undefined;
  return code === 'uk' ? 'GB' : code.toUpperCase();
}
