import { openAsBlob } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FIELD_CHARS } from '@/lib/records/limits';
import { createEntryOf, flag, observation, uuid } from '../unit/export/builder';
import { rewriteBackup } from '../support/rewrite-backup';
import { highlightTexts, hoverCardText, waitForHighlightCount } from './detect-support';
import { openPopup, openScannedPage, readDatabase, setResearcher, tabIdOf } from './flag-support';
import { addCustomTaxonTerm, openOptions, startOptionsServer } from './options-support';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';

const ZORBLAX = {
  text: 'zorblax',
  scientificName: 'Zorbus imaginarius',
  appendix: 'I',
  euAnnex: 'A',
  group: 'reptiles',
};

let server: TestServer;
let extension: LoadedExtension;
beforeAll(async () => {
  server = await startOptionsServer();
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.options', survey: 'Backup survey' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

describe('the options page', () => {
  it('shows the researcher’s signing key, made in Chromium’s WebCrypto and kept unreadable in IndexedDB', async () => {
    const options = await openOptions(extension.context, extension.extensionId);
    // The fingerprint is the definition of the term naming it (a <code> cannot carry an accessible name).
    const fingerprint = options.locator('dt:text-is("Key fingerprint") + dd');
    await expect.poll(() => fingerprint.textContent()).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    const stored = await extension.serviceWorker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('spoor');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const keys = await new Promise<any[]>((done) => {
        const request = db.transaction('keys').objectStore('keys').getAll();
        request.onsuccess = () => done(request.result);
      });
      db.close();
      const [key] = keys;
      // Signs, but cannot be exported: not even Spoor can read the private key out.
      const signature = await crypto.subtle.sign('Ed25519', key.privateKey, new TextEncoder().encode('spoor'));
      const exportable = await crypto.subtle.exportKey('pkcs8', key.privateKey).then(
        () => true,
        () => false,
      );
      return {
        count: keys.length,
        researcherId: key.researcherId,
        fingerprint: key.fingerprint,
        signatureBytes: signature.byteLength,
        exportable,
      };
    });
    expect(stored).toMatchObject({ count: 1, researcherId: 'e2e.options', signatureBytes: 64, exportable: false });
    expect((await fingerprint.textContent())!.replaceAll(' ', '')).toBe(stored.fingerprint.slice(0, 32));
    await options.close();
  });

  it('adds a custom term that pages detect and the popup lists, painted only on request; pausing the site clears them', async () => {
    const options = await openOptions(extension.context, extension.extensionId);
    await addCustomTaxonTerm(options, ZORBLAX);

    const page = await extension.context.newPage();
    await page.goto(server.url('/options/custom-term.html'));
    const popup = await openPopup(
      extension.context,
      extension.extensionId,
      await tabIdOf(extension.serviceWorker, page.url()),
    );
    await expect
      .poll(() => popup.getByRole('list', { name: 'Detected taxa' }).textContent())
      .toContain('Zorbus imaginarius');
    // A private watch-list term: found and listed, but the page's highlight registry never holds it.
    expect(await highlightTexts(page, 'app-i')).toEqual([]);
    await popup.getByRole('button', { name: 'Show my private terms on this page' }).click();
    await popup.close();
    await waitForHighlightCount(page, 'app-i', 2);
    expect(await highlightTexts(page, 'app-i')).toEqual(['zorblax', 'zorblax']);
    await page.bringToFront();
    await page.getByText('Captive-bred zorblax').hover({ position: { x: 95, y: 5 } });
    await expect.poll(() => hoverCardText(page)).toMatch(/Zorbus imaginarius/);

    await options.bringToFront();
    await options.getByRole('textbox', { name: 'Site' }).fill(server.origin);
    await options.getByRole('button', { name: 'Pause on this site' }).click();
    await options.getByRole('list', { name: 'Paused sites' }).getByText('127.0.0.1').waitFor();
    await waitForHighlightCount(page, 'app-i', 0);

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await waitForHighlightCount(page, 'app-i', 2);
    await page.close();
    await options.close();
  });

  it('backs up a flag and restores it, with its evidence and the custom term, into a fresh profile', async () => {
    // As flag.test.ts flags: the ad read first, in front, then the popup (stop 52's fresh clone once saw no flag
    // within 90 s at load 3 when the popup was opened before the ad had been read).
    const { page: ad, tabId } = await openScannedPage(extension, server.url('/flag/ad.html'));
    await ad.bringToFront();
    const popup = await openPopup(extension.context, extension.extensionId, tabId);
    await popup.getByRole('region', { name: 'Flag' }).getByRole('button', { name: 'Flag this ad' }).click();
    await expect.poll(() => readDatabase(extension.serviceWorker).then((state) => state.flags.length)).toBe(1);
    const before = await readDatabase(extension.serviceWorker);

    const options = await openOptions(extension.context, extension.extensionId);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Back up everything' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^spoor-backup-\d{4}-\d\d-\d\d\.zip$/);
    const file = await download.path();

    const fresh = await launchWithExtension();
    try {
      const restoring = await openOptions(fresh.context, fresh.extensionId);
      // A forged copy, whole (hashes and chains recomputed), with one flag's notes longer than any field may hold.
      await restoring.getByLabel('Backup file').setInputFiles({
        name: 'forged.zip',
        mimeType: 'application/zip',
        buffer: Buffer.from(await (await withStuffedFlag(await openAsBlob(file))).arrayBuffer()),
      });
      await restoring.getByRole('button', { name: 'Restore' }).click();
      await restoring.getByText('This backup cannot be restored; nothing was changed:').waitFor();
      expect(await restoring.locator('.report li').allTextContents()).toEqual([
        `flags.json, record 2 (id ${uuid('flag', 9)}), field assessment.notes: 100,001 characters, more than a ` +
          'field may hold (100,000)',
      ]);
      expect((await readDatabase(fresh.serviceWorker)).flags).toEqual([]);

      await restoring.getByLabel('Backup file').setInputFiles(file);
      await restoring.getByRole('button', { name: 'Restore' }).click();
      await restoring.getByText('Backup restored.').waitFor();
      expect(await restoring.getByText(/^Flags: /).textContent()).toMatch(/^Flags: 1 added, 0 updated/);

      const after = await readDatabase(fresh.serviceWorker);
      expect(after.flags).toEqual(before.flags);
      expect(after.audit).toEqual(before.audit);
      expect(after.artifacts.map(({ key, rehashed }) => [key, rehashed])).toEqual(
        before.artifacts.map(({ key, rehashed }) => [key, rehashed]),
      );
      const settings = await fresh.serviceWorker.evaluate(
        async () => (await chrome.storage.local.get('settings')).settings,
      );
      expect(settings).toMatchObject({ researcherId: 'e2e.options', survey: 'Backup survey' });

      // The custom term came back with the backup: the fresh profile finds it (private, so listed, not painted).
      const page = await fresh.context.newPage();
      await page.goto(server.url('/options/custom-term.html'));
      const popup = await openPopup(fresh.context, fresh.extensionId, await tabIdOf(fresh.serviceWorker, page.url()));
      await expect
        .poll(() => popup.getByRole('list', { name: 'Detected taxa' }).textContent())
        .toContain('Zorbus imaginarius');
      expect(await highlightTexts(page, 'app-i')).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

/** The backup with one more flag, whose notes are one character over the limit, and its chain: a forgery made whole. */
async function withStuffedFlag(backup: Blob): Promise<Blob> {
  const forged = flag({
    n: 9,
    assessment: { notes: 'Elfenbein '.repeat(MAX_FIELD_CHARS / 10) + '!' },
    observations: [await observation({ n: 9 })],
  });
  const appended = (text: string, record: object) => JSON.stringify([...JSON.parse(text), record]);
  return rewriteBackup(backup, (path, text) => {
    if (path === 'flags.json') return appended(text, forged);
    if (path === 'audit.json') return appended(text, createEntryOf(forged));
    if (path !== 'manifest.json') return text;
    const manifest = JSON.parse(text);
    manifest.counts.flags += 1;
    manifest.counts.audit += 1;
    return JSON.stringify(manifest);
  });
}
