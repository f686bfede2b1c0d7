import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, storedReportEntries } from './detect-support';

// Names a seller's layout shows in another order than the page's text (layout-order.html, layout26): flex and grid
// `order`, `row-reverse`, grid areas, right-to-left inline boxes, absolute positions, floats, negative margins, and a
// decoy written inside a name but drawn on the line above. On main none was painted or counted, and two pieces written
// two columns apart with other words between were read as "Pangolin". Now each block is read as drawn
// (lib/detect/display-order.ts): every piece painted where the reader sees it, each name counted once.

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/layout-order.html'));
});
afterAll(() => close?.());

/** The tab's report as `<entry id> <count>`, sorted. */
const reported = async () =>
  (await storedReportEntries(extension, tabId)).map((entry) => `${entry.entryId} ${entry.count}`).sort();

it('reads names in the order the layout draws them, and never joins pieces other words are drawn between', async () => {
  // A busy machine (load 40 and more) can take most of this.
  await expect
    .poll(reported, { timeout: 120_000 })
    .toEqual([
      'ara-macao 1',
      'chelonia-mydas 1',
      'crocodylus-niloticus 1',
      'eretmochelys-imbricata 2',
      'loxodonta-africana 1',
      'manidae 1',
      'manis-javanica 1',
      'panthera-tigris 1',
      'psittacus-erithacus 2',
      'testudo-hermanni 1',
    ]);
  expect(await paintedByCase(page)).toEqual({
    'order-class': ['Loxodonta', 'africana'],
    'order-style': ['Pan', 'thera tigris'],
    'row-reverse': ['Psitta', 'cus erithacus'],
    'grid-areas': ['Chelonia', 'mydas'],
    'rtl-boxes': ['Crocodylus', 'niloticus'],
    absolute: ['Manis', 'javanica'],
    float: ['Ara', 'macao'],
    'negative-margin': ['Testudo', 'hermanni'],
    'decoy-moved': ['Psitta', 'cus erithacus'],
    // A word broken over two drawn lines is read as the seller means it (seller35's reading of a line break inside a
    // word, which lands on a name); pieces with other words drawn between them stay apart.
    stacked: ['Pango', 'lin'],
    'columns-apart': [],
    plain: ['Hawksbill', 'Eretmochelys imbricata'],
  });
});
