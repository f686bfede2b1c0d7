// npm run screenshots [-- --out dir --lang fr --scheme dark]
// The README's pictures, taken from the built extension in Chromium with the
// browser tests' fixture ads (tests/e2e/pages/flag), so they show Spoor as it is.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import {
  flagByShortcut,
  flagIdOf,
  openExtensionPage,
  openScanned,
  until,
  writeSettings,
} from '../tests/e2e/support/surfaces.ts';

const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/images' },
    lang: { type: 'string', default: '' },
    scheme: { type: 'string', default: 'light' },
  },
});
const out = resolve(options.out!);
const scheme = options.scheme === 'dark' ? 'dark' : 'light';
mkdirSync(out, { recursive: true });

const server = await startServer([resolve(import.meta.dirname, '../tests/e2e/pages')]);
const extension = await launchWithExtension();
const shot = async (page: Page, name: string, fullPage = true) => {
  await page.screenshot({ path: resolve(out, `${name}.png`), fullPage, animations: 'disabled' });
  console.log(`wrote ${options.out}/${name}.png`);
};
const styled = async (page: Page, width: number, height: number) => {
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height });
};

try {
  await writeSettings(extension.serviceWorker, {
    researcherId: 'anna.k',
    survey: 'Ivory online 2026',
    uiLanguage: options.lang,
  });
  for (const path of ['/flag/ad.html', '/flag/ad-2.html', '/flag/ad-parrot.html']) {
    await flagByShortcut(extension, server.url(path));
  }

  // The hover card over a highlighted word of an ad.
  const showcase = server.url('/flag/ad-showcase.html');
  const { page: ad, tabId } = await openScanned(extension, showcase);
  await styled(ad, 900, 420);
  const word = await until('a highlighted "ivory"', () =>
    ad.evaluate(() => {
      for (const range of (CSS.highlights.get('spoor-trade') ?? []) as Iterable<Range>) {
        if (range.toString().toLowerCase().includes('ivory')) {
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
      }
      return undefined;
    }),
  );
  await ad.mouse.move(word.x, word.y);
  await ad.waitForSelector('spoor-hover-card', { state: 'attached' });
  await shot(ad, 'hover-card', false);
  await ad.mouse.move(1, 1);

  // The popup before and after flagging, at its real width.
  const popup = await openExtensionPage(extension, `popup.html?tabId=${tabId}`);
  await styled(popup, 400, 600);
  await popup.locator('.flag-panel .btn--primary').waitFor();
  await shot(popup, 'popup');
  // The screenshot evidence is taken of the ad's tab at a desktop size.
  await ad.setViewportSize({ width: 1280, height: 720 });
  await ad.bringToFront();
  await popup.locator('.flag-panel .btn--primary').click();
  await popup.locator('.captured').waitFor({ timeout: 20_000 });
  await popup.locator('.thumb img').first().waitFor();
  await shot(popup, 'popup-flagged');

  // The dashboard, then one flag in its side panel.
  const dashboard = await openExtensionPage(extension, 'dashboard.html');
  await styled(dashboard, 1360, 860);
  await until(
    'four flags on the dashboard',
    async () => (await dashboard.locator('tbody tr[aria-rowindex]').count()) === 4,
  );
  await dashboard.locator('.thumb-cell img').first().waitFor();
  await shot(dashboard, 'dashboard', false);

  // The record page of the flag just made.
  const record = await openExtensionPage(
    extension,
    `record.html?id=${await flagIdOf(extension.serviceWorker, showcase)}`,
  );
  await styled(record, 1360, 900);
  await record.locator('.viewer img').waitFor();
  await shot(record, 'record', false);
} finally {
  await extension.close();
  await server.close();
}
