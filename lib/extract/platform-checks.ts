import type { Flag } from '@/lib/records/flag';
import { allPlatforms, platformSpecFor } from './platform';
import { countryOfHost, hostParts } from './site';

/**
 * What is wrong with a flag's platform for its canonical URL, as a field and
 * a message, or undefined. Spoor reads the platform from the ad's address, so
 * a platform the address does not give was written by hand: an eBay ad filed
 * under Vinted goes into Vinted's takedown list, never merges with the eBay
 * flag of the same ad, and a country changed by hand moves it into another
 * country's information log. The host must be on the canonical URL's site (a
 * subdomain is fine: m.ebay.de for www.ebay.de); a marketplace Spoor knows
 * must be named as Spoor names it, or by its host as a Spoor that did not know
 * it yet named it; a site Spoor does not know may not take a known
 * marketplace's id or name (a newer Spoor may know it by a name of its own);
 * the country must be the one the host's domain names.
 * @example platformProblem(ebayAdUnderVinted) // { field: 'platform.id', message: 'is "vinted" (Vinted), but …' }
 */
export function platformProblem(
  flag: Pick<Flag, 'canonicalUrl' | 'platform'>,
): { field: string; message: string } | undefined {
  const { platform } = flag;
  const urlHost = new URL(flag.canonicalUrl).hostname;
  const host = platform.host.toLowerCase();
  if (hostParts(host).site !== hostParts(urlHost).site)
    return {
      field: 'platform.host',
      message: `is ${platform.host}, but the canonical URL is on ${urlHost}: another site`,
    };
  const hostName = host.replace(/^www\./, '');
  const spec = platformSpecFor(flag.canonicalUrl);
  const named = (id: string, name: string) => platform.id === id && platform.name === name;
  if (spec && !named(spec.id, spec.name) && !named(hostName, hostName))
    return {
      field: 'platform.id',
      message: `is ${JSON.stringify(platform.id)} (${platform.name}), but ${urlHost} is ${spec.name} (${spec.id}): the ad would be listed and merged under another marketplace`,
    };
  const posing = !spec && allPlatforms().find((known) => known.id === platform.id || known.name === platform.name);
  if (posing)
    return {
      field: 'platform.id',
      message: `names ${posing.name} (${posing.id}), whose addresses do not include ${urlHost}: the ad would be listed under another marketplace`,
    };
  const country = countryOfHost(host);
  if (platform.country !== country)
    return {
      field: 'platform.country',
      message: `is ${platform.country ?? 'none'}, but ${host} says ${country ?? 'no country'}: the ad would go into another country's information log`,
    };
  return undefined;
}
