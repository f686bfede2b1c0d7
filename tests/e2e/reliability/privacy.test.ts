import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { startServer, type Route, type TestServer } from '../support/server';
import { snapshotHtml } from '@/lib/flags/snapshot-html';
import {
  clickContextMenu,
  openPopup,
  pressFlagShortcut,
  readDatabase,
  setResearcher,
  openScannedPage,
} from '../flag-support';
import { hoverFirstHighlight } from '../support/hover-highlight';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';
import { PATIENCE_MS } from '../support/progress';

/*
 * Spoor makes no network request: every request is recorded three ways while
 * it highlights, flags (popup, shortcut, link menu) and exports (CSV, JSON,
 * ZIP) on local pages, and none is Spoor's.
 * 1. Chromium runs behind a recording proxy that forwards nothing, so any
 *    request to a host other than loopback reaches the test, whoever made it.
 *    Loopback is exempt by Chromium's implicit bypass rules (no
 *    `--proxy-bypass-list=<-loopback>`), so the local pages load directly...
 * 2. ...from a server that logs every request: only the documents the test
 *    opened and their own subresources may appear there.
 * 3. Playwright reports each request with the target that made it (page frame
 *    or service worker), so the extension's own pages and its service worker
 *    are watched directly: only chrome-extension:// loads, which are not network.
 * The last test proves each recorder sees what it is meant to.
 */

/**
 * Chromium's own services, contacted whenever the browser likes (component updater, account check,
 * safe browsing, clock), whatever the extension: not Spoor. They are told apart by the host asked
 * for, and the tests check that no page or worker asked for them (Playwright's record of who asked).
 */
const CHROMIUM_SERVICES =
  /^(http:\/\/)?([\w-]+\.)*(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|googleusercontent\.com)(:\d+|\/|$)/;
/** An ad on a real marketplace, linked from the local listing: flagging the link must not fetch it. */
const EXTERNAL_AD = 'https://www.kleinanzeigen.de/s-anzeige/graupapagei-mit-papieren/2987654321-245-1234';

const pages: Record<string, string> = {
  '/privacy/ad.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Grey parrot</title>
    <link rel="stylesheet" href="/privacy/style.css">
    <script type="application/ld+json">{"@type":"Product","name":"Grey parrot (Psittacus erithacus), hand-reared","offers":{"price":"900","priceCurrency":"EUR"}}</script></head>
    <body><h1>Grey parrot (Psittacus erithacus), hand-reared</h1><img src="/privacy/photo.svg" alt="parrot" width="40" height="40">
    <p>Psittacus erithacus with an ivory ring, CITES papers available.</p></body></html>`,
  '/privacy/listing.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search results</title></head>
    <body><h1>Graupapagei (Psittacus erithacus) for sale</h1><a id="external-ad" href="${EXTERNAL_AD}">Graupapagei mit Papieren</a></body></html>`,
  '/privacy/style.css': 'h1 { font-family: serif; }',
  '/privacy/photo.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="grey"/></svg>',
};
const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css', svg: 'image/svg+xml' };
/**
 * What the test's own navigation loads: the documents, their subresources, and the favicon Chromium asks every site
 * for.
 */
const EXPECTED_LOCAL = new Set([...Object.keys(pages), '/flag/ad-2.html', '/favicon.ico']);

interface SeenRequest {
  url: string;
  /** 'service-worker', or the URL of the frame that asked (the request's own URL for a navigation). */
  by: string;
}

let proxy: RecordingProxy;
let server: TestServer;
let extension: LoadedExtension;
const localLog: string[] = [];
const seen: SeenRequest[] = [];
const downloads = mkdtempSync(join(tmpdir(), 'spoor-privacy-'));

const logEveryRequest: Route = (req) => {
  localLog.push(new URL(req.url ?? '/', 'http://x').pathname);
  return false;
};
const servePages: Route = (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const body = pages[path];
  if (body === undefined) return false;
  res.writeHead(200, { 'content-type': TYPES[path.split('.').at(-1)!]! }).end(body);
  return true;
};

function requester(request: Request): string {
  if (request.serviceWorker()) return 'service-worker';
  try {
    return request.frame().url() || request.url();
  } catch {
    return request.url(); // A navigation before its frame exists.
  }
}

const fromSpoor = (request: SeenRequest, extensionId: string) =>
  request.by === 'service-worker' || request.by.startsWith(`chrome-extension://${extensionId}/`);
const isNetwork = (url: string) => /^(https?|wss?|ftp):/i.test(url);

beforeAll(async () => {
  proxy = await startRecordingProxy();
  server = await startServer([resolve(import.meta.dirname, '..', 'pages')], [logEveryRequest, servePages]);
  extension = await launchWithExtension({ args: [`--proxy-server=${proxy.address}`] });
  extension.context.on('request', (request) => seen.push({ url: request.url(), by: requester(request) }));
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.privacy', survey: 'privacy' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
  await proxy?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const openHighlighted = (path: string) => openScannedPage(extension, server.url(path));

async function exportAs(dashboard: Page, format: RegExp): Promise<void> {
  const form = dashboard.getByRole('form', { name: 'Export a batch' });
  await form.getByRole('radio', { name: /^Shown by the filters/ }).check();
  await form.getByRole('radio', { name: format }).check();
  const [file] = await Promise.all([
    dashboard.waitForEvent('download'),
    form.getByRole('button', { name: 'Export and save' }).click(),
  ]);
  await file.saveAs(join(downloads, file.suggestedFilename()));
  await expect.poll(() => form.getByRole('status').textContent()).toMatch(/^Saved batch/);
}

describe('Spoor on the network', () => {
  let proxied: string[] = [];
  let local: string[] = [];
  let watched: SeenRequest[] = [];

  it('highlights (with a hover card), flags by popup, shortcut and link menu, shows its pages and exports CSV, JSON and ZIP', async () => {
    const ad = await openHighlighted('/privacy/ad.html');
    await ad.page.bringToFront();
    await hoverFirstHighlight(ad.page);
    const popup = await openPopup(extension.context, extension.extensionId, ad.tabId);
    const panel = popup.getByRole('region', { name: 'Flag' });
    await panel.getByRole('button', { name: 'Flag this ad' }).click();
    await expect.poll(() => panel.getByRole('status').first().textContent()).toMatch(/^Saved/);

    const second = await openHighlighted('/flag/ad-2.html');
    await second.page.bringToFront();
    await pressFlagShortcut(extension.serviceWorker, second.tabId);
    const listing = await openHighlighted('/privacy/listing.html');
    await clickContextMenu(extension.serviceWorker, listing.tabId, {
      menuItemId: 'spoor-flag-link',
      linkUrl: EXTERNAL_AD,
    });
    await vi.waitFor(async () => expect((await readDatabase(extension.serviceWorker)).flags).toHaveLength(3), {
      timeout: PATIENCE_MS,
      interval: 200,
    });

    const dashboard = await extension.context.newPage();
    await dashboard.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
    await dashboard.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
    await expect
      .poll(() => dashboard.getByText(/^Showing \d+ of \d+ flags$/).textContent())
      .toBe('Showing 3 of 3 flags');
    await dashboard.locator('tbody a.cell-link').first().click();
    await dashboard.getByRole('complementary', { name: 'Flag record' }).getByRole('heading', { level: 1 }).waitFor();
    await dashboard.getByRole('button', { name: 'Export…' }).click();
    for (const format of [/^CSV/, /^JSON/, /^Evidence bundle/]) await exportAs(dashboard, format);

    const [flag] = (await readDatabase(extension.serviceWorker)).flags;
    const record = await extension.context.newPage();
    await record.goto(`chrome-extension://${extension.extensionId}/record.html?id=${flag!.id}`);
    await record.getByRole('heading', { level: 1 }).waitFor();
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await options.locator('main, form, h1').first().waitFor();
    // Time for anything sent late (a beacon on unload, a retry) to arrive.
    for (const page of extension.context.pages()) if (page !== ad.page) await page.close();
    await new Promise((resume) => setTimeout(resume, 1_500));

    proxied = proxy.requests.map((request) => `${request.method} ${request.target}`);
    local = [...localLog];
    watched = [...seen];
    expect(watched.filter((request) => fromSpoor(request, extension.extensionId)).length).toBeGreaterThan(20);
  });

  it('sent nothing from its service worker or its pages but chrome-extension:// loads', () => {
    const network = watched.filter((request) => fromSpoor(request, extension.extensionId) && isNetwork(request.url));
    expect(network).toEqual([]);
  });

  it('let nothing reach a host other than loopback, and Chromium alone spoke to its own services', () => {
    const unexplained = proxy.requests.filter((request) => !CHROMIUM_SERVICES.test(request.target));
    expect(unexplained).toEqual([]);
    // Those services were not asked by any page or worker: they are the browser's, not Spoor's.
    expect(watched.filter((request) => CHROMIUM_SERVICES.test(request.url.replace(/^https:\/\//, '')))).toEqual([]);
    expect(proxied.some((line) => line.includes('kleinanzeigen'))).toBe(false);
  });

  it('let the local pages load only what the test opened and what they link themselves', () => {
    expect([...new Set(local)].filter((path) => !EXPECTED_LOCAL.has(path))).toEqual([]);
    const pageRequests = watched.filter(
      (request) => !fromSpoor(request, extension.extensionId) && isNetwork(request.url),
    );
    expect(pageRequests.filter((request) => !request.url.startsWith(server.origin))).toEqual([]);
    console.info(
      `privacy: ${watched.length + proxied.length + local.length} requests recorded (${watched.length} by target, ${local.length} at the local server, ${proxied.length} at the proxy); from Spoor to the network: 0`,
    );
  });

  it('saves Firefox page snapshots that, opened from disk, run no script and send nothing', async () => {
    const hostile = `<!doctype html><html><head><script>window.__pwned = 1; fetch('https://snapshot-script.example/')</script>
      <link rel="stylesheet" href="https://snapshot-css.example/s.css"></head>
      <body onload="window.__pwned = 2"><img src="https://snapshot-img.example/1.jpg"><p>Psittacus erithacus</p></body></html>`;
    const path = join(downloads, 'snapshot.html');
    writeFileSync(path, snapshotHtml(new JSDOM(hostile).window.document));
    const before = proxy.requests.length;
    const page = await extension.context.newPage();
    await page.goto(`file://${path}`);
    await new Promise((resume) => setTimeout(resume, 500));
    expect(await page.evaluate(() => [(window as { __pwned?: number }).__pwned, document.body.textContent])).toEqual([
      undefined,
      'Psittacus erithacus',
    ]);
    // Told apart by host, not by timing: none of the hosts the snapshot names was reached (Playwright
    // still reports the attempts its policy blocks), and whatever else reached the proxy meanwhile is
    // the browser's own traffic.
    const proxiedSince = proxy.requests.slice(before);
    expect(proxiedSince.filter((request) => !CHROMIUM_SERVICES.test(request.target))).toEqual([]);
    expect(proxiedSince.filter((request) => request.target.includes('snapshot-'))).toEqual([]);
    await page.close();
  });

  it('proves each recorder: a page, an extension page and the service worker reaching out are all seen', async () => {
    const before = { proxied: proxy.requests.length, seen: seen.length };
    const page = await extension.context.newPage();
    await page.goto(server.url('/privacy/listing.html'));
    await page.evaluate(() => {
      void fetch('http://tracker.example/pixel').catch(() => undefined);
      navigator.sendBeacon('https://beacon.example/collect', 'x');
      new WebSocket('ws://socket.example/live');
    });
    const extensionPage = await extension.context.newPage();
    await extensionPage.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
    await extensionPage.evaluate(() => fetch('https://from-extension-page.example/').catch(() => undefined));
    await extension.serviceWorker.evaluate(() => fetch('https://from-service-worker.example/').catch(() => undefined));

    const expected = [
      'tracker.example',
      'beacon.example',
      'socket.example',
      'from-extension-page.example',
      'from-service-worker.example',
    ];
    await expect
      .poll(() =>
        expected.filter((host) =>
          proxy.requests.slice(before.proxied).some((request) => request.target.includes(host)),
        ),
      )
      .toEqual(expected);
    const after = seen.slice(before.seen);
    expect(after.find((request) => request.url.includes('from-service-worker'))?.by).toBe('service-worker');
    expect(
      fromSpoor(
        after.find((request) => request.url.includes('from-extension-page'))!,
        extension.extensionId,
      ),
    ).toBe(true);
    expect(after.find((request) => request.url.includes('tracker.example'))?.by).toBe(page.url());
    expect(localLog.slice(-3)).toContain('/privacy/listing.html');
  });
});
