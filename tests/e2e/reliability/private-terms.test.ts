import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import type { TestServer } from '../support/server';
import { openExtensionPage } from '../support/surfaces';
import { openPopup, openScannedPage, startFlagServer } from '../flag-support';

/**
 * Issue 10, "Private watch-lists stay private": a page reading every range of
 * every highlight cannot find the researcher's custom terms, which the popup
 * still lists; they are painted on that tab only when the researcher asks.
 */
const AT = '2026-03-01T10:00:00.000Z';
const PRIVATE_TERMS = [
  { id: 'p1', text: 'zorblax', lang: 'en', target: { kind: 'code', taxa: ['Loxodonta africana'] } },
  {
    id: 'p2',
    text: 'hanskarl77',
    lang: 'en',
    target: { kind: 'taxon', scientificName: 'Loxodonta africana', appendix: 'I', euAnnex: 'A', group: 'elephants' },
  },
].map((term) => ({ ...term, createdAt: AT, updatedAt: AT }));

let extension: LoadedExtension;
let server: TestServer;

/** Saves custom terms and has the dictionary recompiled, as the options page does. */
async function saveCustomTerms(terms: unknown[]): Promise<void> {
  const options = await openExtensionPage(extension, 'options.html');
  const reply = await options.evaluate(async (customTerms) => {
    await chrome.storage.local.set({ customTerms });
    return chrome.runtime.sendMessage({ spoor: 1, name: 'dictionary/applyCustomTerms', payload: {} });
  }, terms);
  expect(reply).toMatchObject({ ok: true });
  await options.close();
}

const paintedWords = (page: Page) =>
  page.evaluate(() => (window as unknown as { paintedWords(): string[] }).paintedWords());

beforeAll(async () => {
  server = await startFlagServer();
  extension = await launchWithExtension();
  await saveCustomTerms(PRIVATE_TERMS);
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

describe('the researcher’s private terms', () => {
  it('are listed in the popup but not in CSS.highlights, until the researcher asks for them on that tab', async () => {
    const { page, tabId } = await openScannedPage(extension, server.url('/flag/private.html'));
    const popup = await openPopup(extension.context, extension.extensionId, tabId);
    // Found and counted: the code word as a row, the handle among the words for its taxon.
    await expect.poll(() => popup.locator('.detected').textContent()).toContain('hanskarl77');
    const more = popup.getByRole('button', { name: /^Show all/ });
    if ((await more.count()) > 0) await more.click();
    await expect.poll(() => popup.locator('.detected').textContent()).toContain('zorblax');

    // Public names are painted, so the page can read highlights at all; no private term is among them.
    await expect.poll(() => paintedWords(page)).toContain('Loxodonta africana');
    const before = await paintedWords(page);
    expect(before.filter((word) => /zorblax|hanskarl/i.test(word))).toEqual([]);

    await popup.getByRole('button', { name: 'Show my private terms on this page' }).click();
    await expect.poll(() => paintedWords(page)).toEqual(expect.arrayContaining(['zorblax', 'hanskarl77']));
    // Painted, nothing is left to show: the button goes.
    await expect.poll(() => popup.getByRole('button', { name: 'Show my private terms on this page' }).count()).toBe(0);

    // Another page (or this one loaded again) keeps them private until asked again.
    await page.reload();
    await expect.poll(() => paintedWords(page)).toContain('Loxodonta africana');
    expect((await paintedWords(page)).filter((word) => /zorblax|hanskarl/i.test(word))).toEqual([]);
  });
});
