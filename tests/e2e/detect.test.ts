import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { hoverFirstHighlight } from './support/hover-highlight';
import type { TestServer } from './support/server';
import {
  badgeText,
  highlightTexts,
  hoverCardText,
  setSettings,
  startDetectServer,
  tabIdOf,
  waitForHighlightCount,
  waitForHighlights,
  openPage,
} from './detect-support';

const STRICT_CSP = "default-src 'none'; style-src 'self'";

let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startDetectServer([
    (req, res) => {
      if (!req.url?.startsWith('/csp.html')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
      res.end(readFileSync('tests/e2e/pages/detect/csp.html'));
      return true;
    },
    (req, res) => {
      if (!req.url?.startsWith('/cross-origin-frame.html')) return false;
      // Same server, another origin: "localhost" instead of "127.0.0.1".
      const child = `http://localhost:${req.headers.host!.split(':')[1]}/frame-child.html`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Cross-origin frame</title><p>Host page</p><iframe src="${child}"></iframe>`);
      return true;
    },
  ]);
  extension = await launchWithExtension();
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

const open = (path: string): Promise<Page> => openPage(extension, server, path);

const squash = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' '));

describe('a multilingual ad page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/ads.html');
    await waitForHighlights(page, 'app-i', (size) => size > 10, 'more than 10');
  });

  it('highlights names in every language, across inline elements', async () => {
    // Each block joins the page's highlights when the viewport's observer first sees it: more than 10 ranges may
    // stand before the last languages' blocks have joined.
    await expect
      .poll(async () => squash(await highlightTexts(page, 'app-i')))
      .toEqual(
        expect.arrayContaining([
          'African grey parrot',
          'Psittacus erithacus',
          'perroquet gris',
          'Graupapagei',
          'grijze roodstaartpapegaai',
          'loro gris africano',
          'pappagallo cenerino',
          'Papuga żako',
          'Жако',
        ]),
      );
    // "Grau<b>papagei</b>" is one word on the page and one range.
    const split = await page.evaluate(() =>
      [...(CSS.highlights.get('spoor-app-i') as unknown as Iterable<Range>)].some(
        (range) => range.toString() === 'Graupapagei' && range.startContainer !== range.endContainer,
      ),
    );
    expect(split).toBe(true);
  });

  it('paints trade terms and Appendix II in their own highlights, and honours exclusions', async () => {
    // "Carved ivory" is a trade term of its own, longer than "ivory". (A block joins the page's highlights in the
    // frame after the observer of the viewport first sees it: the pass may have painted the first ones before.)
    await expect
      .poll(() => highlightTexts(page, 'trade'))
      .toEqual(expect.arrayContaining(['Carved ivory', 'Elfenbeinschnitzerei']));
    expect(await highlightTexts(page, 'trade')).not.toContain('Ivory');
    await expect.poll(() => highlightTexts(page, 'app-ii')).toEqual(expect.arrayContaining(['ball python']));
  });

  it('leaves form fields and editable regions alone', async () => {
    const inFields = await page.evaluate(
      () =>
        [...CSS.highlights.values()]
          .flatMap((highlight) => [...(highlight as unknown as Iterable<Range>)])
          .filter((range) => range.startContainer.parentElement?.closest('textarea, input, [contenteditable]')).length,
    );
    expect(inFields).toBe(0);
  });

  it('leaves the page’s DOM exactly as served', async () => {
    const served = readFileSync('tests/e2e/pages/detect/ads.html', 'utf8');
    const [live, parsed] = await page.evaluate((html) => {
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return [document.documentElement.outerHTML, fresh.documentElement.outerHTML];
    }, served);
    expect(live).toBe(parsed);
  });

  it('sets the badge to the number of distinct taxa and lists them in the popup', async () => {
    const tabId = await tabIdOf(extension, page.url());
    await expect.poll(() => badgeText(extension, tabId)).toMatch(/^[1-9]\d*$/);
    const taxa = Number(await badgeText(extension, tabId));

    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${tabId}`);
    const list = popup.getByRole('list', { name: 'Detected taxa' });
    await list.waitFor();
    // The verdict first, then each entry once: taxa before trade terms, Appendix I first.
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /CITES-listed tax(a|on) · Appendix I$/,
    );
    const more = popup.getByRole('button', { name: /^Show all/ });
    if (await more.count()) await more.click();
    const rows = await list
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) =>
          ['.tag', '.taxa__name', '.taxa__count', '.taxa__words'].map(
            (part) => item.querySelector(part)?.textContent ?? '',
          ),
        ),
      );
    const parrot = rows.find((row) => row[1] === 'Psittacus erithacus')!;
    expect(parrot[0]).toBe('App. I');
    expect(Number.parseInt(parrot[2]!, 10)).toBeGreaterThanOrEqual(10);
    expect(parrot[3]).toContain('Graupapagei');
    expect(parrot[3]).toContain('EU Annex A');
    expect(rows.map((row) => row[1])).toEqual(expect.arrayContaining(['Ivory · trade term', 'Python regius']));
    expect(rows[0]![0]).toMatch(/^App\. I(\/|$)/);
    expect(taxa).toBeGreaterThanOrEqual(3);
    await popup.close();
  });
});

it('marks exempt species without colour, says they are not listed, and counts only the listed one', async () => {
  const page = await open('/exempt.html');
  await waitForHighlightCount(page, 'exempt', 2);
  expect(await highlightTexts(page, 'exempt')).toEqual(['budgies', 'cockatiel']);
  // The listed names come with the matcher's second stage, after the exempt ones: their blocks are painted in the frame
  // after the observer of the viewport first sees them.
  await expect.poll(() => highlightTexts(page, 'app-i')).toEqual(['African grey parrot', 'Psittacus erithacus']);
  const tabId = await tabIdOf(extension, page.url());
  await expect.poll(() => badgeText(extension, tabId)).toBe('1');

  await hoverFirstHighlight(page, 'exempt');
  const text = await hoverCardText(page);
  expect(text).toContain('Melopsittacus undulatus');
  expect(text).toContain('Not listed: exempt from the CITES Appendices');
  expect(text).not.toContain('Appendix II');
  await page.close();
});

it('marks a page that names only an exempt species, and goes on scanning what it adds', async () => {
  // The first stage finds exempt names before the second stage is loaded: asking it whether the page hides them
  // threw, and the page's scan stopped there.
  const page = await open('/exempt-only.html');
  await waitForHighlightCount(page, 'exempt', 1);
  expect(await highlightTexts(page, 'exempt')).toEqual(['cockatiels']);
  await page.evaluate(() => {
    const added = document.createElement('p');
    added.textContent = 'Also a young African grey parrot with its papers.';
    document.body.append(added);
  });
  await waitForHighlightCount(page, 'app-i', 1);
  expect(await highlightTexts(page, 'app-i')).toEqual(['African grey parrot']);
  await page.close();
});

it('highlights in same-origin frames and open shadow roots', async () => {
  const page = await open('/frames.html');
  await waitForHighlightCount(page, 'app-i', 1);
  await waitForHighlightCount(page, 'trade', 1);
  expect(await highlightTexts(page, 'trade')).toEqual(['Carved ivory']);
  const child = page.frames().find((frame) => frame.url().endsWith('frame-child.html'))!;
  await waitForHighlightCount(child, 'app-ii', 1);
  expect(await highlightTexts(child, 'app-ii')).toEqual(['ball python']);
  await page.close();
});

it('works under a strict CSP, with the colours applied', async () => {
  const page = await open('/csp.html');
  await waitForHighlightCount(page, 'trade', 2);
  // Waiting for the trade terms does not wait for the name, which may be painted a frame or more later.
  await expect.poll(async () => squash(await highlightTexts(page, 'app-i'))).toEqual(['Psittacus erithacus']);
  expect(await highlightTexts(page, 'trade')).toEqual(['ivory carvings', 'tiger skin rug']);
  const color = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('p')!, '::highlight(spoor-app-i)').backgroundColor);
  expect(await color()).toBe('rgb(255, 107, 107)');
  // The researcher's colours arrive through an adopted stylesheet, live.
  await setSettings(extension, { colors: { 'app-i': '#00ff00' } });
  await expect.poll(color).toBe('rgb(0, 255, 0)');
  await setSettings(extension, {});
  await expect.poll(color).toBe('rgb(255, 107, 107)');
  await page.close();
});

it('highlights in cross-origin frames, which pause with the page that shows them', async () => {
  const page = await open('/cross-origin-frame.html');
  const frameOf = () => page.frames().find((frame) => frame.url().startsWith('http://localhost:'))!;
  await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow !== null);
  await expect.poll(() => frameOf()?.url()).toMatch(/frame-child\.html$/);
  await waitForHighlightCount(frameOf(), 'app-ii', 1);

  await setSettings(extension, { pausedSites: ['127.0.0.1'] });
  await waitForHighlightCount(frameOf(), 'app-ii', 0);
  await setSettings(extension, {});
  await waitForHighlightCount(frameOf(), 'app-ii', 1);
  await page.close();
});
