import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { startServer, type TestServer } from '../support/server';
import { badgeOf, openScannedPage } from '../flag-support';
import { hoverCardText } from '../detect-support';
import { hoverFirstHighlight } from '../support/hover-highlight';
import { paintTamperRoute, type PaintTamperPage } from './paint-tamper-pages';

/**
 * Pages whose own style rules restyle Spoor's highlights to nothing (paint-tamper-pages.ts): Spoor sees it as it
 * paints (lib/highlight/paint-guard.ts) and paints them with a user sheet no rule of the page outranks, and the
 * toolbar button's title and the hover card say so. An honest page styling its own highlight gets none of it.
 */
let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startServer([], [paintTamperRoute]);
  extension = await launchWithExtension();
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** Spoor's trade colour and underline as the browser computes them (assets/detect-highlights.css). */
const TRADE_PAINT = { background: 'rgb(177, 151, 252)', line: 'underline' };

/** How the ad's "ivory" mark computes on the page: in the document, or in the shadow root of `#card`. */
const tradePaintOf = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const ad = document.getElementById('ad') ?? document.getElementById('card')?.shadowRoot?.getElementById('ad');
    const style = getComputedStyle(ad!, '::highlight(spoor-trade)');
    return { background: style.backgroundColor, line: style.textDecorationLine };
  });

const CASES: [PaintTamperPage, boolean][] = [
  ['restyled', true],
  ['restyledImportant', true],
  ['restyledLater', true],
  ['restyledElsewhere', true],
  ['shadowRestyledImportant', true],
  // Spoor's sheet, adopted into the shadow root after the page's, outranks its rule: nothing is hidden.
  ['shadowRestyled', false],
  ['ownHighlight', false],
];

describe('a page restyling Spoor’s highlights', () => {
  it.each(CASES)(
    '%s: painted as Spoor paints; title and card say restyled: %s',
    async (name, restyled) => {
      const { page, tabId } = await openScannedPage(extension, server.url(`/paint-tamper/${name}.html`));
      await expect.poll(() => tradePaintOf(page)).toEqual(TRADE_PAINT);
      const title = () => badgeOf(extension.serviceWorker, tabId).then((badge) => badge.title);
      if (restyled) await expect.poll(title).toMatch(/restyle/);
      else expect(await title()).not.toMatch(/restyle/);
      await hoverFirstHighlight(page, 'trade');
      const note = 'This page’s own style rules restyle Spoor’s highlights: Spoor paints over them.';
      if (restyled) expect(await hoverCardText(page)).toContain(note);
      else expect(await hoverCardText(page)).not.toContain(note);
      await page.close();
    },
    150_000,
  );
});
