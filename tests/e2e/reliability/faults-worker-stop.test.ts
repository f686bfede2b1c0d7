import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import type { TestServer } from '../support/server';
import { until } from '../support/surfaces';
import { openPopup, openScannedPage, setResearcher, startFlagServer } from '../flag-support';
import { databaseWithProblems, trustSigner, writeBundle } from './faults-support';

/*
 * Chrome stops an extension's service worker whenever it likes (idle, or
 * after five minutes of work), and the tab running an import can be closed
 * at any moment. Unlike the browser kill in faults-crash, the browser goes
 * on: Spoor must start again from a consistent database, tell the truth about
 * what was saved, and keep working.
 */

const files = mkdtempSync(join(tmpdir(), 'spoor-faults-stop-'));
let extension: LoadedExtension;
let server: TestServer;
let popup: Page;
let devtools: CDPSession;

beforeAll(async () => {
  server = await startFlagServer();
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.stop', survey: 'Faults' });
  const { tabId } = await openScannedPage(extension, server.url('/flag/ad-2.html?stop=first'));
  popup = await openPopup(extension.context, extension.extensionId, tabId);
  devtools = await extension.context.newCDPSession(popup);
  await devtools.send('ServiceWorker.enable');
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
  rmSync(files, { recursive: true, force: true });
});

/**
 * Stops every service worker of the profile (Spoor's is the only one), as Chrome does to an idle or overrunning worker.
 */
async function stopServiceWorker(): Promise<void> {
  await devtools.send('ServiceWorker.stopAllWorkers');
}

/** The running service worker, started again by the browser when a message needs it. */
async function runningServiceWorker(): Promise<Worker> {
  // Any message wakes it: this one only reads the dictionary's status.
  await popup.evaluate(() => chrome.runtime.sendMessage({ spoor: 1, name: 'dictionary/status', payload: {} }));
  const alive = async (worker: Worker) => worker.evaluate(() => true).catch(() => false);
  // Listed once Playwright has attached to it, maybe after the reply. Waiting for the 'serviceworker' event instead
  // misses a worker that attached while a stopped one still listed was being tried: then no event ever comes.
  return until('a running service worker', async () => {
    for (const worker of extension.context.serviceWorkers()) if (await alive(worker)) return worker;
    return undefined;
  });
}

describe('the service worker stopped in the middle of a flag', () => {
  /**
   * Clicks "Flag this ad" in the popup, stops the worker `delayMs` later, and
   * returns what the popup then says and what the database holds. A flag takes
   * the worker some 80 ms here, so the early stops land inside it.
   */
  async function flagAndStop(delayMs: number) {
    const url = server.url(`/flag/ad-2.html?stop=${delayMs}`);
    const { tabId } = await openScannedPage(extension, url);
    const flagPopup = await openPopup(extension.context, extension.extensionId, tabId);
    const panel = flagPopup.getByRole('region', { name: 'Flag' });
    await panel.getByRole('button', { name: 'Flag this ad' }).click();
    await new Promise((resume) => setTimeout(resume, delayMs));
    await stopServiceWorker();
    await expect
      .poll(async () => (await panel.getByRole('status').count()) + (await panel.getByRole('alert').count()))
      .toBeGreaterThan(0);
    const { state, problems } = await databaseWithProblems(await runningServiceWorker());
    return {
      url,
      saidSaved: (await panel.getByRole('status').count()) > 0,
      saidInterrupted:
        (
          await panel
            .getByRole('alert')
            .textContent({ timeout: 1_000 })
            .catch(() => '')
        )?.includes('interrupted') ?? false,
      showsFlagged: (await panel.getByText(/^Flagged on/).count()) > 0,
      flags: state.flags.filter((flag) => flag.canonicalUrl === url),
      audit: state.audit,
      problems,
      popup: flagPopup,
    };
  }

  it('leaves no flag half-written, never says "saved" for what is not, tells the truth after an interruption, and flags again', async () => {
    let interrupted = 0;
    for (const delayMs of [5, 20, 40, 60, 120]) {
      const round = await flagAndStop(delayMs);
      expect(round.problems, `stopped after ${delayMs} ms`).toEqual([]);
      expect(round.flags.length).toBeLessThanOrEqual(1);
      if (round.saidSaved) expect(round.flags).toHaveLength(1);
      if (round.saidInterrupted) {
        interrupted += 1;
        // The popup looked again: it shows the ad as flagged exactly when the flag is stored.
        expect(round.showsFlagged, `stopped after ${delayMs} ms`).toBe(round.flags.length === 1);
      }
      if (round.flags.length === 1) {
        expect(round.flags[0]!.observations[0].artifacts.map((ref: { kind: string }) => ref.kind)).toEqual([
          'screenshot',
          'snapshot',
        ]);
        expect(round.audit.filter((entry) => entry.flagId === round.flags[0]!.id).map((entry) => entry.action)).toEqual(
          ['create'],
        );
      } else {
        const panel = round.popup.getByRole('region', { name: 'Flag' });
        await panel.getByRole('button', { name: 'Flag this ad' }).click();
        // "Saved" is one status; a flag saved without a piece of its evidence shows a notice beside it (a status too).
        const saved = panel.getByRole('status').filter({ hasText: /^Saved/ });
        await expect.poll(() => saved.count()).toBe(1);
      }
      await round.popup.close();
    }
    // Some stop must have landed inside a flag, or this test proved nothing.
    expect(interrupted).toBeGreaterThan(0);
  });
});

describe('the dashboard closed in the middle of an import', () => {
  it.each([50, 200, 500])(
    '(closed after %i ms): all of the bundle or none of it, and importing it again completes',
    async (delayMs) => {
      const bundle = await writeBundle(files, 25, `closed-import-${delayMs}`);
      await trustSigner(await runningServiceWorker(), bundle.signedBy);
      const importBundle = async () => {
        const dashboard = await extension.context.newPage();
        await dashboard.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
        await dashboard.getByRole('button', { name: 'Import batches…' }).click();
        const form = dashboard.getByRole('form', { name: 'Import researchers’ batches' });
        await form.getByLabel('Batch files (.zip bundles or .json)').setInputFiles(bundle.path);
        await form.getByRole('button', { name: 'Check and import' }).click();
        return dashboard;
      };

      const interrupted = await importBundle();
      await new Promise((resume) => setTimeout(resume, delayMs));
      await interrupted.close();

      const worker = await runningServiceWorker();
      const after = await databaseWithProblems(worker);
      expect(after.problems).toEqual([]);
      const landed = after.state.flags.filter((flag) => bundle.urls.includes(flag.canonicalUrl));
      expect([0, bundle.urls.length]).toContain(landed.length);

      const again = await importBundle();
      await expect
        .poll(
          async () =>
            (await databaseWithProblems(worker)).state.flags.filter((flag) => bundle.urls.includes(flag.canonicalUrl))
              .length,
        )
        .toBe(bundle.urls.length);
      expect((await databaseWithProblems(worker)).problems).toEqual([]);
      await again.close();
    },
  );
});
