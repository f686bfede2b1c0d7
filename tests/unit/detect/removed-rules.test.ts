// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { matcherFor, taxon } from '../matching/dictionary-fixture';
import { scanningPage } from './settled-scan';

// hostile29: a page drops the rule that drew a name, after Spoor read it (`sheet.deleteRule`). Buyers now see
// "odutseT hermanni", or no ::after words: main kept painting and counting the name it read under the old rule.

const matcher = matcherFor({
  taxa: [
    taxon('testudo-hermanni', 'Testudo hermanni', [{ text: 'tortoise', lang: 'en' }], { cites: { appendix: 'I' } }),
  ],
});

const stop = new AbortController();
afterEach(() => stop.abort());

it('reads a block again as written once the rule that drew it backwards is removed', async () => {
  const css = '.flip { direction: rtl; unicode-bidi: bidi-override }';
  document.head.innerHTML = `<style>${css}</style>`;
  const page = scanningPage('<p><span class="flip">odutseT</span> hermanni</p>', matcher, stop.signal);
  await page.idle();
  expect(page.painted()).toEqual(['odutseT hermanni']);
  document.styleSheets[0]!.deleteRule(0);
  page.scanner.rulesChanged();
  await page.idle();
  expect(page.painted()).toEqual([]);
});
