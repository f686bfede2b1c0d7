import { describe, expect, it } from 'vitest';
import { allPlatforms, detectPlatform } from '@/lib/extract/platform';
import { platformData } from '@/lib/extract/platforms/data';
import { PlatformListSchema, PlatformSpecSchema } from '@/lib/extract/platforms/schema';

// lib/extract/platforms/data.ts is linted like the species dictionary: valid, unique, sorted, wide enough.
describe('platform data', () => {
  const platforms = allPlatforms();

  it('is valid against its zod schema', () => {
    expect(PlatformListSchema.safeParse(platformData).success).toBe(true);
  });

  it('has unique ids, sorted, and no host claimed by two platforms', () => {
    const ids = platforms.map((spec) => spec.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    const hosts = platforms.flatMap((spec) => spec.hosts.map((host) => `${host}${spec.pathPrefix ?? ''}`));
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('covers at least 30 marketplaces and social shops, including the ones researchers survey most', () => {
    expect(platforms.length).toBeGreaterThanOrEqual(30);
    const names = platforms.map((spec) => spec.id);
    for (const required of [
      'vinted',
      'wallapop',
      'milanuncios',
      'subito',
      'allegro',
      'olx',
      'willhaben',
      'gumtree',
      'craigslist',
      'etsy',
      'facebook-marketplace',
      'catawiki',
      'delcampe',
      'quoka',
      'dba',
      'blocket',
      'vk',
      'telegram',
      'instagram',
      'ebay',
      'avito',
      'marktplaats',
      '2dehands',
      'kleinanzeigen',
      'leboncoin',
    ]) {
      expect(names, required).toContain(required);
    }
    expect(platforms.filter((spec) => spec.kind === 'social').map((spec) => spec.id)).toEqual(
      expect.arrayContaining(['facebook-marketplace', 'instagram', 'telegram', 'vk']),
    );
  });

  it.each([
    ['FR', 'https://www.leboncoin.fr/ad/x/1'],
    ['DE', 'https://www.kleinanzeigen.de/s-anzeige/x/1-2-3'],
    ['NL', 'https://www.marktplaats.nl/v/a/b/m123456-x'],
    ['ES', 'https://www.milanuncios.com/x/y-123456.htm'],
    ['IT', 'https://www.subito.it/animali/x-123456.htm'],
    ['PL', 'https://allegro.pl/oferta/x-12345678'],
    ['RU', 'https://www.avito.ru/moskva/ptitsy/x_123456789'],
    ['UK', 'https://www.gumtree.com/p/pets/x/1234567'],
  ])('knows marketplaces of %s', (_country, url) => {
    expect(detectPlatform(url).id).not.toBe(new URL(url).hostname.replace(/^www\./, ''));
  });

  it('rejects a pattern without a capture group, an unknown field and a malformed host', () => {
    const base = { id: 'x', name: 'X', kind: 'classifieds', hosts: ['x.example'] };
    expect(PlatformSpecSchema.safeParse({ ...base, listingIdInUrl: ['/item/\\d+'] }).success).toBe(false);
    expect(PlatformSpecSchema.safeParse({ ...base, listingIdInUrl: ['/item/(\\d+'] }).success).toBe(false);
    expect(PlatformSpecSchema.safeParse({ ...base, hosts: ['https://x.example/'] }).success).toBe(false);
    expect(PlatformSpecSchema.safeParse({ ...base, canonical: 'https://{host}/itm/' }).success).toBe(false);
    expect(PlatformSpecSchema.safeParse({ ...base, listingIdInUrl: ['/item/(\\d+)'] }).success).toBe(true);
  });

  it('writes tracking parameters in lower case (URLs are compared that way)', () => {
    for (const spec of platforms) {
      for (const param of spec.trackingParams) expect(param, spec.id).toBe(param.toLowerCase());
    }
  });
});
