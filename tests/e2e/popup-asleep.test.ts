import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';
import { openPopup, openScannedPage, setResearcher, startFlagServer } from './flag-support';

/*
 * Chrome stops an idle extension service worker after 30 s, so the popup of normal use opens with Spoor's background
 * asleep. It reads the tab's findings and flag status from storage.session, where the background keeps them, and
 * wakes the background only when no current status is kept (issue 14).
 */

const TITLE = 'Carved ivory elephant figure, pre-1947';
let extension: LoadedExtension;
let server: TestServer;
let ad: { page: Page; tabId: number };
/** An extension page that stays open: the dashboard, which deletes the flag. */
let dashboard: Page;

beforeAll(async () => {
  server = await startFlagServer();
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.asleep', survey: 'Asleep' });
  ad = await openScannedPage(extension, server.url('/flag/ad.html'));
  dashboard = await extension.context.newPage();
  await dashboard.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/**
 * Stops Spoor's service worker (the profile's only one), as Chrome does to an idle worker, and waits until it is. A
 * message from the ad's tab (its report after a late slice) may wake it again as it stops: then it is stopped again.
 */
async function stopServiceWorker(): Promise<void> {
  const devtools = await extension.context.newCDPSession(ad.page);
  const running = new Map<string, string>();
  devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const { versionId, runningStatus } of versions) running.set(versionId, runningStatus);
  });
  await devtools.send('ServiceWorker.enable');
  const stopped = () => running.size > 0 && [...running.values()].every((status) => status === 'stopped');
  await expect
    .poll(
      async () => {
        if (!stopped()) await devtools.send('ServiceWorker.stopAllWorkers');
        return stopped();
      },
      { interval: 1_000 },
    )
    .toBe(true);
  await devtools.detach();
}

/** The popup about the ad's tab, counting the messages it sends to the background (the runtime messaging). */
async function openCountingPopup(): Promise<{ popup: Page; sent: () => Promise<string[]> }> {
  const popup = await extension.context.newPage();
  await popup.addInitScript(() => {
    const sent: string[] = [];
    Object.assign(globalThis, { spoorSent: sent });
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = ((message: { name?: string }, ...rest: []) => {
      sent.push(String(message?.name));
      return send(message, ...rest);
    }) as typeof chrome.runtime.sendMessage;
  });
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${ad.tabId}`);
  return { popup, sent: () => popup.evaluate(() => (globalThis as unknown as { spoorSent: string[] }).spoorSent) };
}

/** Waits until the background keeps the tab's status, current, saying whether the ad is flagged. */
async function keptFlagged(flagged: boolean): Promise<void> {
  const read = (tabId: number) =>
    dashboard.evaluate(async (id) => {
      const key = `flag/tab/${id}`;
      const stored = await chrome.storage.session.get([key, 'flag/stamp']);
      const kept = stored[key] as { flag: unknown; stamp: string } | undefined;
      return kept && kept.stamp === stored['flag/stamp'] ? kept.flag !== null : undefined;
    }, tabId);
  await expect.poll(() => read(ad.tabId)).toBe(flagged);
}

const flagPanel = (popup: Page) => popup.getByRole('region', { name: 'Flag' });

describe('the popup with the service worker stopped', () => {
  it('shows an ad flagged before, and its findings, without asking the background', async () => {
    await ad.page.bringToFront();
    const flagging = await openPopup(extension.context, extension.extensionId, ad.tabId);
    await flagPanel(flagging).getByRole('button', { name: 'Flag this ad' }).click();
    await expect.poll(() => flagPanel(flagging).getByRole('status').textContent()).toMatch(/^Saved/);
    await flagging.close();
    await keptFlagged(true);

    await stopServiceWorker();
    const { popup, sent } = await openCountingPopup();
    await expect.poll(() => popup.getByText(/^Flagged on .* by e2e\.asleep/).count()).toBe(1);
    expect(await popup.getByRole('list', { name: 'Detected taxa' }).textContent()).toMatch(/Loxodonta africana/);
    expect(await sent()).toEqual([]);
    await popup.close();
  });

  it('shows it not flagged once the flag is deleted in the dashboard, still without asking', async () => {
    // Opened before the flag: it lists what the database holds now.
    await dashboard.reload();
    const table = dashboard.getByRole('region', { name: 'Flags', exact: true });
    const bulk = dashboard.getByRole('region', { name: 'Selected flags' });
    await table.getByRole('checkbox', { name: `Select ${TITLE}` }).click();
    await bulk.getByRole('button', { name: 'Delete selected…' }).click();
    await bulk.getByLabel('Reason for deleting').fill('flagged by mistake');
    await bulk.getByRole('button', { name: 'Delete 1 flag', exact: true }).click();
    await expect.poll(() => table.getByRole('link', { name: TITLE }).count()).toBe(0);
    await keptFlagged(false);

    await stopServiceWorker();
    const { popup, sent } = await openCountingPopup();
    await expect.poll(() => flagPanel(popup).getByRole('button', { name: 'Flag this ad' }).count()).toBe(1);
    expect(await popup.getByText(/^Flagged on/).count()).toBe(0);
    expect(await sent()).toEqual([]);
    await popup.close();
  });

  it('asks the background, which wakes to answer, when no status is kept for the tab', async () => {
    await dashboard.evaluate((id) => chrome.storage.session.remove(`flag/tab/${id}`), ad.tabId);
    await stopServiceWorker();
    const { popup, sent } = await openCountingPopup();
    await expect.poll(() => flagPanel(popup).getByRole('button', { name: 'Flag this ad' }).count()).toBe(1);
    expect(await sent()).toEqual(['flag/status']);
    await popup.close();
  });
});

describe('the popup’s first screen', () => {
  it('has its styles in its HTML, each once: its page waits for no stylesheet it adds itself', async () => {
    const popup = await openPopup(extension.context, extension.extensionId, ad.tabId);
    await expect.poll(() => flagPanel(popup).getByRole('button', { name: 'Flag this ad' }).count()).toBe(1);
    const styles = await popup.evaluate(async () => {
      // A linked stylesheet by its address, one written in (wxt.config.ts: the popup's own) by its length.
      const linked = (root: ParentNode) =>
        [...root.querySelectorAll('link[rel="stylesheet"], style')].map(
          (element) => element.getAttribute('href') ?? element.textContent!.length,
        );
      const html = new DOMParser().parseFromString(await (await fetch('/popup.html')).text(), 'text/html');
      return { inHtml: linked(html), shown: linked(document) };
    });
    expect(styles.inHtml.length).toBeGreaterThan(0);
    expect(styles.shown).toEqual(styles.inHtml);
    await popup.close();
  });
});

describe('the popup’s settings', () => {
  /** The settings as storage.local and storage.session's copy hold them, read from the dashboard. */
  const stored = () =>
    dashboard.evaluate(async () => ({
      local: (await chrome.storage.local.get('settings')).settings as Record<string, unknown>,
      copy: (await chrome.storage.session.get('settings/copy'))['settings/copy'] as Record<string, unknown>,
    }));
  const setLanguage = async (uiLanguage: unknown) => {
    await dashboard.evaluate(async (language) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), uiLanguage: language } });
    }, uiLanguage);
    // The background copies them into storage.session (lib/browser/settings-copy.ts), woken by the change.
    await expect.poll(async () => (await stored()).copy?.uiLanguage).toBe(uiLanguage);
  };
  /** The popup's language once its first screen is in, '' before. */
  const shownLanguage = (popup: Page) =>
    popup.evaluate(() => (document.getElementById('root')?.firstChild ? document.documentElement.lang : ''));

  it('come from the copy the background keeps in storage.session: no storage.local read before the first screen', async () => {
    // storage.local answers one call after another: a tab reading the full checklist's parts held the popup's
    // settings back behind its replies (issue 14).
    const before = (await stored()).local.uiLanguage;
    await setLanguage('de');
    expect((await stored()).copy).toEqual((await stored()).local);
    await stopServiceWorker();
    const popup = await extension.context.newPage();
    await popup.addInitScript(() => {
      const early: unknown[] = [];
      Object.assign(globalThis, { spoorEarlyLocalReads: early });
      const get = chrome.storage.local.get.bind(chrome.storage.local) as (keys: unknown) => Promise<unknown>;
      chrome.storage.local.get = ((keys: unknown) => {
        if (!document.getElementById('root')?.firstChild) early.push(keys);
        return get(keys);
      }) as typeof chrome.storage.local.get;
    });
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${ad.tabId}`);
    await expect.poll(() => shownLanguage(popup)).toBe('de');
    const early = await popup.evaluate(
      () => (globalThis as unknown as { spoorEarlyLocalReads: unknown[] }).spoorEarlyLocalReads,
    );
    expect(early).toEqual([]);
    await popup.close();
    await setLanguage(before);
  });
});
