import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, clippedTexts, smallTargets, walkWithKeyboard } from './support/a11y';
import { withServedExtension } from './support/served-extension';
import {
  flagByShortcut,
  flagIdOf,
  openExtensionPage,
  openScanned,
  tabIdOf,
  until,
  writeSettings,
} from './support/surfaces';

/*
 * Every surface of Spoor, in all eight languages (English and French in light and dark), checked the
 * way the held-out accessibility probe checks a build: no axe-core violation
 * of critical, serious or moderate impact, no clipped text, no target under
 * 24 px, every action reachable with Tab and showing where focus is.
 */

const setup = withServedExtension();
/** English and French in both schemes; the other six, whose words run longest, for clipping and the popup's height. */
const LANGUAGES = [
  { code: 'en', lang: 'en-GB', schemes: ['light', 'dark'] },
  { code: 'fr', lang: 'fr', schemes: ['light', 'dark'] },
  { code: 'de', lang: 'de', schemes: ['light'] },
  { code: 'nl', lang: 'nl', schemes: ['light'] },
  { code: 'es', lang: 'es', schemes: ['light'] },
  { code: 'it', lang: 'it', schemes: ['light'] },
  { code: 'pl', lang: 'pl', schemes: ['light'] },
  { code: 'ru', lang: 'ru', schemes: ['dark'] },
] as const;

beforeAll(async () => {
  await writeSettings(setup.extension.serviceWorker, { researcherId: 'e2e.a11y', survey: 'Accessibility' });
  for (const path of ['/flag/ad.html', '/flag/ad-parrot.html'])
    await flagByShortcut(setup.extension, setup.server.url(path));
});

/**
 * Switches every open page's language through the settings, as the options page does, and waits for this page to
 * follow.
 */
async function speak(page: Page, language: (typeof LANGUAGES)[number]): Promise<void> {
  await writeSettings(setup.extension.serviceWorker, { uiLanguage: language.code });
  await until(`${page.url()} in ${language.code}`, () =>
    page.evaluate((lang) => document.documentElement.lang === lang, language.lang),
  );
}

/** The probes that must find nothing, in both languages and both colour schemes; a keyboard walk in two of the four. */
async function checkEverywhere(page: Page, ready: () => Promise<unknown>): Promise<void> {
  const problems: Record<string, unknown> = {};
  for (const language of LANGUAGES) {
    await speak(page, language);
    for (const scheme of language.schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      await ready();
      const where = `${language.code} ${scheme}`;
      const [axe, clipped, small] = [await axeViolations(page), await clippedTexts(page), await smallTargets(page)];
      if (axe.length) problems[`${where} axe`] = axe;
      if (clipped.length) problems[`${where} clipped text`] = clipped;
      if (small.length) problems[`${where} targets under 24 px`] = small;
      if ((language.code === 'en') === (scheme === 'light')) {
        const walk = await walkWithKeyboard(page);
        if (walk.unreached.length) problems[`${where} not reachable with Tab`] = walk.unreached;
        if (walk.invisibleFocus.length) problems[`${where} focus not visible`] = walk.invisibleFocus;
      }
    }
  }
  await writeSettings(setup.extension.serviceWorker, { uiLanguage: '' });
  expect(problems).toEqual({});
}

describe('the probes', () => {
  it('notice each kind of problem, so a clean result means something', async () => {
    const page = await setup.extension.context.newPage();
    await page.goto(setup.server.url('/a11y/broken.html'));
    const axe = (await axeViolations(page)).map((violation) => violation.id);
    expect(axe).toContain('label');
    expect(axe).toContain('aria-prohibited-attr');
    expect((await clippedTexts(page)).map((found) => found.text)).toEqual([
      'A sentence far too long for its narrow box',
    ]);
    expect((await smallTargets(page)).map((found) => found.detail)).toContain('13.0 × 13.0');
    const walk = await walkWithKeyboard(page);
    // The button that removes its ring, and the browser's own thin (1 px) rings on the unstyled fields.
    expect(walk.invisibleFocus.map((found) => found.element)).toEqual([
      'input[type=text].',
      'input[type=checkbox].',
      'button[type=button].no-ring',
    ]);
    expect(walk.unreached).toEqual([]);
    await page.close();
  });
});

describe('every surface is accessible in eight languages, light and dark', () => {
  it('the welcome page, opened when Spoor was installed', async () => {
    const welcome = await until('the welcome page', async () =>
      setup.extension.context.pages().find((page) => page.url().endsWith('/welcome.html')),
    );
    await welcome.setViewportSize({ width: 1280, height: 900 });
    await checkEverywhere(welcome, () => welcome.getByRole('form', { name: /.+/ }).first().waitFor());
  });

  it('the popup before and after flagging, within Chrome’s 600 px without scrolling', async () => {
    const { page: ad, tabId } = await openScanned(setup.extension, setup.server.url('/flag/ad-showcase.html'));
    const popup = await openExtensionPage(setup.extension, `popup.html?tabId=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 600 });
    const flagButton = popup.locator('.flag-panel .btn--primary');
    await checkEverywhere(popup, () => flagButton.waitFor());
    const heights: Record<string, number> = {};
    const measure = async (when: string) => {
      for (const language of LANGUAGES) {
        await speak(popup, language);
        // The content's own height: the document is never shorter than the 600 px window.
        const size = await popup.evaluate(() => ({
          height: Math.ceil(document.querySelector('.popup')!.getBoundingClientRect().height),
          width: document.documentElement.scrollWidth,
        }));
        heights[`${when} ${language.code}`] = size.height;
        expect(size.width, `${when} ${language.code}: no sideways scrolling`).toBeLessThanOrEqual(400);
      }
    };
    await measure('before flagging');

    await ad.bringToFront();
    await flagButton.click();
    await popup.locator('.captured').waitFor();
    await popup.locator('.thumb img').first().waitFor();
    await checkEverywhere(popup, () => popup.locator('.captured').waitFor());
    await measure('after flagging');
    console.info('popup heights (px):', heights);
    for (const [when, height] of Object.entries(heights)) expect(height, when).toBeLessThanOrEqual(600);
    await popup.close();
    await ad.close();
  });

  it('the popup on a page that names only species the Appendices leave out, and on one that names none', async () => {
    for (const path of ['/detect/exempt-only.html', '/a11y/quiet.html']) {
      // No badge to wait for: the popup's verdict says when the tab has reported.
      const ad = await setup.extension.context.newPage();
      await ad.goto(setup.server.url(path));
      const tabId = await tabIdOf(setup.extension.serviceWorker, ad.url());
      const popup = await openExtensionPage(setup.extension, `popup.html?tabId=${tabId}`);
      await popup.setViewportSize({ width: 400, height: 600 });
      // The verdict's block is there once the tab's findings are read ("Looking…" is a bare heading).
      await checkEverywhere(popup, () => popup.locator('.verdict-block').waitFor());
      await popup.close();
      await ad.close();
    }
  });

  it('the dashboard with a flag open in the side panel', async () => {
    const dashboard = await openExtensionPage(setup.extension, 'dashboard.html');
    await dashboard.setViewportSize({ width: 1280, height: 900 });
    const firstTitle = dashboard.locator('tbody a.cell-link').first();
    await firstTitle.click();
    const panel = dashboard.getByRole('complementary');
    await checkEverywhere(dashboard, () => panel.locator('.viewer img').waitFor());
    await dashboard.close();
  });

  it('the settings page', async () => {
    const options = await openExtensionPage(setup.extension, 'options.html');
    await options.setViewportSize({ width: 1280, height: 900 });
    await checkEverywhere(options, () => options.getByTestId('dictionary-status').waitFor());
    await options.close();
  });

  it('the record page', async () => {
    const id = await flagIdOf(setup.extension.serviceWorker, setup.server.url('/flag/ad.html'));
    const record = await openExtensionPage(setup.extension, `record.html?id=${id}`);
    await record.setViewportSize({ width: 1280, height: 900 });
    await checkEverywhere(record, () => record.locator('.viewer img').waitFor());
    await record.close();
  });
});

/**
 * WCAG 1.4.10: at 320 CSS px wide (a 1280 px window at 400 % zoom) a page reads in one column, with no sideways
 * scrolling, no text cut off and every target still 24 px, in English and in the two languages whose words run longest.
 */
describe('every page reflows to 320 px wide', () => {
  const REFLOW = LANGUAGES.filter((language) => ['en', 'pl', 'ru'].includes(language.code));
  async function checkReflow(page: Page, ready: () => Promise<unknown>): Promise<void> {
    await page.setViewportSize({ width: 320, height: 800 });
    const problems: Record<string, unknown> = {};
    for (const language of REFLOW) {
      await speak(page, language);
      await ready();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) problems[`${language.code} page width`] = width;
      const [clipped, small] = [await clippedTexts(page), await smallTargets(page)];
      if (clipped.length) problems[`${language.code} clipped text`] = clipped;
      if (small.length) problems[`${language.code} targets under 24 px`] = small;
    }
    await writeSettings(setup.extension.serviceWorker, { uiLanguage: '' });
    expect(problems).toEqual({});
  }

  it('the settings page', async () => {
    const options = await openExtensionPage(setup.extension, 'options.html');
    await checkReflow(options, () => options.getByTestId('dictionary-status').waitFor());
    await options.close();
  });

  it('the welcome page', async () => {
    const welcome = await openExtensionPage(setup.extension, 'welcome.html');
    await checkReflow(welcome, () => welcome.getByRole('form', { name: /.+/ }).first().waitFor());
    await welcome.close();
  });

  it('the dashboard, then with a flag open in the side panel', async () => {
    const dashboard = await openExtensionPage(setup.extension, 'dashboard.html');
    const firstTitle = dashboard.locator('tbody a.cell-link').first();
    await checkReflow(dashboard, () => firstTitle.waitFor());
    await firstTitle.click();
    const panel = dashboard.getByRole('complementary');
    await checkReflow(dashboard, () => panel.locator('.viewer img').waitFor());
    await dashboard.close();
  });

  it('the record page', async () => {
    const id = await flagIdOf(setup.extension.serviceWorker, setup.server.url('/flag/ad.html'));
    const record = await openExtensionPage(setup.extension, `record.html?id=${id}`);
    await checkReflow(record, () => record.locator('.viewer img').waitFor());
    await record.close();
  });
});

/**
 * What the manifest's command (Alt+Shift+N) has the background send (lib/browser/name-command.ts): to the frame
 * holding keyboard focus, else to the top frame. The browser's own shortcuts are out of Playwright's reach.
 */
function pressNextName(tabId: number): Promise<void> {
  return setup.extension.serviceWorker.evaluate(async (id) => {
    const opened = await chrome.tabs.sendMessage(id, { spoorCommand: 'detect/next-name' }).catch(() => undefined);
    if (opened === undefined)
      await chrome.tabs.sendMessage(id, { spoorCommand: 'detect/next-name-top' }).catch(() => undefined);
  }, tabId);
}

describe("a highlighted name's hover card, from the keyboard", () => {
  it('opens on the next name as a focused, named dialog, closes on Escape with focus back, and keeps a border in forced colours', async () => {
    const { page, tabId } = await openScanned(setup.extension, setup.server.url('/flag/ad.html'));
    await page.bringToFront();
    const cdp = await page.context().newCDPSession(page);
    const nextName = () => pressNextName(tabId);
    const focused = () => page.evaluate(() => document.activeElement?.localName);
    const openCard = async () => {
      await nextName();
      await until('the card focused', async () => (await focused()) === 'spoor-hover-card');
    };
    const before = await focused();
    await openCard();
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const dialog = nodes.find((node) => node.role?.value === 'dialog');
    expect(dialog?.name?.value).toMatch(/^[A-Z][a-z]+/);
    // Its lines are in the accessibility tree, for a screen reader to read.
    const texts = nodes.filter((node) => node.role?.value === 'StaticText').map((node) => String(node.name?.value));
    expect(texts.some((text) => /CITES/.test(text))).toBe(true);

    await page.keyboard.press('Escape');
    await until('the card closed', () => page.evaluate(() => !document.querySelector('spoor-hover-card')));
    expect(await focused()).toBe(before);

    await page.emulateMedia({ forcedColors: 'active' });
    await openCard();
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    await cdp.send('CSS.enable');
    type DomNode = typeof root;
    const find = (node: DomNode): DomNode | undefined =>
      node.attributes?.join(' ').includes('class card')
        ? node
        : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean);
    const card = find(root)!;
    const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: card.nodeId });
    const style = Object.fromEntries(computedStyle.map(({ name, value }) => [name, value]));
    expect([style['border-top-style'], style['border-top-width'], style['box-shadow']]).toEqual([
      'solid',
      '1px',
      'none',
    ]);
    await page.emulateMedia({ forcedColors: 'none' });
    await page.close();
  });

  it('opens in the embedded frame that holds keyboard focus, on that frame’s names, and focus stays in it', async () => {
    const { page, tabId } = await openScanned(setup.extension, setup.server.url('/detect/frames.html'));
    await page.bringToFront();
    const child = page.frames().find((frame) => frame.url().endsWith('/frame-child.html'))!;
    const focused = (frame: typeof child) => frame.evaluate(() => document.activeElement?.localName);
    // The reader clicked into the embedded listing: its document holds focus, the top frame's is the iframe.
    await page.frameLocator('#child').locator('p').click();
    await until('the frame’s card focused', async () => {
      await pressNextName(tabId);
      return (await focused(child)) === 'spoor-hover-card';
    });
    expect(await focused(page.mainFrame())).toBe('iframe');
    expect(await page.evaluate(() => document.querySelector('spoor-hover-card'))).toBeNull();
    await page.keyboard.press('Escape');
    await until('the card closed', () => child.evaluate(() => !document.querySelector('spoor-hover-card')));
    await page.close();
  });
});
