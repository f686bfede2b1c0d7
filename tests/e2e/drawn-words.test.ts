import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, storedReportEntries } from './detect-support';

// Names a seller's page shows without writing them in its text (drawn-words.html, hostile24): in a ::before or
// ::after box's `content` (an attribute's value, a string, the second half of a name written beside it), in an inline
// SVG picture's <text>, and a name broken by ruby annotations. On main the first four were neither painted nor
// counted, and the ruby name was missed. Drawn words cannot carry a highlight: they are counted with the image
// descriptions; the ruby's base text is painted. hostile25: rules in a shadow root's own <style> and adopted sheet
// (main read the document's sheets only, so those two were not counted). shadow26: words drawn on a shadow host by its
// root's `:host` rules, and by the sheet of a root met after 500 others (main counted neither).

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/drawn-words.html'));
});
afterAll(() => close?.());

/** The tab's report as `<entry id>` or `<entry id> in attributes`, sorted. */
const reported = async () =>
  (await storedReportEntries(extension, tabId))
    .map((entry) => `${entry.entryId}${entry.inAttributes ? ' in attributes' : ''}`)
    .sort();

it('counts the names drawn by ::before and ::after, SVG text and ruby, and paints the ruby base text', async () => {
  // A busy machine (load 40 and more) can take most of this.
  await expect
    .poll(reported, { timeout: 120_000 })
    .toEqual([
      'ara-macao in attributes',
      'chelonia-mydas in attributes',
      'crocodylus-niloticus',
      'loxodonta-africana in attributes',
      'manis-javanica in attributes',
      'panthera-tigris in attributes',
      'psittacus-erithacus in attributes',
      'python-regius in attributes',
      'testudo-graeca in attributes',
    ]);
  const painted = await paintedByCase(page);
  expect(painted['ruby']).toEqual(['Crocodylusx niloqticus']);
  expect(painted['quiet']).toEqual([]);
});
