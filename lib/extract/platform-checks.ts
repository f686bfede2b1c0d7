import type { Flag } from '@/lib/records/flag';
import { allPlatforms, platformSpecFor } from './platform';
import { countryOfHost, hostParts, sameSite } from './site';

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

/** What in a record's changedDuringCapture says the tab's address moved while it was captured. */
const MOVED = ['url', 'canonicalUrl'];

/**
 * What is wrong with where an observation was taken for the flag it is filed under, as a message, or undefined.
 * Spoor files an observation under the canonical URL read from the page it was taken on, which is on that page's own
 * site (a rel=canonical elsewhere is kept apart as a claim), unless the tab moved while captured (its
 * changedDuringCapture says so). An observation of another site's page filed under an ad puts that page's screenshot
 * and words into the ad's evidence: a forged record framing the seller, merged with other researchers' flags of the ad.
 * @example observationSiteProblem(ebayFlag, { url: 'https://shop.example/ad/9' }) // 'is on shop.example, but …'
 */
export function observationSiteProblem(
  flag: Pick<Flag, 'canonicalUrl'>,
  observation: Pick<Flag['observations'][number], 'url' | 'changedDuringCapture'>,
): string | undefined {
  if (sameSite(observation.url, flag.canonicalUrl)) return undefined;
  if (observation.changedDuringCapture?.some((field) => MOVED.includes(field))) return undefined;
  const [taken, filed] = [observation.url, flag.canonicalUrl].map((url) => new URL(url).hostname);
  return `is on ${taken}, but the flag’s ad is on ${filed}: Spoor files an observation under the ad of the site it was taken on`;
}
