// @vitest-environment jsdom
import { compiledLists } from '@/lib/matching/matcher';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withJoinedName } from '@/lib/detect/join-blocks';
import { startPageScanner } from '@/lib/detect/page-scanner';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { compileDictionary } from '@/lib/matching/compile';
import { createFullScan } from '@/lib/matching/full-scan';
import { matcherParts, stagedMatcher, type FullScan } from '@/lib/matching/staged-matcher';
import { summarizeHits } from '@/lib/detect/tally';
import { fakePainter } from '../highlight/fake-highlights';
import { fixtureDictionary, fixtureMatcher } from './fixture-dictionary';
import { standInResizeObserver } from './layout-reports';

const matcher = fixtureMatcher();
const layouts = standInResizeObserver();
let stop = new AbortController();
afterEach(() => stop.abort());

/** Starts a scanner on `html`; `settled()` resolves when the pending work has run dry. */
function scan(html: string, prepare: () => void = () => {}) {
  document.body.innerHTML = html;
  prepare();
  stop = new AbortController();
  const painted = fakePainter();
  const shadowRoots: ShadowRoot[] = [];
  let wake: () => void = () => {};
  const settled = () => new Promise<void>((resolve) => (wake = resolve));
  const firstPass = settled();
  const scanner = startPageScanner({
    doc: document,
    matcher,
    painter: painted.painter,
    ownUi: (el) => el.tagName === 'SPOOR-HOVER-CARD',
    signal: stop.signal,
    onIdle: () => wake(),
    onShadowRoot: (root) => shadowRoots.push(root),
  });
  const counts = () =>
    Object.fromEntries(summarizeHits(scanner.hits(), matcher.entries).map((e) => [e.entryId, e.count]));
  return { ...painted, firstPass, settled, counts, shadowRoots, scanner };
}

const listing = (i: number) =>
  `<article><h2>Listing ${i}</h2><p><i>Psittacus</i> <i>erithacus</i>, Elfen<b>bein</b></p></article>`;

it('paints every category across inline elements and counts the hits', async () => {
  const page = scan(`
    <h1>Ivory carving</h1>
    <p><i>Psittacus</i>
       <i>erithacus</i> and a Ball python</p>
    <ul><li>Elfen<b>bein</b>schnitzerei</li><li>Honey badger</li></ul>
    <p>ivory white paint</p>
    <textarea>ivory</textarea>`);
  await page.firstPass;
  expect(page.texts('spoor-app-i')).toEqual(['Psittacus\n       erithacus']);
  expect(page.texts('spoor-app-ii')).toEqual(['Ball python']);
  expect(page.texts('spoor-app-iii')).toEqual(['Honey badger']);
  expect(page.texts('spoor-trade')).toEqual(['Ivory', 'Elfenbeinschnitzerei']);
  expect(page.counts()).toEqual({ 'psittacus-erithacus': 1, 'python-regius': 1, 'mellivora-capensis': 1, ivory: 2 });
});

it('scans appended content and forgets removed content', async () => {
  const page = scan(`<main id="list">${listing(0)}</main>`);
  await page.firstPass;
  const list = document.getElementById('list')!;
  const appended = page.settled();
  list.insertAdjacentHTML('beforeend', Array.from({ length: 50 }, (_, i) => listing(i + 1)).join(''));
  await appended;
  expect(page.texts('spoor-app-i')).toHaveLength(51);
  expect(page.counts()).toEqual({ 'psittacus-erithacus': 51, ivory: 51 });

  const removed = page.settled();
  for (const article of [...list.querySelectorAll('article')].slice(0, 30)) article.remove();
  await removed;
  expect(page.texts('spoor-trade')).toHaveLength(21);
  const ranges = [...page.registry.values()].flatMap((highlight) => [...highlight]) as Range[];
  expect(ranges.every((range) => range.startContainer.isConnected && range.endContainer.isConnected)).toBe(true);
  expect(page.counts()).toEqual({ 'psittacus-erithacus': 21, ivory: 21 });
});

it('re-scans a block whose text changed', async () => {
  const page = scan('<p id="p">Real ivory</p><p>Python regius</p>');
  await page.firstPass;
  const changed = page.settled();
  document.getElementById('p')!.firstChild!.textContent = 'Real oak, a Grey parrot';
  await changed;
  expect(page.texts('spoor-trade')).toEqual([]);
  expect(page.texts('spoor-app-i')).toEqual(['Grey parrot']);
  expect(page.texts('spoor-app-ii')).toEqual(['Python regius']);
});

it('joins a word completed by a new inline element', async () => {
  const page = scan('<p id="p">Elfen</p>');
  await page.firstPass;
  const changed = page.settled();
  document.getElementById('p')!.insertAdjacentHTML('beforeend', '<b>bein</b>');
  await changed;
  expect(page.texts('spoor-trade')).toEqual(['Elfenbein']);
});

it('looks into open shadow roots and observes them', async () => {
  let shadow!: ShadowRoot;
  const page = scan('<div id="host"></div>', () => {
    shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Grey <b>parrot</b></p>';
  });
  await page.firstPass;
  expect(page.texts('spoor-app-i')).toEqual(['Grey parrot']);
  expect(page.shadowRoots).toEqual([shadow]);
  const changed = page.settled();
  shadow.firstElementChild!.insertAdjacentHTML('afterend', '<p>ivory</p>');
  await changed;
  expect(page.texts('spoor-trade')).toEqual(['ivory']);
});

// hostile27: a root keeps its text while its host is off the page; nothing inside it changes when the host comes back.
it('scans again the shadow root of a host the page took off and put back elsewhere', async () => {
  const page = scan('<div id="from"><listing-card id="host"></listing-card></div><div id="to"></div>', () => {
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Grey <b>parrot</b></p>';
  });
  await page.firstPass;
  expect(page.counts()).toEqual({ 'psittacus-erithacus': 1 });
  const host = document.getElementById('host')!;
  const removed = page.settled();
  host.remove();
  await removed;
  expect(page.counts()).toEqual({});
  const putBack = page.settled();
  document.getElementById('to')!.append(host);
  await putBack;
  expect(page.counts()).toEqual({ 'psittacus-erithacus': 1 });
  expect(page.texts('spoor-app-i')).toEqual(['Grey parrot']);
});

it('finds a shadow root a custom element attaches after the first pass, and observes it', async () => {
  const page = scan('<listing-card id="late"></listing-card><p>Nothing here</p>');
  await page.firstPass;
  expect(page.texts('spoor-app-i')).toEqual([]);
  const found = page.settled();
  const shadow = document.getElementById('late')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>Grey <b>parrot</b></p>';
  await found;
  expect(page.shadowRoots).toEqual([shadow]);
  expect(page.texts('spoor-app-i')).toEqual(['Grey parrot']);
  const changed = page.settled();
  shadow.firstElementChild!.insertAdjacentHTML('afterend', '<p>ivory</p>');
  await changed;
  expect(page.texts('spoor-trade')).toEqual(['ivory']);
});

it('ignores typing in editable regions and stops on abort', async () => {
  const page = scan('<div contenteditable="true"><p id="typed">draft</p></div><p>ivory</p>');
  await page.firstPass;
  const typed = page.settled();
  document.getElementById('typed')!.firstChild!.textContent = 'ivory ivory';
  await typed;
  expect(page.texts('spoor-trade')).toEqual(['ivory']);
  stop.abort();
  expect(page.texts('spoor-trade')).toEqual([]);
});

it('counts names in image descriptions, titles, ARIA labels and form values without painting them', async () => {
  const page = scan(`
    <p>Photos below</p>
    <img alt="Carved ivory figure" src="data:,">
    <a href="#" title="Psittacus erithacus, hand-reared">link</a>
    <button aria-label="Ball python morphs">▶</button>
    <input type="search" value="Elfenbein">
    <input type="password" value="ivory">
    <textarea>Honey badger</textarea>
    <spoor-hover-card title="ivory"></spoor-hover-card>`);
  await page.firstPass;
  expect(page.texts('spoor-app-i')).toEqual([]);
  expect(page.texts('spoor-trade')).toEqual([]);
  const { scanner } = page;
  const found = summarizeHits(scanner.hits(), matcher.entries, scanner.attributeHits());
  expect(found.map((entry) => [entry.entryId, entry.count, entry.inAttributes])).toEqual([
    ['ivory', 2, true],
    ['psittacus-erithacus', 1, true],
    ['python-regius', 1, true],
    ['mellivora-capensis', 1, true],
  ]);
});

describe('text that waits for the matcher’s second stage', () => {
  const compiled = compileDictionary(DictionarySchema.parse(fixtureDictionary));
  const index = buildFlatIndex(compiled);
  const lists = compiledLists(compiled);

  /** A scanner over a staged matcher whose second stage arrives when `arrive` is called; counts the texts it reads. */
  function stagedScan(html: string) {
    document.body.innerHTML = html;
    stop = new AbortController();
    let stage: FullScan | undefined;
    const reached: string[] = [];
    let asked = 0;
    const matcher = stagedMatcher(
      index,
      lists,
      () => stage && ((text, context) => (reached.push(text), stage!(text, context))),
      () => asked++,
    );
    const painted = fakePainter();
    let wake: () => void = () => {};
    const settled = () => new Promise<void>((resolve) => (wake = resolve));
    const firstPass = settled();
    let staged = false;
    const scanner = startPageScanner({
      doc: document,
      matcher,
      painter: painted.painter,
      ownUi: () => false,
      signal: stop.signal,
      onIdle: () => wake(),
      onShadowRoot: () => {},
      joinName: () => (staged ? withJoinedName : undefined),
    });
    const arrive = () => {
      stage = createFullScan(matcherParts(index, lists));
      staged = true;
      const again = settled();
      scanner.rescanWaiting();
      return again;
    };
    const counts = () =>
      Object.fromEntries(
        summarizeHits(scanner.hits(), matcher.entries, scanner.attributeHits()).map((e) => [e.entryId, e.count]),
      );
    return { ...painted, firstPass, arrive, reached, asks: () => asked, counts };
  }

  it('scans again only the blocks and attributes that needed it, once it has arrived', async () => {
    const page = stagedScan(`
      <p>Nothing to see</p>
      <p>Grey parrot for sale</p>
      <p>Fresh bread</p>
      <img alt="Carved ivory figure" src="data:,">
      <table><tr><td>Loxodonta</td><td>africana</td></tr></table>`);
    await page.firstPass;
    expect(page.asks()).toBeGreaterThan(0);
    expect(page.texts('spoor-app-i')).toEqual([]);
    await page.arrive();
    expect(page.texts('spoor-app-i').sort()).toEqual(['Grey parrot', 'Loxodontaafricana']);
    expect(page.counts()).toEqual({ 'psittacus-erithacus': 1, 'loxodonta-africana': 1, ivory: 1 });
    // The blocks without a candidate were not read again.
    expect(page.reached.some((text) => text.includes('Nothing') || text.includes('bread'))).toBe(false);
  });
});

it('reads a list of 1,500 cards whole, and not again when cards and white space are appended to it', async () => {
  const cards = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => `<article><p>Card ${from + i}: ivory</p></article>`).join('\n');
  const page = scan(`<main id="list">\n${cards(0, 1500)}\n</main>`);
  await page.firstPass;
  expect(page.counts()).toEqual({ ivory: 1500 });
  const list = document.getElementById('list')!;
  const read = vi.spyOn(list, 'firstChild', 'get');
  const appended = page.settled();
  list.insertAdjacentHTML('beforeend', `\n${cards(1500, 20)}\n`);
  await appended;
  expect(page.counts()).toEqual({ ivory: 1520 });
  // The list's own text is white space only: cards and white space added to it leave it so.
  expect(read).not.toHaveBeenCalled();
  const text = page.settled();
  list.insertAdjacentHTML('beforeend', 'Grey parrot');
  await text;
  expect(read).toHaveBeenCalled();
  expect(page.texts('spoor-app-i')).toEqual(['Grey parrot']);
});

it('scans appended content once the frame is laid out, not before: its boxes are then read without a layout', async () => {
  const page = scan('<main id="list"><p>Honey badger</p></main>');
  await page.firstPass;
  layouts.hold();
  const frames = vi.spyOn(window, 'requestAnimationFrame');
  const appended = page.settled();
  document.getElementById('list')!.insertAdjacentHTML('beforeend', '<p>Ball python</p>');
  // The mutation observer's callback, a microtask, has asked for the frame.
  await Promise.resolve();
  // An animation frame's callback runs before the layout; main scanned in one, laying out what the page appended.
  expect(frames).not.toHaveBeenCalled();
  expect(page.texts('spoor-app-ii')).toEqual([]);
  expect(layouts.observed.at(-1)).toBe(document.documentElement);
  layouts.release();
  await appended;
  expect(page.texts('spoor-app-ii')).toEqual(['Ball python']);
});

it('paints the first appended blocks in the frame that shows them though the clock says its budget is spent', async () => {
  const page = scan(`<main id="list">${listing(0)}</main>`);
  await page.firstPass;
  layouts.hold();
  const appended = page.settled();
  document
    .getElementById('list')!
    .insertAdjacentHTML('beforeend', Array.from({ length: 50 }, (_, i) => listing(i + 1)).join(''));
  await Promise.resolve();
  // A busy machine: the thread waits for a core between any two reads of the clock.
  let time = performance.now();
  const clock = vi.spyOn(performance, 'now').mockImplementation(() => (time += 20));
  layouts.release();
  const inFrame = page.texts('spoor-app-i');
  clock.mockRestore();
  await appended;
  // The first cards (three blocks each, all near the view in jsdom, which lays nothing out), not all 50: the rest
  // are left to the slices after the frame.
  expect(inFrame.slice(0, 2)).toEqual(['Psittacus erithacus', 'Psittacus erithacus']);
  expect(inFrame.length).toBeLessThan(51);
  expect(page.texts('spoor-app-i')).toHaveLength(51);
});

it('owes no later slice the frame it failed in: a pass that throws there reads no more boxes after it', async () => {
  const page = scan('<main id="list"><p>Ball python</p></main>');
  await page.firstPass;
  layouts.hold();
  const appended = page.settled();
  // Blocks of plain text: the block reader asks no element whether it renders, which reads its box.
  const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Ball python ${i}</p>`);
  document.getElementById('list')!.insertAdjacentHTML('beforeend', paragraphs.join(''));
  await Promise.resolve();
  const broken = new Error('painter failed');
  vi.spyOn(page.painter, 'replace').mockImplementationOnce(() => {
    throw broken;
  });
  // The frame's slice paints the first block near the view, where the painter throws.
  expect(() => layouts.release()).toThrow(broken);
  const boxes = vi.spyOn(Element.prototype, 'getBoundingClientRect');
  await appended;
  // The slices after the frame (the slicer's timer takes the work up) owe it nothing: no block's box is read.
  expect(boxes).not.toHaveBeenCalled();
  expect(page.texts('spoor-app-ii').length).toBeGreaterThan(30);
});

// hostile32: a shadow root's own text runs on into what its slot draws ("Psitt" + "acus erithacus"); the root's block
// is read with it, and again when the slotted text changes, though only the host's tree changed.
it("reads a shadow root's text with what its slot draws, again when that changes", async () => {
  const page = scan('<p><name-tag>acus erithacus</name-tag> chicks</p>', () => {
    document.querySelector('name-tag')!.attachShadow({ mode: 'open' }).innerHTML = 'Psitt<slot></slot>';
    // Where jsdom has no layout: the root's text first on the line, the slotted text right after it.
    Range.prototype.getClientRects = function (this: Range) {
      const text = this.startContainer as Text;
      const left = text.data === 'Psitt' ? 0 : 50;
      return [new DOMRect(left, 0, 10 * text.length, 12)] as unknown as DOMRectList;
    };
  });
  try {
    await page.firstPass;
    expect(page.texts('spoor-app-i')).toEqual(['Psitt', 'acus erithacus']);
    expect(page.counts()).toEqual({ 'psittacus-erithacus': 1 });
    const changed = page.settled();
    (document.querySelector('name-tag')!.firstChild as Text).data = 'acus';
    await changed;
    expect(page.counts()).toEqual({});
    expect(page.texts('spoor-app-i')).toEqual([]);
  } finally {
    delete (Range.prototype as Partial<Range>).getClientRects;
  }
});
