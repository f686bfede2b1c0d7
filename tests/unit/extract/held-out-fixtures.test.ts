import { describe, expect, it } from 'vitest';
import { extractAd } from '@/lib/extract';
import {
  type FieldResult,
  type FixturePage,
  NOW,
  fixtureDocument,
  fixtureSet,
  misses,
  percent,
  scoreSet,
  servedLocally,
  share,
  unknownHost,
} from './fixture-score';

// Pages the reader was not tuned on: tests/fixtures/extract/held-out (17 pages, written before the tuning set
// was read; three general fixes followed its first run) and held-out-2 (11 pages, written afterwards and read
// once for the final figures). Classifieds, forums, shops and auctions in the eight languages, Swedish and
// Danish, most on platforms Spoor has no data for. The figures are reported; the floors catch a regression.
/** Floors per set: they catch a regression; the figures themselves are printed and reported. */
const SETS = [
  { folder: 'held-out', ownHost: 0.85, unknownHost: 0.8, served: 0.7 },
  { folder: 'held-out-2', ownHost: 0.8, unknownHost: 0.75, served: 0.65 },
] as const;

describe.each(SETS)(
  'held-out ad pages ($folder)',
  ({ folder, ownHost, unknownHost: unknown, served }) => {
    const pages = fixtureSet(folder);
    const readAll = (urlOf: (page: FixturePage) => string): FieldResult[] => scoreSet(folder, pages, urlOf);

    it('reads their fields on their own hosts', () => {
      const results = readAll((page) => page.url);
      console.info(`${folder}, own hosts: ${percent(results)}\n${misses(results).join('\n')}`);
      expect(share(results)).toBeGreaterThanOrEqual(ownHost);
    });

    it('reads their fields on a host Spoor does not know', () => {
      const results = readAll((page) => unknownHost(page.url));
      console.info(`${folder}, unknown host: ${percent(results)}\n${misses(results).join('\n')}`);
      expect(share(results)).toBeGreaterThanOrEqual(unknown);
    });

    it('reads their fields served from a test server', () => {
      const results = readAll(servedLocally);
      console.info(`${folder}, served from 127.0.0.1: ${percent(results)}\n${misses(results).join('\n')}`);
      expect(share(results)).toBeGreaterThanOrEqual(served);
    });

    it('reads what each ad claims about permits', () => {
      const claims = pages.filter((page) => page.expect.paperwork);
      const wrong = claims.flatMap((page) => {
        const claim = extractAd(fixtureDocument(folder, page, page.url), page.url, { now: NOW }).ad.paperworkClaim
          ?.claim;
        return claim === page.expect.paperwork ? [] : [`${page.file}: want ${page.expect.paperwork}, got ${claim}`];
      });
      console.info(
        `${folder}, paperwork claims: ${claims.length - wrong.length}/${claims.length}\n${wrong.join('\n')}`,
      );
      expect(wrong.length).toBeLessThanOrEqual(Math.floor(claims.length * 0.25));
    });
  },
  120_000,
);
