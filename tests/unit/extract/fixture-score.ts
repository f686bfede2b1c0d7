import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'tldts';
import { extractAd, type ExtractedAd } from '@/lib/extract';
import { parseHtml } from './dom';

/** What a fixture page shows, as a person reads it. */
export interface Expected {
  title: string;
  price?: number;
  currency?: string;
  seller?: string;
  sellerId?: string;
  location?: string;
  listingId?: string;
  /** A date, a UTC time ("…Z"), or "local:YYYY-MM-DDTHH:MM" for a wall-clock time in the browser's zone. */
  postedAt?: string;
  paperwork?: 'permit' | 'none' | 'exemption' | 'silent';
}
export interface FixturePage {
  file: string;
  url: string;
  platform?: string;
  expect: Expected;
}
export type ScoredField = Exclude<keyof Expected, 'paperwork'>;
export const SCORED_FIELDS: readonly ScoredField[] = [
  'title',
  'price',
  'currency',
  'seller',
  'sellerId',
  'location',
  'listingId',
  'postedAt',
];

/** The capture time every fixture is read at: relative dates count back from it. */
export const NOW = new Date(2026, 2, 12, 12, 0);

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/extract');

type FixtureFolder = 'platforms' | 'held-out' | 'held-out-2';

export function fixtureSet(folder: FixtureFolder): FixturePage[] {
  return JSON.parse(readFileSync(resolve(FIXTURES, folder, 'expected.json'), 'utf8')).pages;
}

export function fixtureDocument(folder: string, page: FixturePage, url: string): Document {
  return parseHtml(readFileSync(resolve(FIXTURES, folder, page.file), 'utf8'), url);
}

/**
 * The same page on a host Spoor does not know, in the same country (its public suffix kept): no platform data applies.
 */
export function unknownHost(url: string): string {
  const parsed = new URL(url);
  parsed.hostname = `unknown-market.${parse(parsed.hostname).publicSuffix}`;
  return parsed.href;
}

/** The page served from a test server: no known host, no country, no telling path. */
export function servedLocally(page: FixturePage): string {
  return `http://127.0.0.1:8080/pages/${page.file}`;
}

function instant(posted: string): number {
  const local = /^local:(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(posted);
  if (local) {
    const [, y, m, d, h, min] = local.map(Number);
    return new Date(y, m - 1, d, h, min).getTime();
  }
  return Date.parse(posted);
}

function fieldRight(field: ScoredField, want: string | number, result: ExtractedAd): boolean {
  const { ad } = result;
  const same = (got: string | undefined) =>
    got?.replace(/\s+/g, ' ').trim().toLowerCase() === String(want).toLowerCase();
  switch (field) {
    case 'title':
      return ad.title?.replace(/\s+/g, ' ').trim() === want;
    case 'price':
      return ad.price?.amount === want;
    case 'currency':
      return ad.price?.currency === want;
    case 'seller':
      return same(ad.seller?.name);
    case 'sellerId':
      return ad.seller?.id === want;
    case 'location':
      return Boolean(
        ad.location && ad.location.length <= 100 && ad.location.toLowerCase().includes(String(want).toLowerCase()),
      );
    case 'listingId':
      return ad.listingId === want;
    case 'postedAt': {
      const wanted = String(want);
      if (/^\d{4}-\d{2}-\d{2}$/.test(wanted)) return ad.postedAt === wanted;
      return ad.postedAt !== undefined && Date.parse(ad.postedAt) === instant(wanted);
    }
  }
}

export interface FieldResult {
  page: string;
  field: ScoredField;
  ok: boolean;
  want: string | number;
  got: unknown;
}

const gotOf = (field: ScoredField, { ad }: ExtractedAd): unknown =>
  ({
    title: ad.title,
    price: ad.price?.amount,
    currency: ad.price?.currency,
    seller: ad.seller?.name,
    sellerId: ad.seller?.id,
    location: ad.location,
    listingId: ad.listingId,
    postedAt: ad.postedAt,
  })[field];

/** Each expected field of a page, right or wrong. */
function scorePage(page: FixturePage, result: ExtractedAd): FieldResult[] {
  return SCORED_FIELDS.filter((field) => page.expect[field] !== undefined).map((field) => ({
    page: page.file,
    field,
    ok: fieldRight(field, page.expect[field]!, result),
    want: page.expect[field]!,
    got: gotOf(field, result),
  }));
}

/** Each expected field of a set's pages, right or wrong, every page read as if it stood at `urlOf(page)`. */
export function scoreSet(
  folder: FixtureFolder,
  pages: readonly FixturePage[],
  urlOf: (page: FixturePage) => string,
): FieldResult[] {
  return pages.flatMap((page) => {
    const url = urlOf(page);
    return scorePage(page, extractAd(fixtureDocument(folder, page, url), url, { now: NOW }));
  });
}

export const share = (results: readonly FieldResult[]) => results.filter((result) => result.ok).length / results.length;
export const percent = (results: readonly FieldResult[]) =>
  `${results.filter((result) => result.ok).length}/${results.length} (${(share(results) * 100).toFixed(1)} %)`;

/** Each field read wrong, as a readable line: the page, the field, what it should be and what was read. */
export const misses = (results: readonly FieldResult[]) =>
  results
    .filter((result) => !result.ok)
    .map(({ page, field, want, got }) => `${page} ${field}: want ${want}, got ${got}`);
