import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, clippedTexts, smallTargets } from './support/a11y';
import { withFlaggedAd } from './support/flagged-ad';
import { flagIdOf, openExtensionPage, openScanned, until, writeSettings } from './support/surfaces';

/*
 * What the other accessibility tests leave out: the popup at 320 CSS px (opened in a tab, or zoomed to 400 %) with
 * the longest strings a seller writes, and the states forced colours would otherwise flatten (a pressed toggle, a
 * disabled button), on any page that shows them.
 */

const setup = withFlaggedAd({ researcherId: 'e2e.narrow', survey: 'Narrow' });

/** An ad with a 300-character title, an unbroken seller handle and reference, at a URL with a long query. */
const longAdUrl = `/a11y/long-strings.html?ref=${'x'.repeat(40)}&utm_source=${'abcdefghij'.repeat(15)}`;

const LANGUAGES = [
  { code: 'en', lang: 'en-GB' },
  { code: 'ru', lang: 'ru' },
] as const;

/** The page's width, the innermost elements past the window's right edge, clipped text and small targets. */
async function reflowProblems(page: Page): Promise<Record<string, unknown>> {
  const past = await page.evaluate(() => {
    const over = [...document.body.querySelectorAll('*')].filter(
      (element) => element.getBoundingClientRect().right > innerWidth + 0.5,
    );
    return over
      .filter((element) => !over.some((other) => other !== element && element.contains(other)))
      .map(
        (element) => `${element.localName}.${element.className} → ${Math.round(element.getBoundingClientRect().right)}`,
      );
  });
  const problems: Record<string, unknown> = {};
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 320) problems.width = width;
  if (past.length) problems.past = past;
  const [clipped, small] = [await clippedTexts(page), await smallTargets(page)];
  if (clipped.length) problems.clipped = clipped;
  if (small.length) problems.small = small;
  return problems;
}

describe('the popup at 320 CSS px', () => {
  it('reflows before and after flagging an ad with a 300-character title and a long URL, in English and Russian', async () => {
    const problems: Record<string, unknown> = {};
    const { page, tabId } = await openScanned(setup.extension, setup.server.url(longAdUrl));
    const open = async () => {
      const popup = await openExtensionPage(setup.extension, `popup.html?tabId=${tabId}`);
      await popup.setViewportSize({ width: 320, height: 800 });
      return popup;
    };
    // Every open page follows the language setting at once.
    const probe = async (popup: Page, state: string, ready: string) => {
      for (const language of LANGUAGES) {
        await writeSettings(setup.extension.serviceWorker, { uiLanguage: language.code });
        await until(`the popup in ${language.code}`, () =>
          popup.evaluate((lang) => document.documentElement.lang === lang, language.lang),
        );
        await popup.locator(ready).first().waitFor();
        const found = await reflowProblems(popup);
        if (Object.keys(found).length) problems[`${state} ${language.code}`] = found;
      }
    };
    const popup = await open();
    await probe(popup, 'before flagging', '.flag-panel .btn--primary');
    // The screenshot is of the visible tab: the ad's.
    await page.bringToFront();
    await popup.locator('.flag-panel .btn--primary').click();
    await probe(popup, 'flagged', '.captured');
    await popup.locator('.captured .cluster button').first().click();
    await probe(popup, 'editing', '.flag-panel form');
    await popup.close();
    const again = await open();
    await probe(again, 'flagged before', '.flagged-before');
    await again.close();
    await page.close();
    await writeSettings(setup.extension.serviceWorker, { uiLanguage: '' });
    expect(problems).toEqual({});
  });

  it('still asks for 400 px, the min-content width Chrome sizes the popup window by', async () => {
    const { page, tabId } = await openScanned(setup.extension, setup.server.url('/flag/ad.html'));
    const popup = await openExtensionPage(setup.extension, `popup.html?tabId=${tabId}`);
    await popup.setViewportSize({ width: 320, height: 800 });
    await popup.locator('.verdict-block').waitFor();
    const wanted = await popup.evaluate(() => {
      document.documentElement.style.inlineSize = 'min-content';
      return document.querySelector('.popup')!.getBoundingClientRect().width;
    });
    expect(wanted).toBe(400);
    await popup.close();
    await page.close();
  });
});

describe('forced colours keep the states a background showed', () => {
  it('a pressed zoom button looks unlike the others, its text at 4.5:1, in light and dark, and a disabled button keeps the system’s GrayText whole', async () => {
    const id = await flagIdOf(setup.extension.serviceWorker, setup.server.url('/flag/ad.html'));
    const record = await openExtensionPage(setup.extension, `record.html?id=${id}`);
    const tools = record.locator('.viewer__tools .btn');
    await tools.first().waitFor();
    // Each zoom button's text and background colours, and their contrast ratio (WCAG's relative luminance).
    const painted = () =>
      tools.evaluateAll((buttons) => {
        const luminance = (colour: string) => {
          const [r, g, b] = (colour.match(/[\d.]+/g) ?? [])
            .map(Number)
            .map((v) => v / 255)
            .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        return buttons.map((button) => {
          const { color, backgroundColor } = getComputedStyle(button);
          const [hi, lo] = [luminance(color), luminance(backgroundColor)].sort((x, y) => y - x);
          return {
            pressed: button.getAttribute('aria-pressed'),
            look: `${color} on ${backgroundColor}`,
            contrast: Math.round(((hi! + 0.05) / (lo! + 0.05)) * 10) / 10,
          };
        });
      });
    for (const colorScheme of ['light', 'dark'] as const) {
      await record.emulateMedia({ forcedColors: 'active', colorScheme });
      const looks = await painted();
      const pressed = looks.filter((button) => button.pressed === 'true');
      const unpressed = looks.filter((button) => button.pressed === 'false');
      expect(pressed).toHaveLength(1);
      expect(unpressed.length).toBeGreaterThan(0);
      for (const button of unpressed) expect(button.look).not.toBe(pressed[0]!.look);
      for (const button of looks) expect(button.contrast, `${colorScheme}: ${button.look}`).toBeGreaterThanOrEqual(4.5);
    }
    await record.close();

    // The dashboard's bulk actions are disabled until a row is selected.
    const dashboard = await openExtensionPage(setup.extension, 'dashboard.html');
    await dashboard.emulateMedia({ forcedColors: 'active' });
    await dashboard.locator('tbody a.cell-link').first().waitFor();
    const faded = await dashboard
      .locator('.btn:disabled')
      .evaluateAll((buttons) => buttons.map((button) => getComputedStyle(button).opacity));
    expect(faded.length).toBeGreaterThan(0);
    expect(faded.every((opacity) => opacity === '1')).toBe(true);
    await dashboard.close();
  });
});

/**
 * Where the two screenshots differ by more than anti-aliasing (a channel off by more than 16): decoded in a blank page,
 * as extension pages' CSP keeps data: images out.
 */
async function paintDifference(blank: Page, before: Buffer, after: Buffer): Promise<number> {
  const urls = [before, after].map((shot) => `data:image/png;base64,${shot.toString('base64')}`);
  return blank.evaluate(async (sources) => {
    const pixels = async (source: string) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height).data;
    };
    const [one, two] = [await pixels(sources[0]!), await pixels(sources[1]!)];
    if (one.length !== two.length) return Number.POSITIVE_INFINITY;
    let differing = 0;
    for (let at = 0; at < one.length; at += 4)
      if ([0, 1, 2].some((channel) => Math.abs(one[at + channel]! - two[at + channel]!) > 16)) differing += 1;
    return differing;
  }, urls);
}

/** Text, fields and placeholders whose computed -webkit-text-fill-color is not the colour they are painted in. */
function staleTextFills(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const stale = new Set<string>();
    for (const element of document.body.querySelectorAll('*')) {
      const field = element.matches('input, select, textarea');
      const ownText = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim() !== '');
      if (!field && !ownText) continue;
      const parts = [getComputedStyle(element), ...(field ? [getComputedStyle(element, '::placeholder')] : [])];
      for (const style of parts)
        if (style.webkitTextFillColor !== style.color)
          stale.add(`${element.localName}.${element.className}: ${style.webkitTextFillColor} for ${style.color}`);
    }
    return [...stale];
  });
}

describe('forced colours, light and dark, on every page', () => {
  it('axe finds nothing, every text states the colour it is painted in, and stating it changes no pixel, selected or not', async () => {
    const { page: ad, tabId } = await openScanned(setup.extension, setup.server.url('/flag/ad-showcase.html'));
    const id = await flagIdOf(setup.extension.serviceWorker, setup.server.url('/flag/ad.html'));
    const pages = [
      [`popup.html?tabId=${tabId}`, '.flag-panel .btn--primary'],
      ['dashboard.html', 'tbody a.cell-link'],
      [`record.html?id=${id}`, '.viewer img'],
      ['options.html', '[data-testid=dictionary-status]'],
      ['welcome.html', 'form'],
    ] as const;
    const blank = await setup.extension.context.newPage();
    const problems: Record<string, unknown> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [path, ready] of pages) {
        const page = await setup.extension.context.newPage();
        await page.emulateMedia({ forcedColors: 'active', colorScheme });
        await page.goto(`chrome-extension://${setup.extension.extensionId}/${path}`);
        await page.locator(ready).first().waitFor();
        const axe = await axeViolations(page);
        if (axe.length) problems[`${colorScheme} ${path} axe`] = axe;
        // Contrast checkers read -webkit-text-fill-color first; the system colour is what the screen shows.
        const stale = await staleTextFills(page);
        if (stale.length) problems[`${colorScheme} ${path} text fill`] = stale;
        // Chromium paints forced text in the system colours whatever the fill says: the page's own rules, taken
        // off, must leave every text, field, link and selection as it was.
        await page.evaluate(() => getSelection()!.selectAllChildren(document.body));
        // Icons are no text, and their edges' anti-aliasing varies from one paint to the next.
        const icons = { mask: [page.locator('svg')] };
        const stated = await page.screenshot(icons);
        const unstated = await page.addStyleTag({
          content: '*, ::placeholder, ::file-selector-button { -webkit-text-fill-color: initial !important; }',
        });
        const bare = await page.screenshot(icons);
        await unstated.evaluate((style) => style.parentNode?.removeChild(style));
        const differing = await paintDifference(blank, stated, bare);
        if (differing) problems[`${colorScheme} ${path} pixels the fill rules changed`] = differing;
        await page.close();
      }
    }
    await blank.close();
    await ad.close();
    expect(problems).toEqual({});
  });
});
