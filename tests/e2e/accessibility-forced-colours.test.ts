import { describe, expect, it } from 'vitest';
import { withFlaggedAd } from './support/flagged-ad';
import { openExtensionPage, openScanned, tabIdOf, until } from './support/surfaces';

/*
 * Forced colours (Windows High Contrast): the browser paints every background in the window's colour, so what the
 * design shows by background alone must have a mark of its own that the system colours keep.
 */

const setup = withFlaggedAd();

describe('forced colours', () => {
  it('a selected row of the dashboard still looks selected beyond its checkbox', async () => {
    const dashboard = await openExtensionPage(setup.extension, 'dashboard.html');
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

  it('the popup legend’s underlines, the one thing left telling its categories apart, show on a dark window', async () => {
    const { tabId } = await openScanned(setup.extension, setup.server.url('/flag/ad-showcase.html'));
    const popup = await openExtensionPage(setup.extension, `popup.html?tabId=${tabId}`);
    await popup.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await popup.locator('.flag-panel .btn--primary').waitFor();
    // The legend comes after the first pointer move.
    await popup.mouse.move(100, 100);
    await popup.mouse.move(120, 130);
    await popup.locator('.swatch').first().waitFor({ state: 'attached' });
    const swatches = await popup.evaluate(() =>
      [...document.querySelectorAll('.swatch')].map((swatch) => {
        const style = getComputedStyle(swatch);
        return { text: style.color, underline: style.textDecorationColor, style: style.textDecorationStyle };
      }),
    );
    expect(swatches).toHaveLength(4);
    expect(new Set(swatches.map((swatch) => swatch.style)).size).toBe(4);
    for (const swatch of swatches) expect(swatch.underline).toBe(swatch.text);
    await popup.close();
  });

  it('a name the Appendices leave out stays unmarked on the page, and a listed name keeps its mark', async () => {
    const page = await setup.extension.context.newPage();
    // Chromium paints every registered highlight in the system Highlight colours here, whatever its rules say.
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(setup.server.url('/detect/exempt.html'));
    await tabIdOf(setup.extension.serviceWorker, page.url());
    await until('the listed name painted', () =>
      page.evaluate(() => (CSS.highlights.get('spoor-app-i')?.size ?? 0) > 0),
    );
    // Found and painted once the page leaves forced colours, taken off again when it comes back to them.
    await page.emulateMedia({ forcedColors: 'none' });
    await until('the exempt name painted', () =>
      page.evaluate(() => (CSS.highlights.get('spoor-exempt')?.size ?? 0) > 0),
    );
    await page.emulateMedia({ forcedColors: 'active' });
    await until('the exempt name off the page', () => page.evaluate(() => !CSS.highlights.has('spoor-exempt')));
    // Each word's box as painted, then again with Spoor's highlights taken off the page.
    const boxOf = (id: string, word: string) =>
      page.evaluate(
        ([at, text]) => {
          const node = document.getElementById(at!)!.firstChild!;
          const range = document.createRange();
          const start = node.textContent!.indexOf(text!);
          range.setStart(node, start);
          range.setEnd(node, start + text!.length);
          const { x, y, width, height } = range.getBoundingClientRect();
          return { x, y: y - 2, width, height: height + 6 };
        },
        [id, word],
      );
    const words = { exempt: await boxOf('pets', 'budgies'), listed: await boxOf('listed', 'Psittacus erithacus') };
    const painted = {
      exempt: await page.screenshot({ clip: words.exempt }),
      listed: await page.screenshot({ clip: words.listed }),
    };
    await page.evaluate(() => CSS.highlights.clear());
    expect((await page.screenshot({ clip: words.exempt })).equals(painted.exempt)).toBe(true);
    expect((await page.screenshot({ clip: words.listed })).equals(painted.listed)).toBe(false);
    await page.close();
  });
});
