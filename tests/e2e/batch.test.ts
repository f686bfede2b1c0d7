import { readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';
import { openPopup, readDatabase, setResearcher, startFlagServer, openScannedPage } from './flag-support';

const RESEARCHER = { researcherId: 'e2e.researcher', survey: 'E2E survey' };
const downloadsDir = mkdtempSync(join(tmpdir(), 'spoor-batch-e2e-'));

let researcher: LoadedExtension;
let coordinator: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startFlagServer();
  researcher = await launchWithExtension();
  await setResearcher(researcher.serviceWorker, RESEARCHER);
});
afterAll(async () => {
  await researcher?.close();
  await coordinator?.close();
  await server?.close();
  rmSync(downloadsDir, { recursive: true, force: true });
});

/** Flags the ad page from the popup, as a researcher would. */
async function flagAd(extension: LoadedExtension, path: string): Promise<void> {
  const { page, tabId } = await openScannedPage(extension, server.url(path));
  await page.bringToFront();
  const popup = await openPopup(extension.context, extension.extensionId, tabId);
  const panel = popup.getByRole('region', { name: 'Flag' });
  await panel.getByRole('button', { name: 'Flag this ad' }).click();
  await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^Saved/);
  await popup.close();
}

/** The dashboard, without a file picker whatever the build of Chromium: the download path is the one under test. */
async function openDashboard(extension: LoadedExtension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
  await page.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
  return page;
}

/** Clicks the button that saves a file and keeps the download: its suggested name and where it now is. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(downloadsDir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

describe('batch export and import in the browser', () => {
  let bundlePath = '';
  let batchId = '';

  it('exports the flagged ad as signed JSON, records the batch, and saves the same batch again: ZIP, and the very same JSON', async () => {
    await flagAd(researcher, '/flag/ad.html');
    const dashboard = await openDashboard(researcher);
    const batches = dashboard.getByRole('group', { name: 'Batches and hand-off' });
    await batches.getByRole('button', { name: 'Export…' }).click();
    const form = dashboard.getByRole('form', { name: 'Export a batch' });
    await form.getByRole('radio', { name: 'Not yet exported (1)' }).waitFor();
    await form.getByRole('radio', { name: 'JSON (importable, without evidence files)' }).check();

    const json = await download(dashboard, () => form.getByRole('button', { name: 'Export and save' }).click());
    expect(json.name).toMatch(/^spoor-e2e\.researcher-\d{4}-\d\d-\d\d-[0-9a-f]{8}\.json$/);
    const document = JSON.parse(await readFile(json.path, 'utf8'));
    batchId = document.batch.id;
    expect(document).toMatchObject({
      format: 'spoor-batch',
      formatVersion: 2,
      batch: { researcher: 'e2e.researcher', counts: { flags: 1 } },
      // Signed in Chromium's WebCrypto with the researcher's Ed25519 key.
      signature: { algorithm: 'Ed25519', researcher: 'e2e.researcher' },
    });
    expect(document.signature.value).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    await expect.poll(() => form.getByRole('status').textContent()).toMatch(/Its flag is marked exported\.$/);
    const [flag] = (await readDatabase(researcher.serviceWorker)).flags;
    // Exported is the batch; the review status stays.
    expect(flag).toMatchObject({ status: 'new', batchIds: [batchId], canonicalUrl: server.url('/flag/ad.html') });

    await batches.getByRole('button', { name: 'Past batches' }).click();
    const list = dashboard.getByRole('region', { name: 'Past batches' });
    const zip = await download(dashboard, () => list.getByRole('button', { name: /Export again .* ZIP$/ }).click());
    expect(zip.name).toBe(json.name.replace(/\.json$/, '.zip'));
    bundlePath = zip.path;
    await expect
      .poll(() => list.getByRole('row', { name: /SPOOR-e2e\.researcher/ }).textContent())
      .toMatch(/JSON, ZIP/);
    const again = await download(dashboard, () => list.getByRole('button', { name: /Export again .* JSON$/ }).click());
    expect(await readFile(again.path)).toEqual(await readFile(json.path));
  });

  it('imports the bundle into a fresh profile, where the flag and its evidence appear', async () => {
    coordinator = await launchWithExtension();
    await setResearcher(coordinator.serviceWorker, { researcherId: 'coord', survey: '' });
    const dashboard = await openDashboard(coordinator);
    await dashboard.getByRole('button', { name: 'Import batches…' }).click();
    const form = dashboard.getByRole('form', { name: 'Import researchers’ batches' });
    await form.getByLabel('Batch files (.zip bundles or .json)').setInputFiles(bundlePath);
    await form.getByRole('button', { name: 'Check and import' }).click();

    // A key this Spoor never saw: held, its fingerprint shown, until the coordinator accepts it.
    await expect
      .poll(() => form.getByRole('alert').first().textContent())
      .toMatch(/^Not imported yet: signed by e2e\.researcher with a key this Spoor has never seen/);
    expect((await readDatabase(coordinator.serviceWorker)).flags).toEqual([]);
    await form.getByRole('button', { name: 'The fingerprint matches: accept this key and import' }).click();
    await expect
      .poll(() => form.getByRole('status').first().textContent())
      .toMatch(/^Imported batch SPOOR-e2e\.researcher-\d{8}-[0-9a-f]{8} from e2e\.researcher: 1 new flags/);
    const state = await readDatabase(coordinator.serviceWorker);
    expect(state.flags).toMatchObject([{ canonicalUrl: server.url('/flag/ad.html'), batchIds: [batchId] }]);
    const refs = state.flags[0]!.observations[0].artifacts as Array<{ sha256: string }>;
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs)
      expect(state.artifacts.find((artifact) => artifact.key === ref.sha256)?.rehashed).toBe(ref.sha256);
    // The researcher's chain as it was when the batch was first saved, then the coordinator's import on it.
    expect(state.audit.map((entry) => entry.action)).toEqual(['create', 'import']);
    expect(state.audit[1]!.prev).toBe(state.audit[0]!.hash);
  });
});
