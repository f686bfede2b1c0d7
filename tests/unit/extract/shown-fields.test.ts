import { describe, expect, it } from 'vitest';
import { extractAd } from '@/lib/extract';
import { parseHtml } from './dom';

// The page reader passes detection's judgement (lib/flags/shown-text.ts) as `shown`; jsdom has no layout, so here a
// class stands for text drawn unseen. tests/e2e/reliability/hostile-flag.test.ts proves the real judgement.

const url = 'https://shop.example/ad/1';
const unseen = (node: Text) => !node.parentElement?.closest('.unseen');

describe('extractAd with what the reader is shown', () => {
  it('leaves unseen text out of a marked-up title and description', () => {
    const doc = parseHtml(
      `<main itemscope itemtype="https://schema.org/Product">
      <h1 itemprop="name">Old bangle,<span class="unseen"> rhino horn cup,</span> carved ivory<span class="unseen">
      resin replica</span></h1>
      <p itemprop="description">Genuine ivory.<span class="unseen"> Pangolin scales.</span></p></main>`,
      url,
    );
    expect(extractAd(doc, url, { shown: unseen }).ad).toMatchObject({
      title: 'Old bangle, carved ivory',
      description: 'Genuine ivory.',
    });
    // Without the judgement every text is read, as before.
    expect(extractAd(doc, url).ad.title).toBe('Old bangle, rhino horn cup, carved ivory resin replica');
  }, 60_000);

  it('leaves unseen text out of the visible page’s heading and labelled values', () => {
    const doc = parseHtml(
      `<h1>Carved bangle<span class="unseen"> tiger skin</span></h1><p class="price">320 €</p>
      <dl><dt>Location</dt><dd>Lyon<span class="unseen"> Pangolin scales</span></dd></dl>`,
      url,
    );
    const { ad } = extractAd(doc, url, { shown: unseen });
    expect(ad.title).toBe('Carved bangle');
    expect(JSON.stringify(ad)).not.toMatch(/tiger|Pangolin/);
  }, 60_000);
});
