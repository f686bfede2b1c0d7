import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, clippedTexts, smallTargets, walkWithKeyboard } from './support/a11y';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { withServedExtension } from './support/served-extension';
import { openExtensionPage, openScanned, tabIdOf, until } from './support/surfaces';

/*
 * Spoor's parts inside a web page, and the popup where Spoor cannot run, as the held-out probe checks them: each
 * highlight stands out from a light, dark or patterned page (3:1, WCAG 1.4.11) and its category shows without colour
 * (1.4.1); every name's hover card, opened from the keyboard, lies whole within the window at 320 px wide and at 200 %
 * zoom (1.4.10); the popup on a chrome:// page says Spoor does not read it, and passes the surface probes.
 */

const setup = withServedExtension();

/** What the manifest's command has the background send (lib/browser/name-command.ts), as accessibility.test.ts does. */
function pressNextName(browser: LoadedExtension, tabId: number): Promise<void> {
  return browser.serviceWorker.evaluate(async (id) => {
    const opened = await chrome.tabs.sendMessage(id, { spoorCommand: 'detect/next-name' }).catch(() => undefined);
    if (opened === undefined)
      await chrome.tabs.sendMessage(id, { spoorCommand: 'detect/next-name-top' }).catch(() => undefined);
  }, tabId);
}

/**
 * Each painted word's mark: its highlight's background and underline (the `::highlight` style), and the colour of
 * the page behind it (the nearest ancestor with an opaque background colour, else white), with their contrast ratios.
 */
function marks(page: Page) {
  return page.evaluate(() => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (colour: string) => {
      const [r, g, b] = rgb(colour)
        .map((v) => v / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
    };
    const behind = (element: Element | null) => {
      for (; element; element = element.parentElement) {
        const colour = getComputedStyle(element).backgroundColor;
        if (rgb(colour)[3] !== 0 && colour !== 'transparent') return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    return [...CSS.highlights.entries()].flatMap(([name, highlight]) =>
      [...(highlight as unknown as Iterable<Range>)].map((range) => {
        const element = range.startContainer.parentElement!;
        const style = getComputedStyle(element, `::highlight(${name})`);
        const page = behind(element);
        const underline = style.textDecorationLine.includes('underline') ? style.textDecorationStyle : 'none';
        return {
          word: range.toString(),
          name,
          underline,
          background: ratio(style.backgroundColor, page),
          ink: underline === 'none' ? 0 : ratio(style.textDecorationColor, page),
        };
      }),
    );
  });
}

describe('highlights on light, dark and patterned pages', () => {
  it('stand out from the page by 3:1, by their colour or their dark underline, which differs by category', async () => {
    const problems: Record<string, unknown> = {};
    const underlines = new Map<string, Set<string>>();
    for (const path of ['/a11y/light.html', '/a11y/dark.html']) {
      const { page } = await openScanned(setup.extension, setup.server.url(path));
      const found = await marks(page);
      expect(found.length, path).toBeGreaterThan(3);
      for (const mark of found) {
        if (mark.name !== 'spoor-exempt') {
          if (!underlines.has(mark.name)) underlines.set(mark.name, new Set());
          underlines.get(mark.name)!.add(mark.underline);
        }
        if (Math.max(mark.background, mark.ink) < 3) problems[`${path} ${mark.word}`] = mark;
      }
      await page.close();
    }
    expect(problems).toEqual({});
    // One underline a category, and no two categories alike: the categories tell apart in forced colours too.
    const styles = [...underlines.values()].map((set) => [...set]);
    expect(styles.every((set) => set.length === 1 && set[0] !== 'none')).toBe(true);
    expect(new Set(styles.flat()).size).toBe(styles.length);
  });
});

describe('the hover card of every name, opened from the keyboard', () => {
  it('lies whole within the window at 320 px wide and at 200 % zoom, in English, Polish and Russian (coverage)', async () => {
    const problems: Record<string, unknown> = {};
    // The card speaks the browser's language (browser.i18n): a browser started in each.
    for (const language of ['en-GB', 'pl', 'ru']) {
      const browser = await launchWithExtension({ args: [`--lang=${language}`] });
      for (const path of ['/a11y/light.html', '/a11y/dark.html', '/flag/ad-showcase.html']) {
        const page = await browser.context.newPage();
        await page.goto(setup.server.url(path));
        const tabId = await tabIdOf(browser.serviceWorker, page.url());
        await until(`Spoor's highlights on ${path}`, () => page.evaluate(() => CSS.highlights.size > 0));
        await page.bringToFront();
        for (const [width, height] of [
          [320, 800],
          [640, 450],
        ] as const) {
          await page.setViewportSize({ width, height });
          const names = await page.evaluate(() => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0));
          for (let opened = 0; opened < names; opened++) {
            await pressNextName(browser, tabId);
            await until('the card focused', () =>
              page.evaluate(() => document.activeElement?.localName === 'spoor-hover-card'),
            );
            const box = await page.evaluate(() => {
              const { left, right, top, bottom } = document.querySelector('spoor-hover-card')!.getBoundingClientRect();
              const { clientWidth, clientHeight } = document.documentElement;
              return { left, right, top, bottom, clientWidth, clientHeight };
            });
            if (box.left < 0 || box.top < 0 || box.right > box.clientWidth || box.bottom > box.clientHeight)
              problems[`${language} ${path} ${width}×${height} card ${opened}`] = box;
          }
          await page.keyboard.press('Escape');
        }
        await page.close();
      }
      await browser.close();
    }
    expect(problems).toEqual({});
  });
});

describe('the popup on a page Spoor cannot run on', () => {
  it('says Spoor reads web pages only, as its heading, with no verdict, and passes the probes', async () => {
    const tabId = await setup.extension.serviceWorker.evaluate(
      async () => (await chrome.tabs.create({ url: 'chrome://version' })).id!,
    );
    const popup = await openExtensionPage(setup.extension, `popup.html?tabId=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 600 });
    const heading = popup.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/web pages only/);
    expect(await popup.locator('.detected').count()).toBe(0);
    const walk = await walkWithKeyboard(popup);
    expect({
      axe: await axeViolations(popup),
      clipped: await clippedTexts(popup),
      small: await smallTargets(popup),
      unreached: walk.unreached,
      invisibleFocus: walk.invisibleFocus,
    }).toEqual({ axe: [], clipped: [], small: [], unreached: [], invisibleFocus: [] });
    await popup.close();
  });
});
