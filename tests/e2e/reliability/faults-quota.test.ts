import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir, launchWithExtension, type LoadedExtension } from '../support/extension';
import type { TestServer } from '../support/server';
import { openPopup, setResearcher, startFlagServer, openScannedPage } from '../flag-support';
import { databaseWithProblems } from './faults-support';

/*
 * A real full disk, made with DevTools' Storage.overrideQuotaForOrigin on the
 * extension's origin. Spoor asks for unlimitedStorage, and Chrome does not
 * enforce a quota on such an origin (it fails only when the disk itself is
 * full), so this test loads a copy of the build without that permission: the
 * write then fails with the QuotaExceededError a full disk gives.
 */

let extension: LoadedExtension;
let server: TestServer;
let limitedCopy: string;
/**
 * Room for a few flags of the test page (each about 25 kB: screenshot, snapshot, record). On a busy machine a
 * screenshot can miss its moment and a flag is then far smaller, so the loop allows many more attempts than
 * the room should take.
 */
const ROOM = 120_000;
const MAX_ATTEMPTS = 40;

beforeAll(async () => {
  limitedCopy = mkdtempSync(join(tmpdir(), 'spoor-faults-quota-'));
  cpSync(extensionDir, limitedCopy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(limitedCopy, 'manifest.json'), 'utf8'));
  manifest.permissions = manifest.permissions.filter((permission: string) => permission !== 'unlimitedStorage');
  writeFileSync(join(limitedCopy, 'manifest.json'), JSON.stringify(manifest));
  server = await startFlagServer();
  extension = await launchWithExtension({ extension: limitedCopy });
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.quota', survey: 'Faults' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
  rmSync(limitedCopy, { recursive: true, force: true });
});

/** Opens an ad and its popup, and clicks "Flag this ad"; returns the popup's flag section. */
async function flagFromPopup(path: string): Promise<{ popup: Page; panel: ReturnType<Page['getByRole']> }> {
  const { page, tabId } = await openScannedPage(extension, server.url(path));
  await page.bringToFront();
  const popup = await openPopup(extension.context, extension.extensionId, tabId);
  const panel = popup.getByRole('region', { name: 'Flag' });
  await panel.getByRole('button', { name: 'Flag this ad' }).click();
  await expect
    .poll(async () => (await panel.getByRole('status').count()) + (await panel.getByRole('alert').count()))
    .toBeGreaterThan(0);
  return { popup, panel };
}

describe('the disk full while flagging, in the browser', () => {
  it(
    'tells the researcher, keeps every earlier flag whole, and leaves no part of the failed one',
    { timeout: 400_000 },
    async () => {
      const settings = await extension.context.newPage();
      await settings.goto(`chrome-extension://${extension.extensionId}/popup.html`);
      const cdp = await extension.context.newCDPSession(settings);
      const origin = `chrome-extension://${extension.extensionId}`;
      const { usage } = await settings.evaluate(() => navigator.storage.estimate());
      // Set before the first flag: the database caches the room it was told it has for up to
      // 30 s, so a quota lowered later would only bite once that cache has decayed.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage! + ROOM });

      // Flag ad after ad until one does not fit.
      let full: Awaited<ReturnType<typeof flagFromPopup>> | undefined;
      let before = await databaseWithProblems(extension.serviceWorker);
      for (let n = 1; n <= MAX_ATTEMPTS && !full; n += 1) {
        const attempt = await flagFromPopup(`/flag/ad-2.html?quota=${n}`);
        if ((await attempt.panel.getByRole('alert').count()) > 0) full = attempt;
        else before = await databaseWithProblems(extension.serviceWorker);
      }
      expect(full, `no flag met the quota in ${MAX_ATTEMPTS} attempts`).toBeDefined();
      expect(await full!.panel.getByRole('alert').textContent()).toMatch(
        /^Could not flag this ad: Storage is full: this flag was not saved; earlier flags are intact\./,
      );
      const after = await databaseWithProblems(extension.serviceWorker);
      expect(after.problems).toEqual([]);
      expect(after.state.flags.length).toBeGreaterThanOrEqual(2);
      expect(after.state.flags).toEqual(before.state.flags);
      expect(after.state.audit).toEqual(before.state.audit);
      expect(after.state.artifacts).toEqual(before.state.artifacts);

      // Space freed: the same button saves the same ad, whole.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await full!.panel.getByRole('button', { name: 'Flag this ad' }).click();
      await expect.poll(() => full!.panel.getByRole('status').textContent()).toMatch(/^Saved/);
      const freed = await databaseWithProblems(extension.serviceWorker);
      expect(freed.problems).toEqual([]);
      expect(freed.state.flags).toHaveLength(after.state.flags.length + 1);
    },
  );
});
