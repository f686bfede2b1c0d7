// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { withJoinedName } from '@/lib/detect/join-blocks';
import { startPageScanner } from '@/lib/detect/page-scanner';
import { matcherFor, taxon } from '../matching/dictionary-fixture';
import { fakePainter } from '../highlight/fake-highlights';
import { standInResizeObserver } from './layout-reports';

// hostile29: a page drops the rule that drew a name, after Spoor read it (`sheet.deleteRule`). Buyers now see
// "odutseT hermanni", or no ::after words: main kept painting and counting the name it read under the old rule.

const matcher = matcherFor({
  taxa: [
    taxon('testudo-hermanni', 'Testudo hermanni', [{ text: 'tortoise', lang: 'en' }], { cites: { appendix: 'I' } }),
  ],
});

const stop = new AbortController();
afterEach(() => stop.abort());

/** A scanner over jsdom's document, with each idle awaited in turn, what it paints, counts and counts apart. */
function scanPage(html: string) {
  standInResizeObserver();
  document.documentElement.innerHTML = html;
  const painted = fakePainter();
  let wake: () => void = () => {};
  const scanner = startPageScanner({
    doc: document,
    matcher,
    painter: painted.painter,
    ownUi: () => false,
    signal: stop.signal,
    onIdle: () => wake(),
    onShadowRoot: () => {},
    joinName: () => withJoinedName,
  });
  const idle = () => new Promise<void>((resolve) => (wake = resolve));
  return {
    scanner,
    idle,
    painted: () => painted.texts('spoor-app-i'),
    described: () => [...scanner.attributeHits()].length,
  };
}

it('reads a block again as written once the rule that drew it backwards is removed', async () => {
  const css = '.flip { direction: rtl; unicode-bidi: bidi-override }';
  const page = scanPage(`<head><style>${css}</style></head><body><p><span class="flip">odutseT</span> hermanni</p>`);
  await page.idle();
  expect(page.painted()).toEqual(['odutseT hermanni']);
  document.styleSheets[0]!.deleteRule(0);
  page.scanner.rulesChanged();
  await page.idle();
  expect(page.painted()).toEqual([]);
});
