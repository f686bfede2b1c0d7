import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clippedTexts } from './support/a11y';
import { withFlaggedAd } from './support/flagged-ad';
import { openExtensionPage, until, writeSettings } from './support/surfaces';

/*
 * WCAG 1.4.12 and 2.3.3 on the built pages, in the languages whose words run longest: a reader's own text spacing
 * (line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em) clips nothing and widens no page past
 * 320 px, and with reduced motion asked for nothing moves.
 */

const LANGUAGES = [
  { code: 'en', lang: 'en-GB' },
  { code: 'de', lang: 'de' },
  { code: 'pl', lang: 'pl' },
  { code: 'ru', lang: 'ru' },
] as const;

/** The bookmarklet the WCAG technique names (the text spacing override), as a style sheet over everything. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

const setup = withFlaggedAd({ researcherId: 'e2e.a11y', survey: 'Accessibility' });

/** What each language shows with the override at 320 px and at 1280 px, and what still moves under reduced motion. */
async function probe(page: Page, ready: () => Promise<unknown>): Promise<Record<string, unknown>> {
  const problems: Record<string, unknown> = {};
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addStyleTag({ content: TEXT_SPACING });
  for (const language of LANGUAGES) {
    await writeSettings(setup.extension.serviceWorker, { uiLanguage: language.code });
    await until(`${page.url()} in ${language.code}`, () =>
      page.evaluate((lang) => document.documentElement.lang === lang, language.lang),
    );
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await ready();
      const clipped = await clippedTexts(page);
      if (clipped.length) problems[`${language.code} ${width} px clipped`] = clipped;
      // When the page is wider than the window, the innermost elements past its edge (a table scrolls in its own box).
      const past = await page.evaluate((edge) => {
        if (document.documentElement.scrollWidth <= edge) return [];
        const over = [...document.querySelectorAll('body *')].filter(
          (element) => element.getBoundingClientRect().right > edge + 0.5,
        );
        return over
          .filter((element) => !over.some((other) => other !== element && element.contains(other)))
          .map((element) => `${element.outerHTML.slice(0, 90)} → ${Math.round(element.getBoundingClientRect().right)}`);
      }, width);
      if (past.length) problems[`${language.code} ${width} px past the edge`] = past;
    }
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((element) => ({ element, style: getComputedStyle(element) }))
        .filter(({ style }) =>
          [style.animationDuration, style.transitionDuration].some((value) =>
            value.split(',').some((part) => parseFloat(part) > 0.01),
          ),
        )
        .map(({ element }) => element.outerHTML.slice(0, 80)),
    );
    if (moving.length) problems[`${language.code} moves under reduced motion`] = moving;
  }
  await writeSettings(setup.extension.serviceWorker, { uiLanguage: '' });
  return problems;
}

describe('text spacing and reduced motion', () => {
  it('the settings page', async () => {
    const options = await openExtensionPage(setup.extension, 'options.html');
    expect(await probe(options, () => options.getByTestId('dictionary-status').waitFor())).toEqual({});
    await options.close();
  });

  it('the dashboard', async () => {
    const dashboard = await openExtensionPage(setup.extension, 'dashboard.html');
    expect(await probe(dashboard, () => dashboard.locator('tbody a.cell-link').first().waitFor())).toEqual({});
    await dashboard.close();
  });

  it('the welcome page', async () => {
    const welcome = await openExtensionPage(setup.extension, 'welcome.html');
    expect(await probe(welcome, () => welcome.getByRole('form', { name: /.+/ }).first().waitFor())).toEqual({});
    await welcome.close();
  });
});
