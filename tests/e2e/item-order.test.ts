import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';
import { openPage, paintedByCase, startDetectServer, storedReportEntries, tabIdOf } from './detect-support';

// Names whose pieces are the items of a flex or grid box, each a block of its own (item-order.html, blocks26): a
// reversed row, `order`, grid areas. On main none was found, and two cells next to each other in the page's text but
// drawn columns or rows apart, with another cell between, were joined into a name. Now the box's items are read in the
// order they are drawn (lib/detect/item-order.ts).

let extension: LoadedExtension;
let server: TestServer;
let page: Page;
let tabId: number;

beforeAll(async () => {
  server = await startDetectServer();
  extension = await launchWithExtension();
  page = await openPage(extension, server, '/item-order.html');
  tabId = await tabIdOf(extension, page.url());
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** The tab's report as `<entry id> <count>`, sorted. */
const reported = async () =>
  (await storedReportEntries(extension, tabId)).map((entry) => `${entry.entryId} ${entry.count}`).sort();

it('reads the items of a flex or grid box in the order it draws them, and never joins items it draws apart', async () => {
  // A busy machine (load 40 and more) can take most of this. Main also found "Naja naja" in rows-apart.
  await expect.poll(reported, { timeout: 120_000 }).toEqual([
    'chelonia-mydas 1',
    'eretmochelys-imbricata 2',
    'loxodonta-africana 1',
    'panthera-tigris 1',
    // The epithet alone, as a page of "regius" alone reads: main joined it with "Python" too, and counted 2.
    'python-regius 1',
    'testudo-hermanni 1',
  ]);
  expect(await paintedByCase(page)).toEqual({
    'reversed-row': ['Loxodonta', 'africana'],
    'item-order': ['Pan', 'thera tigris'],
    'item-areas': ['Chelonia', 'mydas'],
    // A flex row that only lines its items up is read as written, joined as on main, with no layout asked for.
    'in-order': ['Testudo hermanni'],
    'columns-apart': ['regius'],
    'rows-apart': [],
    plain: ['Hawksbill', 'Eretmochelys imbricata'],
  });
});
