import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, storedReportEntries } from './detect-support';

// Names a seller's page draws in another order than its text holds them (drawn-order.html, hostile31): light-DOM
// pieces a shadow root's slots (open or closed) draw in another order, and the pieces and letters of an SVG picture
// placed by x and y. On main none was counted, and two pieces written together but drawn a space apart by the slots
// were counted as "Pangolin". Now a shadow host's children are read as drawn (display-order.ts), and an SVG picture's
// letters in the order their boxes are drawn (svg-text.ts).

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/drawn-order.html'));
});
afterAll(() => close?.());

/** The tab's report as `<entry id> <count>` or `<entry id> in attributes`, sorted. */
const reported = async () =>
  (await storedReportEntries(extension, tabId))
    .map((entry) => `${entry.entryId} ${entry.inAttributes ? 'in attributes' : entry.count}`)
    .sort();

it('reads what the slots of a shadow root and the positions in an SVG picture draw', async () => {
  // A busy machine (load 40 and more) can take most of this.
  await expect
    .poll(async () => (await reported()).filter((entry) => !/psittacus|loxodonta/.test(entry)), { timeout: 120_000 })
    .toEqual([
      'ara-macao in attributes',
      'chelonia-mydas in attributes',
      'manis-javanica in attributes',
      'panthera-tigris 1',
      'python-regius in attributes',
      'testudo-hermanni 1',
    ]);
  const painted = await paintedByCase(page);
  expect(painted['slot-split']).toEqual(['Pan', 'thera tigris']);
  expect(painted['slot-words']).toEqual(['Testudo', 'hermanni']);
  expect(painted['slot-plain']).toEqual([]);
});

// A letter written before a name and hidden by a style sheet's ::first-letter rule (a font size of 0, a transparent
// colour): main read "XPsittacus" and "XLoxodonta" and counted neither. Now the hidden letter reads as blank space
// (first-letter.ts), and the name is painted and counted.
it('reads a name whose first letter a ::first-letter rule hides', async () => {
  const counted = async () =>
    (await storedReportEntries(extension, tabId))
      .filter((entry) => /psittacus|loxodonta/.test(entry.entryId))
      .map((entry) => `${entry.entryId} ${entry.count}`)
      .sort();
  await expect.poll(counted, { timeout: 120_000 }).toEqual(['loxodonta-africana 1', 'psittacus-erithacus 1']);
  const painted = await paintedByCase(page);
  expect([painted['first-letter-zero'], painted['first-letter-clear']]).toEqual([
    ['Psittacus erithacus'],
    ['Loxodonta africana'],
  ]);
});
