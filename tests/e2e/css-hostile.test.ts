import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, taxonReport } from './detect-support';

// Text a hostile page shows or hides by style changes the reveal watch (lib/detect/reveal-watch.ts) cannot hear:
// `visibility` or `opacity` switched by a rule inserted, deleted or replaced in a sheet, by an adopted sheet, by a
// sheet disabled or a `<style>` put in `<body>` — no box changes, no attribute changes above the text, no event. And
// shown text hidden later by a class, a rule, an adopted sheet, an animation ending, or by drawing it in no space,
// clipping it or pushing it off the page. What shows is painted and counted; what hides is unpainted and counted
// apart ("in text the page hides"). The page keeps one line hidden throughout: text the page hides is what makes the
// watch poll for changes it cannot hear.

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

// The page's own helpers (css-hostile.html): a style element's sheet by its id, and the sheet it adopted at once.
declare function sheetOf(id: string): CSSStyleSheet;
declare const replaced: CSSStyleSheet;

/** Each way the page shows a hidden line, in the order the test shows them (none undoes another). */
const REVEALS: [string, () => void][] = [
  [
    'insert-rule',
    () => sheetOf('rules').insertRule('.inserted { visibility: visible }', sheetOf('rules').cssRules.length),
  ],
  [
    'delete-rule',
    () => {
      const sheet = sheetOf('rules');
      sheet.deleteRule([...sheet.cssRules].findIndex((rule) => (rule as CSSStyleRule).selectorText === '.deleted'));
    },
  ],
  ['replace-sync', () => replaced.replaceSync('')],
  [
    'adopted',
    () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.adopted { visibility: visible }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    },
  ],
  ['sheet-disabled', () => (sheetOf('visibility-only').disabled = true)],
  [
    'style-in-body',
    () => {
      const style = document.createElement('style');
      style.textContent = '.in-body { visibility: visible }';
      document.body.append(style);
    },
  ],
];
/** Each way the page hides a shown line later. */
const HIDES: [string, () => void][] = [
  ['class-later', () => document.getElementById('class-later')!.classList.add('veiled')],
  ['insert-hides', () => sheetOf('rules').insertRule('#insert-hides { opacity: 0 }')],
  [
    'adopted-hides',
    () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('#adopted-hides { visibility: hidden }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    },
  ],
  ['font-zero', () => sheetOf('rules').insertRule('#font-zero { font-size: 0 }')],
  ['clip-later', () => document.getElementById('clip-later')!.classList.add('clipped')],
  ['off-page', () => sheetOf('rules').insertRule('#off-page { transform: translateX(-5000px) }')],
  ['animation-ends', () => document.getElementById('animation-ends')!.classList.add('fading')],
];

/** Runs one of the page's own changes in the page. */
const run = (change: () => void) => page.evaluate(change);

const reported = (taxon: string) => taxonReport(extension, tabId, taxon);

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/css-hostile.html'));
});
afterAll(() => close?.());

it('paints and counts hidden names once a style change that moves no box shows them', async () => {
  // A busy machine (load 40 and more) can take most of this.
  await expect.poll(() => reported('panthera-tigris'), { timeout: 120_000 }).toEqual([[REVEALS.length, true]]);
  await expect.poll(() => reported('psittacus-erithacus')).toEqual([[HIDES.length, false]]);
  const before = await paintedByCase(page);
  expect(REVEALS.map(([name]) => [name, before[name]])).toEqual(REVEALS.map(([name]) => [name, []]));
  for (const [, show] of REVEALS) await run(show);
  await expect
    .poll(async () => {
      const painted = await paintedByCase(page);
      return REVEALS.map(([name]) => [name, painted[name]]);
    })
    .toEqual(REVEALS.map(([name]) => [name, ['Panthera tigris']]));
  await expect.poll(() => reported('panthera-tigris')).toEqual([[REVEALS.length, false]]);
});

it('stops painting and counting a shown name once the page hides it, however it does', async () => {
  const before = await paintedByCase(page);
  expect(HIDES.map(([name]) => [name, before[name]])).toEqual(HIDES.map(([name]) => [name, ['Psittacus erithacus']]));
  for (const [, hide] of HIDES) await run(hide);
  await expect
    .poll(() => paintedByCase(page))
    .toMatchObject({ plain: ['Loxodonta africana'], ...Object.fromEntries(HIDES.map(([name]) => [name, []])) });
  await expect.poll(() => reported('psittacus-erithacus')).toEqual([[HIDES.length, true]]);
});
