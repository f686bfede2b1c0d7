import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';
import { openScannedPage, setResearcher, startFlagServer } from './flag-support';

/*
 * An extension page may not evaluate strings (Manifest V3's content security policy). zod tried to, once a page, to
 * build its compiled object parsers, and Chrome recorded a CSP violation each time (two a popup opening, issue 14);
 * lib/messaging/no-eval.ts makes zod parse without trying.
 */

let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startFlagServer();
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.csp', survey: 'CSP' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** Opens `path` of the extension with a listener for CSP violations installed before its first script. */
async function openCounting(path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await extension.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(globalThis, { spoorViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
  const violations = () =>
    page.evaluate(() => (globalThis as unknown as { spoorViolations: string[] }).spoorViolations);
  return { page, violations };
}

describe("the extension's pages and zod", () => {
  it('the popup shows a tab, loads its protocol and flags the ad (zod/mini and classic parses) without a CSP violation', async () => {
    const ad = await openScannedPage(extension, server.url('/flag/ad.html'));
    await ad.page.bringToFront();
    const { page: popup, violations } = await openCounting(`popup.html?tabId=${ad.tabId}`);
    const flagPanel = popup.getByRole('region', { name: 'Flag' });
    await flagPanel.getByRole('button', { name: 'Flag this ad' }).click();
    await expect.poll(() => flagPanel.getByRole('status').textContent()).toMatch(/^Saved: Flagged on /);

    expect(await violations()).toEqual([]);
    await popup.close();
    await ad.page.close();
  });

  it('the dashboard lists the flag without a CSP violation', async () => {
    const { page, violations } = await openCounting('dashboard.html');
    await expect.poll(() => page.locator('tbody tr[aria-rowindex]').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
