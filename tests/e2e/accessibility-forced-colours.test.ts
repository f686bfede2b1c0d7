import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { startServer, type TestServer } from './support/server';
import { flagByShortcut, openExtensionPage } from './support/surfaces';

/*
 * Forced colours (Windows High Contrast): the browser paints every background in the window's colour, so what the
 * design shows by background alone must have a mark of its own that the system colours keep.
 */

let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startServer([resolve(import.meta.dirname, 'pages')]);
  extension = await launchWithExtension();
  await flagByShortcut(extension, server.url('/flag/ad.html'));
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

describe('forced colours', () => {
  it('a selected row of the dashboard still looks selected beyond its checkbox', async () => {
    const dashboard = await openExtensionPage(extension, 'dashboard.html');
    await dashboard.setViewportSize({ width: 1280, height: 800 });
    await dashboard.emulateMedia({ forcedColors: 'active' });
    const row = dashboard.locator('tbody tr[aria-rowindex]').first();
    const checkbox = row.getByRole('checkbox');
    // The row's cells past its checkbox, as painted: the checkbox's own tick is not the row's look.
    const cellsPainted = async () => {
      await dashboard.mouse.move(0, 0);
      const first = await row.locator('td').nth(2).boundingBox();
      const last = await row.locator('td').last().boundingBox();
      return dashboard.screenshot({
        clip: { x: first!.x, y: first!.y, width: last!.x + last!.width - first!.x, height: first!.height },
      });
    };

    await checkbox.waitFor();
    const unselected = await cellsPainted();
    await checkbox.check();
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    const selected = await cellsPainted();
    expect(selected.equals(unselected)).toBe(false);
    await dashboard.close();
  });
});
