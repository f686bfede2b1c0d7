import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';
import { openDetectPage, openPage, paintedByCase, tabIdOf, taxonReport } from './detect-support';

// A page that hides no text, so the reveal watch (lib/detect/reveal-watch.ts) does not poll it, hides shown names
// later by changes that touch no element: a rule inserted in a sheet, an adopted sheet, a rule giving the text the
// colour behind it. Each name is unpainted and counted apart, as a name hidden from the start.

// Then hides by changes that leave the page's sheets as many, each with as many rules: a rule swapped for another,
// and a sheet a shadow root adopts.

let extension: LoadedExtension;
let server: TestServer;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

declare function sheetOf(id: string): CSSStyleSheet;
declare const cardRoot: ShadowRoot;

const HIDES: [string, () => void][] = [
  ['insert-hides', () => sheetOf('rules').insertRule('#insert-hides { visibility: hidden }')],
  [
    'adopted-hides',
    () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('#adopted-hides { opacity: 0 }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    },
  ],
  ['colour-hides', () => sheetOf('rules').insertRule('#colour-hides { color: white }')],
];

beforeAll(async () => {
  ({ extension, server, page, tabId, close } = await openDetectPage('/hidden-later.html'));
});
afterAll(() => close?.());

it('stops painting and counting a shown name a page with no hidden text hides later', async () => {
  // A busy machine (load 40 and more) can take most of this.
  await expect
    .poll(() => taxonReport(extension, tabId, 'psittacus-erithacus'), { timeout: 120_000 })
    .toEqual([[HIDES.length, false]]);
  for (const [, hide] of HIDES) await page.evaluate(hide);
  // The researcher at the page, reading it.
  await page.mouse.move(20, 20);
  await page.mouse.move(40, 60);
  await expect
    .poll(() => paintedByCase(page))
    .toMatchObject({ plain: ['Loxodonta africana'], ...Object.fromEntries(HIDES.map(([name]) => [name, []])) });
  await expect.poll(() => taxonReport(extension, tabId, 'psittacus-erithacus')).toEqual([[HIDES.length, true]]);
});

const SILENT_HIDES: [string, () => void][] = [
  [
    'swap-hides',
    () => {
      sheetOf('swap').deleteRule(0);
      sheetOf('swap').insertRule('#swap-hides { visibility: hidden }', 0);
    },
  ],
  [
    'shadow-adopted-hides',
    () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('p { opacity: 0 }');
      cardRoot.adoptedStyleSheets = [sheet];
    },
  ],
];

it('stops painting and counting shown names hidden by a swapped rule or a sheet a shadow root adopts', async () => {
  const silent = await openPage(extension, server, '/hidden-later-silent.html');
  const silentTab = await tabIdOf(extension, silent.url());
  await expect
    .poll(() => taxonReport(extension, silentTab, 'psittacus-erithacus'), { timeout: 120_000 })
    .toEqual([[SILENT_HIDES.length, false]]);
  for (const [, hide] of SILENT_HIDES) await silent.evaluate(hide);
  await silent.mouse.move(20, 20);
  await silent.mouse.move(40, 60);
  // Ranges by the case holding them, a shadow root's by its host.
  const paintedCases = () =>
    silent.evaluate(() =>
      [...CSS.highlights.values()]
        .flatMap((highlight) => [...(highlight as unknown as Iterable<Range>)])
        .map((range) => {
          const node = range.startContainer;
          const root = node.getRootNode() as ShadowRoot;
          return ((root.host ?? node.parentElement) as Element).closest('[data-shown]')?.getAttribute('data-shown');
        })
        .sort(),
    );
  await expect.poll(paintedCases).toEqual(['plain']);
  await expect
    .poll(() => taxonReport(extension, silentTab, 'psittacus-erithacus'))
    .toEqual([[SILENT_HIDES.length, true]]);
});

it('stops painting and counting a shown name hidden by a rule the page edits in place', async () => {
  const edited = await openPage(extension, server, '/hidden-later-edited.html');
  const editedTab = await tabIdOf(extension, edited.url());
  await expect
    .poll(() => taxonReport(extension, editedTab, 'psittacus-erithacus'), { timeout: 120_000 })
    .toEqual([[1, false]]);
  // The rule keeps its identity, its place and its sheet's count: only its text changes.
  await edited.evaluate(() => (sheetOf('edit').cssRules[0] as CSSStyleRule).style.setProperty('visibility', 'hidden'));
  await edited.mouse.move(20, 20);
  await edited.mouse.move(40, 60);
  await expect.poll(() => paintedByCase(edited)).toMatchObject({ plain: ['Loxodonta africana'], 'edit-hides': [] });
  await expect.poll(() => taxonReport(extension, editedTab, 'psittacus-erithacus')).toEqual([[1, true]]);
});
