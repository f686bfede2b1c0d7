import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import type { TestServer } from '../support/server';
import { highlightTexts } from '../detect-support';
import {
  badgeOf,
  openScannedPage,
  pressFlagShortcut,
  readDatabase,
  setResearcher,
  startFlagServer,
} from '../flag-support';

/**
 * Issue 10, "A page cannot switch Spoor off": the page replays every message
 * and custom event it can observe, and fires WXT's "content-script-started"
 * event under the extension id, which it is given (an id is public). Detection
 * must go on regardless, and nothing of Spoor's may tell the page the id.
 */
let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startFlagServer();
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.researcher', survey: 'E2E survey' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

describe('a page replaying everything it sees', () => {
  it('keeps highlights, later content, the badge and a full flag', async () => {
    const url = server.url('/flag/replay.html');
    const { page, tabId } = await openScannedPage(extension, `${url}?knownId=${extension.extensionId}`);
    // The page did replay, under the id it was given; it learnt none from what Spoor posts (nothing).
    const pageState = () =>
      page.evaluate(() => {
        const state = window as unknown as { learntId?: string; replayed: number };
        return { learntId: state.learntId, replayed: state.replayed };
      });
    await expect.poll(async () => (await pageState()).replayed).toBeGreaterThan(0);
    // The page's last replay round runs 1.5 s after load (later on a busy machine): wait for it to end.
    await page.waitForFunction(() => (window as unknown as { lastRoundDone?: boolean }).lastRoundDone === true);
    expect((await pageState()).learntId).toBeUndefined();

    // The badge counts what the pass found; the highlights show a block once the viewport's observer has seen it.
    await expect.poll(() => highlightTexts(page, 'trade')).toContain('Ivory');
    await expect.poll(() => highlightTexts(page, 'app-i')).toContain('Loxodonta africana');

    await page.evaluate(() => {
      document.querySelector('#later')!.textContent = 'Also a rhino horn cup, and a pangolin scale box.';
    });
    await expect.poll(() => highlightTexts(page, 'trade')).toEqual(expect.arrayContaining(['rhino horn']));
    expect((await badgeOf(extension.serviceWorker, tabId)).text).toMatch(/^[1-9]\d*$/);

    await page.bringToFront();
    await pressFlagShortcut(extension.serviceWorker, tabId);
    const flagged = async () => (await readDatabase(extension.serviceWorker)).flags.find((f) => f.canonicalUrl === url);
    await expect.poll(flagged).toBeDefined();
    const flag = (await flagged())!;
    expect(flag.ad).toMatchObject({ title: 'Ivory bangle, old stock', price: { amount: 320, currency: 'EUR' } });
    expect(JSON.stringify(flag.ad)).toContain('replay_seller_9');
    const labels = flag.observations[0].detected.map((d: { label: string }) => d.label);
    expect(labels).toContain('Loxodonta africana');
  });
});
