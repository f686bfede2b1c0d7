import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/flags/read-page';
import { PageReadingSchema } from '@/lib/flags/page-reading';

const url = 'https://www.kleinanzeigen.de/s-anzeige/graupapagei/2690123456-243-3331';
const page = new JSDOM(
  `<h1 id="viewad-title">Graupapagei ohne CITES Papiere</h1><h2 id="viewad-price">450</h2>
   <ul><li>Eingestellt: vor 2 Tagen</li></ul>
   <link rel="canonical" href="https://seller-b.github.io/cups">`,
  { url },
).window.document;

describe('the page reader injected at flag time', () => {
  it('reads the ad with the extractor as of the capture time, in the shape the protocol checks', async () => {
    const reading = PageReadingSchema.parse(
      await readPage(page, url, { includeHtml: false, capturedAt: '2026-03-12T12:00:00.000Z' }),
    );
    expect(reading.ad).toMatchObject({
      title: 'Graupapagei ohne CITES Papiere',
      price: { amount: 450, currency: 'EUR', currencyInferred: true },
      postedText: 'vor 2 Tagen',
      claimedCanonical: 'https://seller-b.github.io/cups',
      paperworkClaim: { claim: 'none', phrase: 'ohne CITES Papiere' },
    });
    // Two days before the capture time, in the browser's time zone.
    const captured = new Date('2026-03-12T12:00:00.000Z');
    const expected = new Date(captured.getFullYear(), captured.getMonth(), captured.getDate() - 2);
    expect(reading.ad.postedAt).toBe(
      `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`,
    );
    expect(reading.canonicalUrl).toBe(url);
    expect(reading.paperwork).toBe('no CITES certificate');
  });
});
