// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { startPageScanner } from '@/lib/detect/page-scanner';
import { summarizeHits } from '@/lib/detect/tally';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { listingPage } from '../../../bench/listing-page';
import { hostilePages } from '../../e2e/reliability/hostile/hostile-pages';
import { sharedDataPath } from '../../shared-data';
import { fakePainter } from '../highlight/fake-highlights';

/**
 * The prefilter (lib/matching/prefilter.ts) only spares reading containers that cannot hold a match: a page
 * scanned with it must be painted and counted exactly as without it.
 */
const bundled = createMatcher(compileDictionary(loadBundledDictionary()));
/** How many texts the prefilter ruled out, so each test shows it was at work. */
let ruledOut = 0;
const matcher = {
  ...bundled,
  mayMatch(text: string) {
    const may = bundled.mayMatch(text);
    if (!may) ruledOut++;
    return may;
  },
};
const CATEGORIES = ['app-i', 'app-ii', 'app-iii', 'trade', 'exempt'];
let stop = new AbortController();
afterEach(() => stop.abort());

/** What a scan of the document paints and counts, with or without the prefilter. */
async function scanned(html: string, prefilter: boolean, prepare: () => void = () => {}) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  prepare();
  stop.abort();
  stop = new AbortController();
  const painted = fakePainter();
  let idle: () => void = () => {};
  const firstPass = new Promise<void>((resolve) => (idle = resolve));
  const closedRoots = new WeakMap<Element, ShadowRoot>();
  for (const host of document.querySelectorAll('[data-closed-root]'))
    closedRoots.set(host, host.attachShadow({ mode: 'closed' }));
  for (const host of document.querySelectorAll('[data-closed-root]'))
    closedRoots.get(host)!.innerHTML = host.getAttribute('data-closed-root')!;
  const scanner = startPageScanner({
    doc: document,
    matcher,
    painter: painted.painter,
    ownUi: () => false,
    signal: stop.signal,
    onIdle: () => idle(),
    onShadowRoot: () => {},
    shadowRootOf: (element) => closedRoots.get(element) ?? element.shadowRoot,
    prefilter,
  });
  await firstPass;
  const count = (hits: Parameters<typeof summarizeHits>[0]) =>
    summarizeHits(hits, matcher.entries).map((entry) => `${entry.entryId} ${entry.count}`);
  return {
    painted: Object.fromEntries(CATEGORIES.map((category) => [category, painted.texts(`spoor-${category}`)])),
    hits: count(scanner.hits()),
    attributeHits: count(scanner.attributeHits()),
  };
}

async function expectSameWithPrefilter(html: string, prepare?: () => void) {
  const without = await scanned(html, false, prepare);
  ruledOut = 0;
  const withPrefilter = await scanned(html, true, prepare);
  expect(withPrefilter).toEqual(without);
  return { ...without, ruledOut };
}

/**
 * Names planted across a real page's structure (the pages name no listed species): in every 97th text node, as
 * the description of every 89th element, and split over the text nodes of every 101st element that has two.
 */
function plantNames(doc: Document) {
  const walker = doc.createTreeWalker(doc.body, 0x4);
  for (let i = 0, node = walker.nextNode(); node !== null; i++, node = walker.nextNode())
    if (i % 97 === 0) (node as Text).appendData(' Graupapagei');
  [...doc.body.querySelectorAll('*')].forEach((element, i) => {
    if (i % 89 === 0) element.setAttribute('title', 'carved ivory');
    const texts = [...element.childNodes].filter((child) => child.nodeType === 3);
    if (i % 101 === 0 && texts.length >= 2) {
      (texts[0] as Text).appendData(' Psitta');
      (texts[1] as Text).insertData(0, 'cus erithacus ');
    }
  });
}

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('the prefilter changes nothing a scan finds', () => {
  // The Marktplaats fragments are a few blocks, each of which holds some key: nothing is ruled out there.
  it.each([
    ['avito-ru-search.html', true],
    ['ebay-com-item.html', true],
    ['marktplaats-nl-listing-fragment.html', false],
    ['marktplaats-nl-details-fragment.html', false],
  ])(
    'on the real page %s',
    async (name, rulesOut) => {
      const html = readFileSync(sharedDataPath(`pages/${name}`), 'utf8');
      const found = await expectSameWithPrefilter(html, () => plantNames(document));
      expect(found.hits.length).toBeGreaterThan(0);
      expect(found.attributeHits.length).toBeGreaterThan(0);
      expect(found.ruledOut > 0).toBe(rulesOut);
    },
    // jsdom parses and scans a 2.8 MB page twice: many seconds on a busy two-core machine.
    600_000,
  );

  it('on the generated listing page', async () => {
    const found = await expectSameWithPrefilter(listingPage(120));
    expect(found.hits.length).toBeGreaterThan(5);
    expect(found.ruledOut).toBeGreaterThan(0);
  }, 120_000);

  it.each(hostilePages.map((hostile) => [hostile.name, hostile] as const))(
    'on the hostile page "%s"',
    async (_, hostile) => {
      await expectSameWithPrefilter(page(hostile.body('http://localhost:1')));
    },
    60_000,
  );

  it.each([
    ['a name split over table cells', '<table><tr><td>Python</td><td>regius</td></tr></table>'],
    ['a name across a line break', '<div><p>Sale</p><div>Loxodonta<br>africana</div></div>'],
    ['script text between the runs of a word', '<div><p>Elfen<script>x</script>beinschnitzerei</p></div>'],
    ['style text between the runs of a word', '<section><p>Elfen<style>p{}</style>beinschnitzerei</p></section>'],
    ['a word drawn reversed', '<div><p>carved <bdo dir="rtl">yrovi</bdo> netsuke</p></div>'],
    ['an override character', '<div><p>carved \u202Eyrovi\u202C netsuke</p></div>'],
    ['look-alike letters', '<div><p>Рsіttасus erithacus, іvоry</p></div>'],
    ['invisible characters inside words', '<div><p>Elfen\u00ADbein, Psit\u200Btacus eri\u2060thacus</p></div>'],
    ['decomposed letters', '<div><p>E\u0301le\u0301phant, ivory</p></div>'],
    ['a name the Appendices leave out', '<div><p>Budgie, hand tame</p><p>Wellensittich, zahm</p></div>'],
    ['a describing attribute in a container without words', '<div><p>Sofa</p><img alt="ivory carving"></div>'],
    ['a form value in a container without words', '<div><p>Sofa</p><input value="Graupapagei"></div>'],
    [
      'a closed shadow root in a container without words',
      '<div><p>Sofa</p><listing-card data-closed-root="<p>Psittacus erithacus</p>"></listing-card></div>',
    ],
  ])('with %s', async (_, body) => {
    const found = await expectSameWithPrefilter(page(body));
    const all = [...Object.values(found.painted).flat(), ...found.attributeHits];
    expect(all.length).toBeGreaterThan(0);
  });

  it('with an open shadow root on an ordinary element in a container without words', async () => {
    const found = await expectSameWithPrefilter(
      page('<section><p>Sofa, grau</p><div id="host"></div></section>'),
      () => (document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Graupapagei</p>'),
    );
    expect(found.hits.length).toBe(1);
  });

  it('unpaints a block whose new text the prefilter rules out', async () => {
    await scanned(page('<main><p id="ad">Graupapagei</p></main>'), true);
    const ad = document.getElementById('ad')!;
    ad.textContent = 'Sofa, grau';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.getElementById('ad')!.textContent).toBe('Sofa, grau');
  });
});
