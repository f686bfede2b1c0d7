import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { startServer, type Route, type TestServer } from '../support/server';
import { openScannedPage, pressFlagShortcut, readDatabase, setResearcher } from '../flag-support';

/** A seller's page flagged: the tab, the stored flag and its observation of that page. */
export interface FlaggedPage {
  page: Page;
  tabId: number;
  flag: Record<string, any>;
  observation: Record<string, any>;
}

/** The browser and server of one file of sellers' pages, and how to flag one of them. */
export interface HostileFlagging {
  extension(): LoadedExtension;
  server(): TestServer;
  /**
   * Opens `path`, waits for Spoor's badge (and for `settled`, when given), brings the tab to the front, flags it with
   * the shortcut and returns the stored flag once it holds an observation of the page, waiting `within` ms at most
   * (expect.poll's timeout when not given).
   */
  flagged(path: string, settled?: (tabId: number) => Promise<boolean>, within?: number): Promise<FlaggedPage>;
}

/**
 * Serves `route`, launches Chromium with the built extension and sets a researcher (`survey`) before the file's tests,
 * closes both after them: the setup every file of sellers' pages shares.
 * @example const { flagged } = hostileFlagging(hostileCaptureRoute, 'Hostile pages');
 */
export function hostileFlagging(route: Route, survey: string): HostileFlagging {
  let extension: LoadedExtension;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer([], [route]);
    extension = await launchWithExtension();
    await setResearcher(extension.serviceWorker, { researcherId: 'e2e.researcher', survey });
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });
  const flagged = async (
    path: string,
    settled?: (tabId: number) => Promise<boolean>,
    within?: number,
  ): Promise<FlaggedPage> => {
    const { page, tabId } = await openScannedPage(extension, server.url(path));
    if (settled) await expect.poll(() => settled(tabId)).toBe(true);
    const url = page.url();
    await page.bringToFront();
    await pressFlagShortcut(extension.serviceWorker, tabId);
    const find = async () => {
      for (const flag of (await readDatabase(extension.serviceWorker)).flags) {
        const observation = (flag.observations as Record<string, any>[]).find((seen) => seen.url === url);
        if (observation) return { flag, observation };
      }
      return undefined;
    };
    await expect.poll(find, within === undefined ? {} : { timeout: within }).toBeDefined();
    return { page, tabId, ...(await find())! };
  };
  return { extension: () => extension, server: () => server, flagged };
}
