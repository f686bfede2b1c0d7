import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@/lib/integrity/hash';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';
import {
  badgeOf,
  clickContextMenu,
  openPopup,
  openScannedPage,
  pressFlagShortcut,
  readDatabase,
  setResearcher,
  startFlagServer,
} from './flag-support';

const RESEARCHER = { researcherId: 'e2e.researcher', survey: 'E2E survey' };
const UTC_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startFlagServer();
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, RESEARCHER);
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** Opens an ad page and waits until the detect service has counted its taxa (the badge shows a number). */
const openAd = (path: string) => openScannedPage(extension, server.url(path));

const flagsAt = async (url: string) =>
  (await readDatabase(extension.serviceWorker)).flags.filter((flag) => flag.canonicalUrl === url);
/** The popup's flag section (the detect helper's list has its own status line). */
const flagPanel = (popup: Page) => popup.getByRole('region', { name: 'Flag' });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('flagging from the popup', () => {
  it('saves the extracted ad, detected taxa, a screenshot whose hash matches, and a UTC time', async () => {
    const { page, tabId } = await openAd('/flag/ad.html?utm_source=e2e');
    await page.bringToFront();
    const popup = await openPopup(extension.context, extension.extensionId, tabId);
    await flagPanel(popup).getByRole('button', { name: 'Flag this ad' }).click();
    await expect
      .poll(() => flagPanel(popup).getByRole('status').textContent())
      .toMatch(/^Saved: Flagged on \d{1,2} [A-Z][a-z]{2,3} \d{4} by e2e\.researcher/);

    const state = await readDatabase(extension.serviceWorker);
    const [flag] = state.flags;
    expect(state.flags).toHaveLength(1);
    expect(flag).toMatchObject({
      canonicalUrl: server.url('/flag/ad.html'),
      platform: { host: '127.0.0.1' },
      ad: {
        title: 'Carved ivory elephant figure, pre-1947',
        price: { amount: 450, currency: 'EUR' },
        sources: { title: 'json-ld' },
      },
    });
    const observation = flag!.observations[0];
    expect(observation).toMatchObject({
      url: server.url('/flag/ad.html?utm_source=e2e'),
      trigger: 'button',
      capturedBy: RESEARCHER,
      extensionVersion: '0.1.0',
    });
    expect(observation.capturedAt).toMatch(UTC_ISO);
    expect(observation.detected.map((d: { label: string }) => d.label)).toContain('Loxodonta africana');
    for (const detection of observation.detected)
      expect(Object.keys(detection)).toEqual(expect.arrayContaining(['appendix', 'euAnnex']));

    const screenshot = observation.artifacts.find((a: { kind: string }) => a.kind === 'screenshot');
    expect(screenshot).toMatchObject({ mimeType: 'image/png' });
    expect(screenshot.bytes).toBeGreaterThan(1000);
    const stored = state.artifacts.find((a) => a.key === screenshot.sha256)!;
    expect(stored).toMatchObject({ rehashed: screenshot.sha256, blobSize: screenshot.bytes, mimeType: 'image/png' });
    expect(observation.artifacts.find((a: { kind: string }) => a.kind === 'snapshot')).toMatchObject({
      mimeType: 'multipart/related',
    });
    expect(observation.missing).toEqual([]);

    const { recordSha256, ...hashed } = observation;
    expect(sha256(canonicalJson(hashed))).toBe(recordSha256);
    expect(state.audit).toMatchObject([{ flagId: flag!.id, action: 'create', by: 'e2e.researcher' }]);
    await popup.close();
  });

  it('shows an ad flagged before in the popup and on the badge, and adds an observation on request', async () => {
    const { page, tabId } = await openAd('/flag/ad.html');
    const popup = await openPopup(extension.context, extension.extensionId, tabId);
    await expect.poll(() => popup.getByText(/^Flagged on .* by e2e\.researcher/).count()).toBe(1);
    const [flag] = await flagsAt(server.url('/flag/ad.html'));
    expect(await popup.getByRole('link', { name: 'Open the record' }).getAttribute('href')).toBe(
      `/record.html?id=${flag!.id}`,
    );
    // The title only: the detect service still sets its own colour per tab on every report (see the flag report).
    await expect
      .poll(async () => (await badgeOf(extension.serviceWorker, tabId)).title)
      .toMatch(/^Spoor: Flagged on .* by e2e\.researcher/);

    await page.bringToFront();
    await popup.getByRole('button', { name: 'Flag this ad' }).click();
    await popup.getByRole('button', { name: 'Add observation' }).click();
    await expect.poll(() => flagPanel(popup).getByRole('status').textContent()).toMatch(/^Observation added/);
    const [again] = await flagsAt(server.url('/flag/ad.html'));
    expect(again!.observations).toHaveLength(2);
    expect(again!.observations[1].artifacts.map((a: { kind: string }) => a.kind)).toEqual(['screenshot', 'snapshot']);
    await popup.close();
  });

  it('shows the record page with the screenshot, observations and history', async () => {
    const [flag] = await flagsAt(server.url('/flag/ad.html'));
    const record = await extension.context.newPage();
    await record.goto(`chrome-extension://${extension.extensionId}/record.html?id=${flag!.id}`);
    await expect
      .poll(() => record.getByRole('heading', { level: 1 }).textContent())
      .toBe('Carved ivory elephant figure, pre-1947');
    const screenshots = record.getByRole('img', { name: /^Screenshot, SHA-256/ });
    await expect.poll(() => screenshots.count()).toBe(2);
    expect(
      await screenshots
        .first()
        .evaluate((img: HTMLImageElement) => img.src.startsWith('blob:') && img.naturalWidth > 0),
    ).toBe(true);
    expect(await record.getByRole('region', { name: 'Audit history' }).textContent()).toMatch(
      /created.*added an observation/s,
    );
    await record.close();
  });
});

describe('flagging without the popup', () => {
  it('flags with the keyboard shortcut', async () => {
    const { page, tabId } = await openAd('/flag/ad-2.html?via=shortcut');
    await page.bringToFront();
    await pressFlagShortcut(extension.serviceWorker, tabId);
    await expect.poll(async () => (await flagsAt(server.url('/flag/ad-2.html?via=shortcut'))).length).toBe(1);
    const [flag] = await flagsAt(server.url('/flag/ad-2.html?via=shortcut'));
    expect(flag!.observations[0]).toMatchObject({ trigger: 'shortcut', missing: [] });
    expect(flag!.ad.title).toBe('Ivory netsuke, Japan, 19th century');
  });

  it('flags the page from its context menu', async () => {
    const { page, tabId } = await openAd('/flag/ad-2.html?via=menu');
    await page.bringToFront();
    await clickContextMenu(extension.serviceWorker, tabId, { menuItemId: 'spoor-flag-page' });
    await expect.poll(async () => (await flagsAt(server.url('/flag/ad-2.html?via=menu'))).length).toBe(1);
    const [flag] = await flagsAt(server.url('/flag/ad-2.html?via=menu'));
    expect(flag!.observations[0]).toMatchObject({ trigger: 'page-menu', missing: [] });
  });

  it('flags a linked ad without opening it: URL, platform, the page it was found on', async () => {
    const { page, tabId } = await openAd('/flag/listing.html');
    const linkUrl = await page.locator('#linked-ad').evaluate((a: HTMLAnchorElement) => a.href);
    await clickContextMenu(extension.serviceWorker, tabId, { menuItemId: 'spoor-flag-link', linkUrl });
    const canonical = server.url('/flag/ad-2.html');
    await expect.poll(async () => (await flagsAt(canonical)).length).toBe(1);
    const [flag] = await flagsAt(canonical);
    expect(flag!.platform).toMatchObject({ host: '127.0.0.1' });
    expect(flag!.observations[0]).toMatchObject({ trigger: 'link-menu', foundOn: page.url(), artifacts: [] });
    expect(flag!.observations[0].missing.map((m: { kind: string }) => m.kind)).toEqual(['screenshot', 'snapshot']);
    // The flag is stored before the tab's button is told of it.
    await expect
      .poll(async () => (await badgeOf(extension.serviceWorker, tabId)).title)
      .toMatch(/flagged the linked ad/);
  });

  it('flags two tabs at the same moment, each with its own screenshot', async () => {
    // Two different pages, so two different screenshots: each must show its own tab.
    const one = await openAd('/flag/ad-2.html?copy=1');
    const two = await openAd('/flag/listing.html');
    await Promise.all([
      pressFlagShortcut(extension.serviceWorker, one.tabId),
      pressFlagShortcut(extension.serviceWorker, two.tabId),
    ]);
    const urls = [server.url('/flag/ad-2.html?copy=1'), server.url('/flag/listing.html')];
    await expect.poll(async () => (await Promise.all(urls.map(flagsAt))).map((found) => found.length)).toEqual([1, 1]);
    const [first, second] = await Promise.all(urls.map(async (url) => (await flagsAt(url))[0]!.observations[0]));
    expect([first.missing, second.missing]).toEqual([[], []]);
    const shotOf = (observation: { artifacts: { kind: string; sha256: string }[] }) =>
      observation.artifacts.find((a) => a.kind === 'screenshot')!.sha256;
    expect(shotOf(first)).not.toBe(shotOf(second));
  });
});
