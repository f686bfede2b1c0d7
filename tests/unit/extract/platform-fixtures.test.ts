import { describe, expect, it } from 'vitest';
import { allPlatforms, detectPlatform, isKnownMarketplace } from '@/lib/extract/platform';
import {
  type FieldResult,
  type FixturePage,
  fixtureSet,
  misses,
  percent,
  scoreSet,
  servedLocally,
  share,
  unknownHost,
} from './fixture-score';

// One reconstructed ad page per platform in lib/extract/platforms/data.ts, with the fields a person
// reads on it (tests/fixtures/extract/platforms/expected.json). The reader was tuned on these pages;
// held-out-fixtures.test.ts reports the pages it was not tuned on.
const pages = fixtureSet('platforms');

const readAll = (urlOf: (page: FixturePage) => string): FieldResult[] => scoreSet('platforms', pages, urlOf);

const essentialMisses = (results: FieldResult[]) =>
  misses(results.filter((result) => ['title', 'price', 'currency'].includes(result.field)));

describe('platform fixtures', () => {
  it('has exactly one fixture page per platform in the data', () => {
    expect(pages.map((page) => page.platform).sort()).toEqual(
      allPlatforms()
        .map((spec) => spec.id)
        .sort(),
    );
  });

  it('detects each fixture URL as its platform, and no unknown-host URL as any', () => {
    for (const page of pages) {
      expect(detectPlatform(page.url).id, page.file).toBe(page.platform);
      expect(isKnownMarketplace(detectPlatform(unknownHost(page.url))), page.file).toBe(false);
    }
  });

  it('reads at least 95 % of the expected fields on their real hosts, and title, price and currency on every page', () => {
    const results = readAll((page) => page.url);
    console.info(`platform fixtures, real hosts: ${percent(results)}\n${misses(results).join('\n')}`);
    expect(essentialMisses(results)).toEqual([]);
    expect(share(results)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads at least 85 % on a host Spoor does not know (same country), and title, price and currency on every page', () => {
    const results = readAll((page) => unknownHost(page.url));
    console.info(`platform fixtures, unknown host: ${percent(results)}\n${misses(results).join('\n')}`);
    expect(essentialMisses(results)).toEqual([]);
    expect(share(results)).toBeGreaterThanOrEqual(0.85);
  });

  it('reads every title and most fields when served from a test server (no host, country or telling path)', () => {
    const results = readAll(servedLocally);
    console.info(`platform fixtures, served from 127.0.0.1: ${percent(results)}\n${misses(results).join('\n')}`);
    expect(misses(results.filter((result) => result.field === 'title'))).toEqual([]);
    expect(share(results)).toBeGreaterThanOrEqual(0.75);
  });
}, 120_000);
