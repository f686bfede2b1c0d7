// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { drawnWordsSelector } from '@/lib/detect/generated-text';

// The rules that give ::before and ::after words (lib/detect/generated-text.ts); the e2e page
// tests/e2e/drawn-words.test.ts proves the words themselves are read in Chromium (jsdom draws no generated content).

/** The rules of a style sheet holding `css`. */
function rulesOf(css: string): CSSRule[] {
  document.head.innerHTML = `<style>${css}</style>`;
  return [...document.styleSheets[0]!.cssRules];
}

it('finds the elements whose ::after draws words, not a clearfix or an icon font', () => {
  rulesOf(`.clearfix::after { content: ""; display: table }
    .icon::before { content: "\\e900" }
    .half::after { content: "erithacus" }`);
  expect(drawnWordsSelector(document, [])).toBe('.half');
});

it('reads a sheet of 150,000 rules one rule at a time: spread into a call, they overflow the stack', () => {
  const [drawing, plain] = rulesOf('.half::after { content: "erithacus" } .plain { color: red }');
  // The same plain rule over and over: jsdom takes seconds to parse as many distinct ones.
  const sheet = { cssRules: [drawing, ...Array.from({ length: 150_000 }, () => plain)] };
  const page = {
    styleSheets: [sheet],
    adoptedStyleSheets: [],
    createDocumentFragment: () => document.createDocumentFragment(),
  } as unknown as Document;
  expect(drawnWordsSelector(page, [])).toBe('.half');
});

it("names a shadow root's host by its element name for a rule on :host or :host(…) itself", () => {
  const sheetRules = rulesOf(`:host::after { content: "Testudo graeca" }
    :host(.sold:not([data-x="a,b"]))::before { content: "Python regius" }
    :host .w::after { content: "Ara macao" }`);
  const host = document.createElement('shop-card');
  host.className = 'sold';
  const root = { host, styleSheets: [{ cssRules: sheetRules }], adoptedStyleSheets: [] } as unknown as ShadowRoot;
  document.head.innerHTML = '';
  const selector = drawnWordsSelector(document, [root]);
  // `:host` matched from outside its root finds nothing: main kept it so, and missed the words drawn on the host.
  expect(selector).toBe('shop-card,shop-card:is(.sold:not([data-x="a,b"])),:host .w');
  expect(host.matches(selector)).toBe(true);
});

it('names the elements a rule on ::slotted(…) or ::part(…) gives words to, which no query finds by those names', () => {
  const rootRules = rulesOf('::slotted(span.tag)::before { content: "Python " }');
  const host = document.createElement('shop-card');
  const root = { host, styleSheets: [{ cssRules: rootRules }], adoptedStyleSheets: [] } as unknown as ShadowRoot;
  rulesOf('shop-card::part(label title)::after { content: " regius" }');
  expect(drawnWordsSelector(document, [root]).split(',').sort()).toEqual([
    '[part~="label"][part~="title"]',
    'shop-card > :is(span.tag)',
  ]);
});
