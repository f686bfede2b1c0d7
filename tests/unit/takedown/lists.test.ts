import { describe, expect, it } from 'vitest';
import { flagsForCountry, takedownCsv, takedownGroups, takedownText } from '@/lib/takedown/lists';
import { ben, flag, observation } from '../export/builder';

async function flags() {
  return [
    flag({
      n: 1,
      url: 'https://www.ebay.de/itm/2',
      ad: { listingId: '2' },
      observations: [await observation({ n: 1 })],
    }),
    flag({
      n: 2,
      url: 'https://www.ebay.de/itm/1',
      observations: [await observation({ n: 2, capturedAt: '2026-03-01T00:00:00.000Z' })],
    }),
    // Ben flagged ebay.de/itm/1 too, later: one line, his capture time.
    flag({
      n: 3,
      url: 'https://www.ebay.de/itm/1',
      observations: [await observation({ n: 3, by: ben, capturedAt: '2026-03-05T00:00:00.000Z' })],
    }),
    {
      ...flag({
        n: 4,
        url: 'https://www.leboncoin.fr/ad/9',
        country: 'FR',
        observations: [await observation({ n: 4 })],
      }),
      platform: { id: 'leboncoin', name: 'leboncoin', host: 'www.leboncoin.fr', country: 'FR' },
    },
  ];
}

describe('takedownGroups', () => {
  it('groups ads per platform, each URL once with its latest capture, sorted', async () => {
    const groups = takedownGroups(await flags());
    expect(groups.map((group) => [group.platform.id, group.ads.map((ad) => [ad.url, ad.lastSeenAt])])).toEqual([
      [
        'ebay',
        [
          ['https://www.ebay.de/itm/1', '2026-03-05T00:00:00.000Z'],
          ['https://www.ebay.de/itm/2', expect.any(String)],
        ],
      ],
      ['leboncoin', [['https://www.leboncoin.fr/ad/9', expect.any(String)]]],
    ]);
  });

  it('writes one URL per line as text, and a CSV with the ad details', async () => {
    const [ebay] = takedownGroups(await flags());
    expect(takedownText(ebay!)).toBe('https://www.ebay.de/itm/1\nhttps://www.ebay.de/itm/2\n');
    const lines = takedownCsv(ebay!).split('\r\n');
    expect(lines[0]).toBe('\uFEFF"url","listing_id","title","seller","last_seen_at","flag_id"');
    expect(lines[2]).toMatch(/^"https:\/\/www\.ebay\.de\/itm\/2","2","Elfenbein Figur","antik-hans",/);
  });
});

describe('flagsForCountry', () => {
  it.each([
    ['DE', 3],
    ['fr', 1],
    ['PL', 0],
  ])('keeps the flags on %s marketplaces', async (country, count) => {
    const kept = flagsForCountry(await flags(), country);
    expect(kept).toHaveLength(count);
    expect(kept.every((kept) => kept.platform.country === country.toUpperCase())).toBe(true);
  });
});
