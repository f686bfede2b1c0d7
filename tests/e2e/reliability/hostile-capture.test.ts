import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { startServer, type TestServer } from '../support/server';
import { openScannedPage, pressFlagShortcut, readDatabase, setResearcher } from '../flag-support';
import { hostileCaptureRoute, type HostileCapturePage } from './hostile-capture-pages';

/**
 * Sellers' pages against what a flag records of them (hostile-capture-pages.ts): a page that restyles its ad or
 * changes a shadow root's text while the screenshot is taken is said to have changed, a busy honest page is not, and
 * the fields a style sheet draws are the record's.
 */
let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startServer([], [hostileCaptureRoute]);
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.researcher', survey: 'Hostile pages' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

interface Observation {
  url: string;
  ad: Record<string, any>;
  changedDuringCapture?: string[];
}

/** Opens a page, waits for Spoor's badge, flags it with the shortcut and returns the stored flag. */
async function flagged(name: HostileCapturePage): Promise<{ page: Page; flag: Record<string, any> }> {
  const { page, tabId } = await openScannedPage(extension, server.url(`/hostile-capture/${name}.html`));
  const url = page.url();
  await page.bringToFront();
  await pressFlagShortcut(extension.serviceWorker, tabId);
  const find = async () =>
    (await readDatabase(extension.serviceWorker)).flags.find((f) =>
      f.observations.some((o: Observation) => o.url === url),
    );
  await expect.poll(find, { timeout: 60_000 }).toBeDefined();
  return { page, flag: (await find())! };
}

const counter = (page: Page, name: string) => page.evaluate((key) => (window as any)[key] as number, name);

describe('a page against what the flag records', () => {
  it('hiding its ad and showing a decoy by style alone while the screenshot is taken: the flag says so', async () => {
    const { page, flag } = await flagged('restyleOnConceal');
    expect(await counter(page, 'restyles')).toBeGreaterThan(0);
    const observation = flag.observations[0] as Observation;
    // Both readings found the page's own ad and text: only the watch between them saw the decoy shown.
    expect(observation.ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(observation.ad.seller.name).toBe('Ivan Petrov');
    expect(observation.changedDuringCapture).toEqual(['text']);
    await page.close();
  });

  it('changing a price inside a closed shadow root while the screenshot is taken: the flag says so', async () => {
    const { page, flag } = await flagged('shadowFlickerOnConceal');
    expect(await counter(page, 'flickers')).toBeGreaterThan(0);
    expect((flag.observations[0] as Observation).changedDuringCapture).toEqual(['text']);
    await page.close();
  });

  it('turning a spinner, writing data attributes and a style put back at once: no change is recorded', async () => {
    const { page, flag } = await flagged('busyButSteady');
    expect((flag.observations[0] as Observation).changedDuringCapture).toBeUndefined();
    await page.close();
  });

  it('drawing its price and seller with its style sheet: the record holds them, the markup’s price as disputed', async () => {
    const { page, flag } = await flagged('drawnFields');
    for (const ad of [flag.ad, (flag.observations[0] as Observation).ad]) {
      expect(ad.price).toEqual({ amount: 320, currency: 'EUR' });
      expect(ad.seller.name).toBe('Ivan Petrov');
      expect(ad.disputed?.price).toEqual({ source: 'json-ld', value: '5 EUR' });
    }
    await page.close();
  });
});
