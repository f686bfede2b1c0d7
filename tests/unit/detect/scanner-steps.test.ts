// @vitest-environment jsdom
import { compiledLists } from '@/lib/matching/matcher';
import { afterEach, expect, it, vi } from 'vitest';
import { startPageScanner } from '@/lib/detect/page-scanner';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { compileDictionary } from '@/lib/matching/compile';
import { createFullScan } from '@/lib/matching/full-scan';
import { matcherParts, stagedMatcher, type FullScan } from '@/lib/matching/staged-matcher';
import { NEXT_SLICE, type SlicerOptions } from '@/lib/scheduling/slicer';
import { fakePainter } from '../highlight/fake-highlights';
import { fixtureDictionary } from './fixture-dictionary';

// The scanner's slicer, replaced by one the test steps by hand: what one step does is what one slice may not exceed.
const slicer = vi.hoisted(() => ({ options: undefined as SlicerOptions | undefined }));
vi.mock('@/lib/scheduling/slicer', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/scheduling/slicer')>()),
  createSlicer: (options: SlicerOptions) => ((slicer.options = options), { wake: () => {} }),
}));

const compiled = compileDictionary(DictionarySchema.parse(fixtureDictionary));
const index = buildFlatIndex(compiled);
const lists = compiledLists(compiled);
let stop = new AbortController();
afterEach(() => stop.abort());

/**
 * A scanner over `html` with a staged matcher whose second stage comes when `arrive` is called. `reached` lists the
 * texts the second stage matched; `step` runs one step of the scanner's work (false: none left), as a slice's first
 * unless `sliceBegun`.
 */
function steppedScan(html: string) {
  document.body.innerHTML = html;
  stop = new AbortController();
  let stage: FullScan | undefined;
  const reached: string[] = [];
  const matcher = stagedMatcher(
    index,
    lists,
    () => stage && ((text, context) => (reached.push(text), stage!(text, context))),
  );
  const scanner = startPageScanner({
    doc: document,
    matcher,
    painter: fakePainter().painter,
    ownUi: () => false,
    signal: stop.signal,
    onIdle: () => {},
    onShadowRoot: () => {},
  });
  const step = (sliceBegun = false) => slicer.options!.step(sliceBegun);
  /** Runs steps until the work is done; how many it took. */
  const runDry = () => {
    let steps = 1;
    while (step()) steps++;
    return steps;
  };
  const arrive = () => {
    stage = createFullScan(matcherParts(index, lists));
    scanner.rescanWaiting();
  };
  return { scanner, reached, step, runDry, arrive };
}

/** Runs the steps until the work is done; what each step added to `seen`. */
function perStep(page: ReturnType<typeof steppedScan>, seen: () => number): number[] {
  const added: number[] = [];
  for (let before = seen(), more: unknown = true; more;) {
    more = page.step();
    added.push(seen() - before);
    before = seen();
  }
  return added;
}

it('scans again the attributes that waited for the second stage one element a step, not all when it arrives', () => {
  const images = Array.from({ length: 200 }, (_, i) => `<img alt="Carved ivory figure ${i}" src="data:,">`);
  const page = steppedScan(`<p>Photos</p>${images.join('')}`);
  page.runDry();
  page.arrive();
  expect(page.reached).toEqual([]);
  const scanned = perStep(page, () => page.reached.length);
  expect(Math.max(...scanned)).toBe(1);
  expect(page.reached).toHaveLength(200);
  expect([...page.scanner.attributeHits()]).toHaveLength(200);
});

it('scans no waiting attribute again while a block is part-way', () => {
  // A block of more nodes than a step reads (256): it is part-way when the stage arrives.
  const words = Array.from({ length: 400 }, (_, i) => `<b>word${i}</b>`).join(' ');
  const page = steppedScan(`<img alt="Carved ivory figure" src="data:,"><div id="long">${words} Grey parrot</div>`);
  const long = document.getElementById('long')!;
  const read = vi.spyOn(long, 'firstChild', 'get');
  while (read.mock.calls.length === 0) expect(page.step()).toBe(true);
  page.arrive();
  page.runDry();
  // The block's last text is matched before the image's description, which the block's own settle must not see.
  expect(page.reached.map((text) => (text.includes('Carved') ? 'description' : 'block'))[0]).toBe('block');
  expect(page.reached.filter((text) => text.includes('Carved'))).toEqual(['Carved ivory figure']);
});

it('sets up the elements of one appended batch one a step', async () => {
  const page = steppedScan('<main id="list"></main>');
  page.runDry();
  const walkers = vi.spyOn(document, 'createTreeWalker');
  const cards = Array.from({ length: 100 }, (_, i) => `<article><p>Card ${i}</p></article>`);
  document.getElementById('list')!.insertAdjacentHTML('beforeend', cards.join(''));
  await new Promise((resolve) => setTimeout(resolve, 0));
  const setUp = perStep(page, () => walkers.mock.calls.length);
  expect(Math.max(...setUp)).toBe(1);
  expect(walkers).toHaveBeenCalledTimes(100);
});

it('walks the elements of an appended batch one at a time, in reading order: its text is matched before the next is set up', async () => {
  const page = steppedScan('<main id="list"></main>');
  page.arrive();
  page.runDry();
  // The spy of the test before, if any, with its calls forgotten.
  const walkers = vi.spyOn(document, 'createTreeWalker');
  walkers.mockClear();
  const cards = Array.from({ length: 100 }, (_, i) => `<article><p>Grey parrot ${i}</p></article>`);
  document.getElementById('list')!.insertAdjacentHTML('beforeend', cards.join(''));
  await new Promise((resolve) => setTimeout(resolve, 0));
  while (page.reached.length === 0) expect(page.step()).toBe(true);
  // Before, all 100 were set up first: the frame that shows the cards got none of their matches.
  expect(page.reached).toEqual(['Grey parrot 0']);
  expect(walkers).toHaveBeenCalledTimes(1);
  page.runDry();
  expect(page.reached).toHaveLength(100);
  expect(new Set(page.reached).size).toBe(100);
  expect(walkers).toHaveBeenCalledTimes(100);
});

it("starts each of the first blocks scanned again on the second stage's arrival in a slice of its own", () => {
  const blocks = Array.from({ length: 12 }, (_, i) => `<p>Grey parrot ${i}</p>`);
  const page = steppedScan(blocks.join(''));
  page.runDry();
  page.arrive();
  // Each of the first eight: a slice that has begun ends before it (its code is cold), the next slice's first step
  // scans it.
  for (let block = 0; block < 8; block++) {
    expect(page.step(true)).toBe(NEXT_SLICE);
    expect(page.reached).toHaveLength(block);
    expect(page.step(false)).toBe(true);
    expect(page.reached).toHaveLength(block + 1);
  }
  // The rest run on in the slice.
  while (page.step(true) === true);
  expect(page.reached).toHaveLength(12);
});

it('starts no slice for a block the page shows again after the second stage arrived', () => {
  const page = steppedScan('<p id="shown">Grey parrot</p><p>Grey parrot again</p>');
  page.arrive();
  page.runDry();
  page.scanner.rescanWaiting(document.getElementById('shown')!);
  expect(page.step(true)).toBe(true);
  expect(page.reached.at(-1)).toBe('Grey parrot');
});
