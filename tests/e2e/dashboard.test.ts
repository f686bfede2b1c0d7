import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { PATIENCE_MS } from './support/progress';
import type { TestServer } from './support/server';
import { pressFlagShortcut, readDatabase, setResearcher, startFlagServer, openScannedPage } from './flag-support';

let extension: LoadedExtension;
let server: TestServer;
let dashboard: Page;

/**
 * Flags a local ad page with the keyboard shortcut, once the detect service has counted its taxa (runs in beforeAll, so
 * vi.waitFor).
 */
async function flagPage(path: string): Promise<void> {
  const { page, tabId } = await openScannedPage(extension, server.url(path));
  await page.bringToFront();
  const before = (await readDatabase(extension.serviceWorker)).flags.length;
  await pressFlagShortcut(extension.serviceWorker, tabId);
  await vi.waitFor(async () => expect((await readDatabase(extension.serviceWorker)).flags).toHaveLength(before + 1), {
    timeout: PATIENCE_MS,
    interval: 200,
  });
  await page.close();
}

beforeAll(async () => {
  server = await startFlagServer();
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.coordinator', survey: 'E2E survey' });
  for (const path of ['/flag/ad.html', '/flag/ad-2.html', '/flag/listing.html']) await flagPage(path);
  dashboard = await extension.context.newPage();
  await dashboard.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

const table = () => dashboard.getByRole('region', { name: 'Flags', exact: true });
const bulk = () => dashboard.getByRole('region', { name: 'Selected flags' });
const showing = () => dashboard.getByText(/^Showing [\d,]+ of [\d,]+ flags?$/).textContent();

describe('the dashboard', () => {
  it('lists every flag and filters them with the search box', async () => {
    await expect.poll(showing).toBe('Showing 3 of 3 flags');
    await dashboard.getByLabel(/^Search/).fill('netsuke');
    expect(await showing()).toBe('Showing 1 of 3 flags');
    await expect.poll(() => table().getByRole('link', { name: 'Ivory netsuke, Japan, 19th century' }).count()).toBe(1);
    await dashboard.getByRole('button', { name: 'Clear filters' }).click();
    expect(await showing()).toBe('Showing 3 of 3 flags');
  });

  it('opens a flag in the side panel with its screenshot and history', async () => {
    await table().getByRole('link', { name: 'Carved ivory elephant figure, pre-1947' }).click();
    const panel = dashboard.getByRole('complementary', { name: 'Flag record' });
    await expect
      .poll(() => panel.getByRole('heading', { level: 1 }).textContent())
      .toBe('Carved ivory elephant figure, pre-1947');
    const screenshot = panel.getByRole('img', { name: /^Screenshot, SHA-256/ });
    await expect
      .poll(() => screenshot.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    expect(await panel.getByRole('region', { name: 'Audit history' }).textContent()).toMatch(
      /e2e\.coordinator: create/,
    );
    await panel.getByRole('button', { name: 'Close' }).click();
  });

  it('marks every filtered flag reviewed in bulk', async () => {
    await table().getByRole('checkbox', { name: 'Select all filtered flags' }).click();
    await bulk().getByRole('button', { name: 'Mark reviewed' }).click();
    await expect.poll(() => bulk().getByRole('status').textContent()).toBe('3 flags marked reviewed.');
    const state = await readDatabase(extension.serviceWorker);
    expect(state.flags.map((flag) => flag.status)).toEqual(['reviewed', 'reviewed', 'reviewed']);
    expect(state.audit.filter((entry) => entry.action === 'edit')).toHaveLength(3);
  });

  it('deletes one flag with a reason, kept whole in the audit log in IndexedDB', async () => {
    await bulk().getByRole('button', { name: 'Clear selection' }).click();
    await table().getByRole('checkbox', { name: 'Select Ivory netsuke, Japan, 19th century' }).click();
    await bulk().getByRole('button', { name: 'Delete selected…' }).click();
    await bulk().getByLabel('Reason for deleting').fill('duplicate of an earlier flag');
    await bulk().getByRole('button', { name: 'Delete 1 flag', exact: true }).click();
    await expect.poll(showing).toBe('Showing 2 of 2 flags');

    const state = await readDatabase(extension.serviceWorker);
    expect(state.flags.map((flag) => flag.ad.title)).not.toContain('Ivory netsuke, Japan, 19th century');
    const deletion = state.audit.find((entry) => entry.action === 'delete');
    expect(deletion).toMatchObject({
      by: 'e2e.coordinator',
      note: 'duplicate of an earlier flag',
      changes: [{ path: '', to: null }],
    });
    expect(deletion!.changes[0].from).toMatchObject({
      id: deletion!.flagId,
      ad: { title: 'Ivory netsuke, Japan, 19th century' },
    });
  });

  it('is linked from the popup and links back from the record page', async () => {
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    expect(await popup.getByRole('link', { name: 'Dashboard' }).getAttribute('href')).toBe('/dashboard.html');
    const [flag] = (await readDatabase(extension.serviceWorker)).flags;
    await popup.goto(`chrome-extension://${extension.extensionId}/record.html?id=${flag!.id}`);
    await popup.getByRole('link', { name: 'Open dashboard' }).click();
    await expect.poll(() => popup.url()).toMatch(/\/dashboard\.html$/);
    await popup.close();
  });
});

describe('the dashboard with 10,000 more flags', () => {
  it('lists them all and keeps only a window of rows in the page, also after scrolling', async () => {
    await extension.serviceWorker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('spoor');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const tx = db.transaction('flags', 'readwrite');
      const template = await new Promise<any>((done) => {
        const request = tx.objectStore('flags').getAll(null, 1);
        request.onsuccess = () => done(request.result[0]);
      });
      for (let n = 0; n < 10_000; n += 1) {
        tx.objectStore('flags').put({
          ...template,
          id: crypto.randomUUID(),
          canonicalUrl: `${template.canonicalUrl}?copy=${n}`,
        });
      }
      await new Promise((done) => (tx.oncomplete = done));
      db.close();
    });
    await dashboard.reload();
    await expect.poll(showing).toBe('Showing 10,002 of 10,002 flags');
    const rendered = () => table().locator('tbody tr[aria-rowindex]').count();
    expect(await rendered()).toBeLessThan(60);

    await table().evaluate((scroller) => scroller.scrollTo(0, scroller.scrollHeight / 2));
    await expect
      .poll(() => table().locator('tbody tr[aria-rowindex]').first().getAttribute('aria-rowindex'))
      .not.toBe('2');
    const first = Number(await table().locator('tbody tr[aria-rowindex]').first().getAttribute('aria-rowindex'));
    expect(first).toBeGreaterThan(4000);
    expect(await rendered()).toBeLessThan(60);
  });
});
