import type { BrowserContext, Page, Worker } from 'playwright-core';
import { resolve } from 'node:path';
import { expect, vi } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { PATIENCE_MS } from './support/progress';
import { startServer, type TestServer } from './support/server';

/** Serves tests/e2e/pages, so the flag fixtures are at /flag/…. */
export const startFlagServer = (): Promise<TestServer> => startServer([resolve(import.meta.dirname, 'pages')]);

export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(
    async (href) => (await chrome.tabs.query({})).find((tab) => tab.url === href)?.id,
    url,
  );
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** The popup opened as a page about one tab (popup.html?tabId=N), as the toolbar button would show it. */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** What the extension's database holds, read in the service worker with plain IndexedDB; each artifact re-hashed. */
export interface StoredState {
  flags: Array<Record<string, any>>;
  artifacts: Array<{ key: string; mimeType: string; bytes: number; blobSize: number; rehashed: string }>;
  audit: Array<Record<string, any>>;
  batches: Array<Record<string, any>>;
  tombstones: Array<Record<string, any>>;
}

export function readDatabase(worker: Worker): Promise<StoredState> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('spoor');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = (store: string, keys = false) =>
      new Promise<any[]>((done) => {
        const request = keys
          ? db.transaction(store).objectStore(store).getAllKeys()
          : db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result);
      });
    const [flags, audit, batches, tombstones, artifactKeys, artifactValues] = await Promise.all([
      all('flags'),
      all('audit'),
      all('batches'),
      all('tombstones'),
      all('artifacts', true),
      all('artifacts'),
    ]);
    db.close();
    const hex = (buffer: ArrayBuffer) =>
      [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const artifacts = await Promise.all(
      artifactValues.map(async (value: { blob: Blob; mimeType: string; bytes: number }, index: number) => ({
        key: String(artifactKeys[index]),
        mimeType: value.mimeType,
        bytes: value.bytes,
        blobSize: value.blob.size,
        rehashed: hex(await crypto.subtle.digest('SHA-256', await value.blob.arrayBuffer())),
      })),
    );
    return { flags, audit, batches, tombstones, artifacts };
  });
}

/**
 * Fires the keyboard shortcut through Chrome's own commands.onCommand event
 * object, with the arguments Chrome passes: headless Chromium does not turn
 * key presses into extension commands, so this is the nearest real path.
 */
export function pressFlagShortcut(worker: Worker, tabId: number): Promise<void> {
  return worker.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch('flag-ad', tab);
  }, tabId);
}

/**
 * Clicks one of Spoor's context menu entries through Chrome's contextMenus.onClicked event object (headless has no
 * menus).
 */
export function clickContextMenu(worker: Worker, tabId: number, info: Record<string, unknown>): Promise<void> {
  return worker.evaluate(
    async ({ id, clickData }) => {
      const tab = await chrome.tabs.get(id);
      // Updating an entry fails for an id that was never created: the menu entry really exists.
      await chrome.contextMenus.update(String(clickData.menuItemId), {});
      (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(
        { editable: false, pageUrl: tab.url, frameId: 0, ...clickData },
        tab,
      );
    },
    { id: tabId, clickData: info },
  );
}

/** Opens a page in a new tab and waits until Spoor has scanned it: the badge shows a count of taxa. */
export async function openScannedPage(extension: LoadedExtension, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await extension.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(extension.serviceWorker, page.url());
  await vi.waitFor(async () => expect((await badgeOf(extension.serviceWorker, tabId)).text).toMatch(/\d/), {
    timeout: PATIENCE_MS,
    interval: 200,
  });
  return { page, tabId };
}

/** The toolbar button as one tab shows it: the detect service's count, and the flag colour and title. */
export function badgeOf(worker: Worker, tabId: number): Promise<{ text: string; title: string; color: number[] }> {
  return worker.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
      color: (await chrome.action.getBadgeBackgroundColor({ tabId: id })) as number[],
    }),
    tabId,
  );
}

export function setResearcher(worker: Worker, settings: { researcherId: string; survey: string }): Promise<void> {
  return worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}
