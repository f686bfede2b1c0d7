import type { Page, Worker } from 'playwright-core';
import type { LoadedExtension } from './extension';
import { PATIENCE_MS } from './progress';

/*
 * Opening Spoor's surfaces with real data, for the accessibility tests and
 * `npm run screenshots` alike (so no vitest here): flag fixture ads, then
 * open the popup, dashboard, record, options and welcome pages.
 */

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs` with `what`. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = PATIENCE_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resume) => setTimeout(resume, 200));
  }
}

export function tabIdOf(worker: Worker, url: string): Promise<number> {
  return until(`a tab showing ${url}`, () =>
    worker.evaluate(async (href) => (await chrome.tabs.query({})).find((tab) => tab.url === href)?.id, url),
  );
}

/** Spoor's settings as the options page would write them (merged into what is stored). */
export async function writeSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (change) => {
    const { settings: stored } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(stored as object | undefined), ...change } });
  }, settings);
}

/** Opens a page and waits until Spoor has scanned it (the badge counts its taxa). */
export async function openScanned(extension: LoadedExtension, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await extension.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(extension.serviceWorker, page.url());
  await until(`Spoor's badge on ${url}`, async () =>
    /\d/.test(await extension.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)),
  );
  return { page, tabId };
}

export function flagCount(worker: Worker): Promise<number> {
  return worker.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('spoor');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('flags').objectStore('flags').count();
          request.onsuccess = () => {
            open.result.close();
            done(request.result);
          };
        };
      }),
  );
}

/**
 * Flags an ad with the keyboard shortcut's own event (headless Chromium sends no commands) and waits until it is
 * stored.
 */
export async function flagByShortcut(extension: LoadedExtension, url: string): Promise<void> {
  const { page, tabId } = await openScanned(extension, url);
  await page.bringToFront();
  const before = await flagCount(extension.serviceWorker);
  await extension.serviceWorker.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch('flag-ad', tab);
  }, tabId);
  await until(`the flag of ${url}`, async () => (await flagCount(extension.serviceWorker)) > before);
  await page.close();
}

/** The id of the flag filed under a canonical URL. */
export function flagIdOf(worker: Worker, canonicalUrl: string): Promise<string> {
  return until(`a flag of ${canonicalUrl}`, () =>
    worker.evaluate(
      (url) =>
        new Promise<string | undefined>((done) => {
          const open = indexedDB.open('spoor');
          open.onsuccess = () => {
            const request = open.result.transaction('flags').objectStore('flags').getAll();
            request.onsuccess = () => {
              open.result.close();
              done(
                (request.result as Array<{ id: string; canonicalUrl: string }>).find((f) => f.canonicalUrl === url)?.id,
              );
            };
          };
        }),
      canonicalUrl,
    ),
  );
}

/** An extension page in a new tab. */
export async function openExtensionPage(extension: LoadedExtension, path: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
  return page;
}
