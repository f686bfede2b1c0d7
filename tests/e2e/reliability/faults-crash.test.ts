import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import type { TestServer } from '../support/server';
import { openPopup, setResearcher, startFlagServer, type StoredState, openScannedPage } from '../flag-support';
import { captureAll, databaseWithProblems, trustSigner, writeBundle } from './faults-support';

/*
 * The browser is killed (SIGKILL: no shutdown, nothing flushed) while
 * operations are under way, then started again on the same profile. Where the
 * kill lands is not deterministic, so every round asserts what must hold
 * wherever it lands: the database is consistent (checkConsistency), and each
 * operation is wholly there or wholly absent. Several kill delays per
 * operation spread the kill over its course.
 */

const files = mkdtempSync(join(tmpdir(), 'spoor-faults-crash-'));
let profile: string;
let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startFlagServer();
  extension = await launchWithExtension({ profile: mkdtempSync(join(tmpdir(), 'spoor-faults-profile-')) });
  profile = extension.profile;
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.crash', survey: 'Faults' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

/**
 * Kills the browser `delayMs` after the operation started, starts it again on the same profile, and reads the database
 * back.
 */
async function killAndRestart(operation: Promise<unknown>, delayMs: number): Promise<StoredState> {
  void operation.catch(() => undefined); // It dies with the browser.
  await new Promise((resume) => setTimeout(resume, delayMs));
  await extension.kill();
  extension = await launchWithExtension({ profile });
  const { state, problems } = await databaseWithProblems(extension.serviceWorker);
  expect(problems).toEqual([]);
  return state;
}

async function openAd(path: string): Promise<number> {
  const { tabId } = await openScannedPage(extension, server.url(path));
  return tabId;
}

/** The dashboard without a file picker, so an export saves through a download. */
async function openDashboard(): Promise<Page> {
  const page = await extension.context.newPage();
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
  await page.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
  return page;
}

describe('the browser killed in the middle of an operation', () => {
  it.each([0, 600, 1500, 3000])(
    'flags in flight (killed after %i ms): each flag is whole or absent',
    async (delayMs) => {
      const paths = [1, 2, 3, 4].map((n) => `/flag/ad-2.html?crash=${delayMs}-${n}`);
      const tabIds: number[] = [];
      for (const path of paths) tabIds.push(await openAd(path));
      const popup = await openPopup(extension.context, extension.extensionId, tabIds[0]!);

      const state = await killAndRestart(captureAll(popup, tabIds, 'ask'), delayMs);

      for (const url of paths.map((path) => server.url(path))) {
        const flags = state.flags.filter((flag) => flag.canonicalUrl === url);
        expect(flags.length).toBeLessThanOrEqual(1);
        if (flags.length === 0) continue;
        // Whole: its observation; each evidence file stored (and re-hashed by the checker) or, where the browser
        // failed to give it, written down as missing with the reason; and its audit entry.
        expect(flags[0]!.observations).toHaveLength(1);
        const observation = flags[0]!.observations[0];
        const accounted = [
          ...observation.artifacts.map((ref: { kind: string }) => ref.kind),
          ...observation.missing.map((gap: { kind: string; reason: string }) => `${gap.kind} (missing: ${gap.reason})`),
        ];
        expect(accounted.map((entry: string) => entry.split(' ')[0]).sort(), accounted.join('; ')).toEqual([
          'screenshot',
          'snapshot',
        ]);
        expect(state.audit.filter((entry) => entry.flagId === flags[0]!.id).map((entry) => entry.action)).toEqual([
          'create',
        ]);
      }
    },
  );

  it.each([50, 150, 400])('a bundle being imported (killed after %i ms): all of it or none of it', async (delayMs) => {
    const bundle = await writeBundle(files, 25, `crash-import-${delayMs}`);
    await trustSigner(extension.serviceWorker, bundle.signedBy);
    const dashboard = await openDashboard();
    await dashboard.getByRole('button', { name: 'Import batches…' }).click();
    const form = dashboard.getByRole('form', { name: 'Import researchers’ batches' });
    await form.getByLabel('Batch files (.zip bundles or .json)').setInputFiles(bundle.path);

    const state = await killAndRestart(form.getByRole('button', { name: 'Check and import' }).click(), delayMs);

    const landed = state.flags.filter((flag) => bundle.urls.includes(flag.canonicalUrl));
    expect([0, bundle.urls.length]).toContain(landed.length);
    const batch = state.batches.filter((record) => record.imported?.fileName === bundle.path.split('/').pop());
    expect(batch).toHaveLength(landed.length === 0 ? 0 : 1);
  });

  it.each([100, 500, 1500])(
    'an export whose file is being saved (killed after %i ms): flags marked exported only with their batch',
    async (delayMs) => {
      const tabId = await openAd(`/flag/ad-2.html?export=${delayMs}`);
      const popup = await openPopup(extension.context, extension.extensionId, tabId);
      expect(await captureAll(popup, [tabId], 'ask')).toEqual(['created']);
      const before = await databaseWithProblems(extension.serviceWorker);
      // Not yet exported: in no batch saved from here (a batch imported here does not count).
      const exported = new Set(
        before.state.batches.filter((record) => record.savedAt && !record.imported).flatMap((record) => record.flagIds),
      );
      const pending = before.state.flags.filter((flag) => !exported.has(flag.id)).map((flag) => flag.id);
      const dashboard = await openDashboard();
      await dashboard
        .getByRole('group', { name: 'Batches and hand-off' })
        .getByRole('button', { name: 'Export…' })
        .click();
      const form = dashboard.getByRole('form', { name: 'Export a batch' });
      await form.getByRole('radio', { name: `Not yet exported (${pending.length})` }).check();
      await form.getByRole('radio', { name: /^Evidence bundle/ }).check();

      const state = await killAndRestart(form.getByRole('button', { name: 'Export and save' }).click(), delayMs);

      const saved = state.batches.filter(
        (record) => record.savedAt && !before.state.batches.some((old) => old.id === record.id),
      );
      expect(saved.length).toBeLessThanOrEqual(1);
      const marked = state.flags.filter(
        (flag) => pending.includes(flag.id) && saved.some((record) => flag.batchIds.includes(record.id)),
      );
      // All of the batch's flags are marked, with an export entry each, or none and no batch.
      expect(marked).toHaveLength(saved.length === 0 ? 0 : pending.length);
      const exportEntries = state.audit.filter((entry) => entry.action === 'export' && pending.includes(entry.flagId));
      expect(exportEntries).toHaveLength(marked.length);
    },
  );
});
