import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, taxonReport } from './detect-support';

// Shadow hosts and the words their pages draw (hostile27). Hosts a page takes off and puts back later, in their place
// or under another parent: the root keeps its text and its sheets, and no record inside it says it is back. Main let
// go of both when the host left and never read them again: neither name counted once the hosts were back.

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/shadow-hosts.html'));
});
afterAll(() => close?.());

declare const takeOff: () => void;
declare const putBack: () => void;

it("counts again the names of shadow roots whose hosts the page took off and put back, the roots' sheets too", async () => {
  const counted = async () =>
    [await taxonReport(extension, tabId, 'panthera-tigris'), await taxonReport(extension, tabId, 'python-regius')].map(
      (entries) => entries.length,
    );
  await expect.poll(counted, { timeout: 120_000 }).toEqual([1, 1]);
  await page.evaluate(() => takeOff());
  await expect.poll(counted).toEqual([0, 0]);
  await page.evaluate(() => putBack());
  await expect.poll(counted).toEqual([1, 1]);
});

// Words drawn by `::slotted(x)::after` (a root's rule on the host's child it shows) and `::part(x)::after` (the page's
// rule on an element inside a root): no query finds an element by those names, so main dropped both rules.
it('counts the names drawn on a slotted element and on a part', async () => {
  await expect.poll(() => taxonReport(extension, tabId, 'testudo-hermanni'), { timeout: 120_000 }).toHaveLength(1);
  await expect.poll(() => taxonReport(extension, tabId, 'crocodylus-niloticus')).toHaveLength(1);
});
