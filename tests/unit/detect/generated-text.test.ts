// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { attributeHits } from '@/lib/detect/attribute-text';
import { drawnWords, drawnWordsSelector, eitherOf, styledBlockSelectors } from '@/lib/detect/generated-text';
import { matcherFor, taxon } from '../matching/dictionary-fixture';

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

it('finds the elements a rule draws with a bidi override, not a plain direction or a ::before', () => {
  rulesOf(`.flip { direction: rtl; unicode-bidi: bidi-override }
    .iso > b { unicode-bidi: isolate-override }
    .ar { direction: rtl }
    .plain { unicode-bidi: isolate }
    .tag::before { unicode-bidi: bidi-override }`);
  // Main read an override only from a style attribute: a class in a sheet was all a seller needed.
  expect(styledBlockSelectors(document, [])).toEqual(['.flip,.iso > b', '']);
  expect(drawnWordsSelector(document, [])).toBe('');
});

// hostile31: a letter written before a name and hidden by the first letter's style ("XPsittacus" shows "Psittacus").
it('finds the elements a rule styles the first letter of, in the same walk', () => {
  rulesOf(`.lot::first-letter { font-size: 0 }
    article p:first-child:first-letter { float: left; font-size: 3em }
    .flip { direction: rtl; unicode-bidi: bidi-override }
    .tag::before { content: "lot" }`);
  expect(styledBlockSelectors(document, [])).toEqual(['.flip', '.lot,article p:first-child']);
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

// hostile28: rules main did not read. A nested rule's selector is relative to the rule around it, an imported sheet's
// rules are not in its importer's list, and a list item draws words by its ::marker's content or a marker string.
// Rules are given as objects (jsdom's CSS parser knows neither nesting nor ::marker), as Chromium's CSSOM has them.
const styleRule = (selectorText: string, style: Partial<CSSStyleDeclaration>, cssRules: object[] = []) => ({
  selectorText,
  style: { content: '', listStyleType: '', ...style },
  cssRules,
});

/** The selector for a document whose only sheet holds `rules`. */
function selectorFor(rules: object[]): string {
  const page = {
    styleSheets: [{ cssRules: rules }],
    adoptedStyleSheets: [],
    createDocumentFragment: () => document.createDocumentFragment(),
  } as unknown as Document;
  return drawnWordsSelector(page, []);
}

it.each([
  ['& .price::after', ':is(.card) .price'],
  ['.price::after, &:hover::before', ':is(.card) .price,:is(.card):hover'],
  [':is(.a, .b)::after', ':is(.card) :is(.a, .b)'],
  ['&::after', ':is(.card)'],
])('spells a rule %j nested in `.card` whole: %j', (nestedSelector, expected) => {
  const rules = [styleRule('.card', {}, [styleRule(nestedSelector, { content: '"Panthera tigris"' })])];
  expect(selectorFor(rules)).toBe(expected);
});

it('spells a rule nested twice, through a grouping rule, whole', () => {
  const media = { cssRules: [styleRule('& b::after', { content: '"Panthera tigris"' })] };
  const rules = [styleRule('.shop', {}, [styleRule('.card', {}, [media])])];
  expect(selectorFor(rules)).toBe(':is(:is(.shop) .card) b');
});

it("reads an imported sheet's rules", () => {
  const imported = { styleSheet: { cssRules: [styleRule('.n::after', { content: '"Loxodonta africana"' })] } };
  expect(selectorFor([imported])).toBe('.n');
});

it('finds list items whose ::marker draws words, and the lists whose marker string does', () => {
  const rules = [
    styleRule('li.sale::marker', { content: '"Python regius: "' }),
    styleRule('ul.tags', { listStyleType: '"Chelonia mydas: "' }),
    styleRule('ul.plain', { listStyleType: 'disc' }),
    styleRule('ol.steps', { listStyleType: '"→ "' }),
  ];
  expect(selectorFor(rules)).toBe('li.sale,ul.tags,:is(ul.tags) li');
});

it('finds the elements whose box draws quotes, whose text the quotes property gives', () => {
  const rules = [
    styleRule('.q::before', { content: 'open-quote' }),
    styleRule('.q', { quotes: '"Manis " "javanica"' }),
  ];
  expect(selectorFor(rules)).toBe('.q');
});

afterEach(() => vi.restoreAllMocks());

/** Where jsdom draws no generated content: the ::after box's computed style given, the other boxes drawing none. */
function drawAfter(after: Partial<CSSStyleDeclaration>, own: Partial<CSSStyleDeclaration> = {}) {
  const none = { display: 'inline', content: 'none', quotes: 'auto', direction: 'ltr', unicodeBidi: 'normal' };
  vi.spyOn(window, 'getComputedStyle').mockImplementation(
    (_element, pseudo) => ({ ...none, ...(pseudo === '::after' ? after : pseudo ? {} : own) }) as CSSStyleDeclaration,
  );
}

it('reads the words a box draws right to left with an override in the order they are drawn (hostile29)', () => {
  document.body.innerHTML = '<p><span class="r"></span> erithacus</p>';
  const flipped = { content: '"sucattisP"', direction: 'rtl' };
  drawAfter({ ...flipped, unicodeBidi: 'bidi-override' });
  expect(drawnWords(document.querySelector('.r')!)?.text).toBe('\u202EsucattisP\u202C erithacus');
  // Without the override the letters of a left-to-right word keep their order, and nothing is wrapped.
  drawAfter({ ...flipped, unicodeBidi: 'isolate' });
  expect(drawnWords(document.querySelector('.r')!)?.text).toBe('sucattisP erithacus');
});

// hostile32: a letter a ::before taken out of the line draws over a first letter the element's ::first-letter rule
// hides ("Xython regius" shows "Python regius"); one letter alone is words enough for such a rule to be read.
it('reads a ::before drawn over a hidden first letter in its place', () => {
  rulesOf('.over::before { content: "P"; position: absolute } .bullet::before { content: "\\2022" }');
  expect(drawnWordsSelector(document, [])).toBe('.over');
  document.body.innerHTML = '<p class="over">Xython regius</p>';
  const boxes = (hidden: boolean): Record<string, Partial<CSSStyleDeclaration>> => ({
    '::before': { content: '"P"', position: 'absolute' },
    '::first-letter': { fontSize: hidden ? '0px' : '16px', color: 'rgb(0, 0, 0)' },
  });
  const drawing = (hidden: boolean) => {
    const none = { display: 'inline', content: 'none', quotes: 'auto', direction: 'ltr', unicodeBidi: 'normal' };
    vi.spyOn(window, 'getComputedStyle').mockImplementation(
      (_element, pseudo) => ({ ...none, ...(pseudo ? boxes(hidden)[pseudo] : {}) }) as CSSStyleDeclaration,
    );
  };
  drawing(true);
  expect(drawnWords(document.querySelector('.over')!)).toEqual({
    text: 'Python regius',
    drawn: [
      [0, 1],
      [13, 13],
    ],
    own: [0, 2],
  });
  // A first letter that shows is drawn under the ::before: the text is read as before, the letter kept.
  drawing(false);
  expect(drawnWords(document.querySelector('.over')!)?.text).toBe('PXython regius');
});

it('names the elements a rule named before a sheet changed beside those the rules name now', () => {
  expect(eitherOf('.flip', '')).toBe('.flip');
  expect(eitherOf('.flip', '.iso > b')).toBe('.flip,.iso > b');
  expect(eitherOf('.flip', '.flip')).toBe('.flip');
  expect(eitherOf('', '.flip')).toBe('.flip');
  expect(eitherOf('', '')).toBe('');
});

// hostile29: a list marker drawn by a counter style whose symbols are words (`@counter-style`): main did not read it.
const counterStyle = (name: string, symbols: string) => ({ name, symbols, additiveSymbols: '' });

/** The selector for the test's own document, its only sheet holding `rules`: its elements then draw by them. */
function selectorForThisDocument(rules: object[]): string {
  Object.defineProperty(document, 'styleSheets', { value: [{ cssRules: rules }], configurable: true });
  try {
    return drawnWordsSelector(document, []);
  } finally {
    // Back to jsdom's own list, which the prototype's getter gives.
    Reflect.deleteProperty(document, 'styleSheets');
  }
}

it('finds the lists whose marker a counter style of words draws, wherever the style is written', () => {
  const rules = [
    styleRule('ol.lots', { listStyleType: 'lot' }),
    styleRule('ul.plain', { listStyleType: 'disc' }),
    styleRule('ol.steps', { listStyleType: 'arrow' }),
    counterStyle('lot', '"Psittacus erithacus"'),
    counterStyle('arrow', '"→"'),
  ];
  expect(selectorFor(rules)).toBe('ol.lots,:is(ol.lots) li');
});

it("reads a list item's marker drawn by a counter style of words", () => {
  selectorForThisDocument([
    styleRule('ol.lots', { listStyleType: 'lot' }),
    counterStyle('lot', '"Psittacus" "erithacus"'),
  ]);
  document.body.innerHTML = '<ol class="lots"><li>hand reared</li></ol>';
  drawAfter({}, { listStyleType: 'lot' });
  expect(drawnWords(document.querySelector('li')!)?.text).toBe('Psittacus erithacus hand reared');
});

it("reads a counter style of words for its own document's elements, not another's", () => {
  selectorForThisDocument([styleRule('ol.lots', { listStyleType: 'lot' }), counterStyle('lot', '"Testudo"')]);
  // Another document's sheets, read since, name the same style otherwise, or not at all.
  selectorFor([styleRule('ol.lots', { listStyleType: 'lot' }), counterStyle('lot', '"Psittacus erithacus"')]);
  selectorFor([]);
  document.body.innerHTML = '<ol class="lots"><li>graeca</li></ol>';
  drawAfter({}, { listStyleType: 'lot' });
  expect(drawnWords(document.querySelector('li')!)?.text).toBe('Testudo graeca');
});

// hostile29b: a counter drawn in a counter style of words inside `content` (`counter(lot, lot)`): main did not read it.
it('finds the elements whose ::before or ::after draws a counter in a counter style of words', () => {
  const rules = [
    styleRule('.lot::after', { content: 'counter(lot, lot)' }),
    styleRule('.path::before', { content: 'counter(step, arrow)' }),
    styleRule('.n::before', { content: 'counter(n)' }),
    counterStyle('lot', '"Psittacus erithacus"'),
    counterStyle('arrow', '"→"'),
  ];
  expect(selectorFor(rules)).toBe('.lot');
});

it('reads the words a counter in a counter style of words draws, beside the quoted ones', () => {
  selectorForThisDocument([
    styleRule('.lot::after', { content: 'counter(lot, lot)' }),
    counterStyle('lot', '"erithacus"'),
  ]);
  document.body.innerHTML = '<p>Psittacus <span class="lot"></span></p>';
  drawAfter({ content: '"young " counters(lot, ".", lot)' });
  expect(drawnWords(document.querySelector('.lot')!)?.text).toBe('Psittacus young erithacus ');
  // A counter in a style of numbers draws no words.
  drawAfter({ content: 'counter(lot, decimal)' });
  expect(drawnWords(document.querySelector('.lot')!)).toBeUndefined();
});

// hostile33: a name whose pieces neighbouring boxes draw (`content: attr(data-p)` on three elements in a row) is read
// whole, and counted at the first element drawing a piece of it, not at each.
it("reads a name its neighbours' boxes draw piece by piece, and counts it at the first piece", () => {
  document.body.innerHTML =
    '<p>Spur-thighed: <i data-p="Test"></i><i data-p="udo"></i> <i data-p="graeca"></i>, adult.</p>';
  drawAfter({ content: 'attr(data-p)' });
  const matcher = matcherFor({ taxa: [taxon('testudo-graeca', 'Testudo graeca', [])] });
  const [test, udo, graeca] = [...document.querySelectorAll('i')];
  for (const piece of [test, udo]) expect(drawnWords(piece!)?.text).toBe('Spur-thighed: Testudo graeca, adult.');
  const counted = [test, udo, graeca].map((piece) => attributeHits(piece!, matcher, 'i').length);
  expect(counted).toEqual([1, 0, 0]);
});
