import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARSE_WAIT_MS } from '@/lib/flags/page-loading';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { startServer, type Route, type TestServer } from './support/server';
import { openPopup, readDatabase, setResearcher, tabIdOf } from './flag-support';

/*
 * A flag clicked the instant an ad shows, before the browser has its whole page: here a script from a slow server
 * holds the parser (the test lets it through). The flag waits for the page to be parsed and reads it whole, or, when
 * it is not within the wait, reads it as far as it has arrived and says so; before, it waited as long as the page
 * loaded, unsaid.
 */

/** The scripts held, by name, each released by its function. */
const held = new Map<string, () => void>();
const release = (name: string) => held.get(name)?.();

const adPage = (name: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Antique ivory netsuke of a sleeping hare | Slow Market</title>
<link rel="canonical" href="/early/${name}.html"></head>
<body><h1>Antique ivory netsuke of a sleeping hare</h1><p class="price">380,00 €</p>
<p>Elephant ivory (Loxodonta africana), carved before 1947, sold with its CITES certificate.</p>
<script src="/early/held-${name}.js"></script>
<p>Shipped insured from Antwerp.</p></body></html>`;

const earlyRoute: Route = async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const page = /^\/early\/(\w+)\.html$/.exec(path)?.[1];
  if (page) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(adPage(page));
    return true;
  }
  const script = /^\/early\/held-(\w+)\.js$/.exec(path)?.[1];
  if (!script) return false;
  await new Promise<void>((resume) => held.set(script, resume));
  res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end('void 0;');
  return true;
};

let extension: LoadedExtension;
let server: TestServer;
beforeAll(async () => {
  server = await startServer([], [earlyRoute]);
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.early', survey: 'Early flags' });
});
afterAll(async () => {
  for (const name of held.keys()) release(name);
  await extension?.close();
  await server?.close();
});

const flagPanel = (popup: Page) => popup.getByRole('region', { name: 'Flag' });
const flagsOf = async (url: string) =>
  (await readDatabase(extension.serviceWorker)).flags.filter((flag) => flag.canonicalUrl === url);

/** Opens the ad without waiting for it to load, then its popup, and clicks Flag at once. */
async function flagAtOnce(name: string): Promise<{ ad: Page; popup: Page; url: string }> {
  const ad = await extension.context.newPage();
  await ad.goto(server.url(`/early/${name}.html`), { waitUntil: 'commit' });
  const url = ad.url();
  // The tabs API learns a committed page's URL a moment later: asked at once, it may not know the tab yet.
  let tabId: number | undefined;
  await expect
    .poll(async () => (tabId = await tabIdOf(extension.serviceWorker, url).catch(() => undefined)))
    .toBeDefined();
  const popup = await openPopup(extension.context, extension.extensionId, tabId!);
  await flagPanel(popup).getByRole('button', { name: 'Flag this ad' }).click();
  return { ad, popup, url };
}

describe('a flag clicked before the page is read', () => {
  it('is saved once the page is parsed, read whole, with its screenshot', async () => {
    const { ad, popup, url } = await flagAtOnce('parsed');
    await ad.bringToFront();
    await expect.poll(() => held.has('parsed')).toBe(true);
    // The parser is held: nothing of the page after the script exists yet, and nothing is saved.
    expect(await flagsOf(url)).toEqual([]);
    release('parsed');
    await expect.poll(() => flagPanel(popup).getByRole('status').textContent()).toMatch(/^Saved: Flagged on /);
    const [flag] = await flagsOf(url);
    expect(flag!.ad.title).toBe('Antique ivory netsuke of a sleeping hare');
    expect(flag!.observations[0].artifacts.map((artifact: { kind: string }) => artifact.kind)).toEqual([
      'screenshot',
      'snapshot',
    ]);
    await popup.close();
    await ad.close();
  });

  it('is saved as far as the page had arrived when it is still loading after the wait, the ad behind the popup', async () => {
    const { ad, popup, url } = await flagAtOnce('stuck');
    const status = flagPanel(popup).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: PARSE_WAIT_MS + 90_000 }).toMatch(/^Saved: Flagged on /);
    const [flag] = await flagsOf(url);
    const [observation] = flag!.observations;
    expect(flag!.ad.title).toBe('Antique ivory netsuke of a sleeping hare');
    // The record says the page was read only as far as the held script: the line after it was never parsed.
    expect(observation.textCut).toEqual({
      reason: 'loading',
      characters: expect.any(Number),
      after: expect.stringMatching(/sold with its CITES certificate\.\s*$/),
    });
    const matched = observation.detected.flatMap((detection: { matched: string[] }) => detection.matched);
    expect(matched).toContain('Loxodonta africana');
    release('stuck');
    await popup.close();
    await ad.close();
  });
});
