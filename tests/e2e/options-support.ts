import type { BrowserContext, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { startServer, type TestServer } from './support/server';

/** Serves tests/e2e/pages, so the fixtures are at /options/… and /flag/…. */
export const startOptionsServer = (): Promise<TestServer> => startServer([resolve(import.meta.dirname, 'pages')]);

/**
 * The options page, without the File System Access picker (headless Chromium
 * cannot answer its dialog), so a backup takes the download path a test can catch.
 */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

/** Adds a taxon term through the options page's form and waits until the active list includes it. */
export async function addCustomTaxonTerm(
  options: Page,
  term: { text: string; scientificName: string; appendix: string; euAnnex: string; group: string },
): Promise<void> {
  const form = options.getByRole('form', { name: 'Add a term' });
  await form.getByRole('textbox', { name: 'Term' }).fill(term.text);
  await form.getByRole('combobox', { name: 'Language' }).selectOption('en');
  await form.getByRole('textbox', { name: 'Scientific name' }).fill(term.scientificName);
  await form.getByRole('combobox', { name: 'CITES Appendix' }).selectOption(term.appendix);
  await form.getByRole('combobox', { name: 'EU annex' }).selectOption(term.euAnnex);
  await form.getByRole('combobox', { name: 'Group' }).selectOption(term.group);
  await form.getByRole('button', { name: 'Add term' }).click();
  await options
    .getByRole('status')
    .filter({ hasText: /^Saved\. Pages opened/ })
    .waitFor();
}
