import 'fake-indexeddb/auto';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedBatchJson } from '../support/signed-batch';
import { axeViolations, clippedTexts, pageWidth, smallTargets, walkWithKeyboard } from './support/a11y';
import { withServedExtension } from './support/served-extension';
import { flagByShortcut, until, writeSettings } from './support/surfaces';

/*
 * The states the surface probe (accessibility.test.ts) does not reach: a refused import, a merge's conflicts, each
 * export, a refused backup and a refused checklist, driven in the built extension and probed in English, Polish and
 * Russian, light, dark and forced colours, at 320 px and at 200 % zoom; an error is tied to the control it is about
 * and announced, and Escape closes a batch panel with focus back on its button.
 */

const setup = withServedExtension();

// Only a backstop: every wait inside is bounded by PATIENCE_MS (until) and ends as soon as its state holds. A test
// probes 9 states in 5 views each, work that grows with the machine's load: the export's took 129 s at load 20-25, so
// the e2e project's 300 s would time it out at load 50 while it was still probing.
vi.setConfig({ testTimeout: 900_000 });

const LANGUAGES = [
  { code: 'en', lang: 'en-GB' },
  { code: 'pl', lang: 'pl' },
  { code: 'ru', lang: 'ru' },
] as const;

/** A 1280 × 900 window as it is, dark, in forced colours, at 400 % (320 px) and at 200 % (640 × 450 CSS px). */
const VIEWS = [
  { name: 'light', width: 1280, height: 900, colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', width: 1280, height: 900, colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours', width: 1280, height: 900, colorScheme: 'light', forcedColors: 'active' },
  { name: '320 px', width: 320, height: 800, colorScheme: 'light', forcedColors: 'none' },
  { name: '200 % zoom', width: 640, height: 450, colorScheme: 'light', forcedColors: 'none' },
] as const;

beforeAll(async () => {
  await writeSettings(setup.extension.serviceWorker, { researcherId: 'e2e.states', survey: 'States' });
  for (const path of ['/flag/ad.html', '/flag/ad-parrot.html'])
    await flagByShortcut(setup.extension, setup.server.url(path));
});

/**
 * An extension page opened in a language (the page reads it from the settings as it starts), without the File System
 * Access picker, so an export takes the download path.
 */
async function openPage(path: string, language: (typeof LANGUAGES)[number]): Promise<Page> {
  await writeSettings(setup.extension.serviceWorker, { uiLanguage: language.code });
  const page = await setup.extension.context.newPage();
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
  await page.goto(`chrome-extension://${setup.extension.extensionId}/${path}`);
  await until(`${path} in ${language.code}`, () =>
    page.evaluate((lang) => document.documentElement.lang === lang, language.lang),
  );
  return page;
}

/**
 * The probes in every view of a state driven in one language (a change of language starts the page afresh): what
 * they found, by where; a keyboard walk in the first view.
 */
async function probe(page: Page, language: string, ready: () => Promise<unknown>): Promise<Record<string, unknown>> {
  const problems: Record<string, unknown> = {};
  for (const view of VIEWS) {
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.emulateMedia({ colorScheme: view.colorScheme, forcedColors: view.forcedColors });
    await ready();
    const where = `${language} ${view.name}`;
    const [axe, clipped, small] = [await axeViolations(page), await clippedTexts(page), await smallTargets(page)];
    const width = await pageWidth(page);
    if (axe.length) problems[`${where} axe`] = axe;
    if (clipped.length) problems[`${where} clipped text`] = clipped;
    if (small.length) problems[`${where} targets under 24 px`] = small;
    if (width.scrollWidth > view.width) problems[`${where} page width`] = width;
    if (view === VIEWS[0]) {
      const walk = await walkWithKeyboard(page);
      if (walk.unreached.length) problems[`${where} not reachable with Tab`] = walk.unreached;
      if (walk.invisibleFocus.length) problems[`${where} focus not visible`] = walk.invisibleFocus;
    }
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems;
}

/**
 * What a screen reader learns of a control's error: whether the control says it is invalid, its description
 * (aria-describedby), and whether that description sits in a live region (alert or status), so it was announced.
 */
function errorOf(control: Locator) {
  return control.evaluate((element) => {
    const described = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const parts = described.map((id) => document.getElementById(id)).filter((part): part is HTMLElement => !!part);
    return {
      invalid: element.getAttribute('aria-invalid'),
      description: parts.map((part) => part.textContent ?? '').join(' '),
      announced: parts.some(
        (part) => !!part.closest('[role=alert], [role=status]') || !!part.querySelector('[role=alert]'),
      ),
    };
  });
}

/** Escape from inside an open batch panel closes it, and focus goes back to the button that opened it. */
async function escapeCloses(page: Page, opener: Locator, inside: Locator): Promise<void> {
  await inside.focus();
  await page.keyboard.press('Escape');
  await until('the panel closed', async () => (await opener.getAttribute('aria-expanded')) === 'false');
  expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
}

/** Two researchers' signed batches naming the same ad, one selling and one wanting: the second conflicts. */
async function conflictingBatches(pass: string): Promise<Array<{ name: string; mimeType: string; buffer: Buffer }>> {
  const files = [];
  for (const [researcher, intent] of [
    [`anna.${pass}`, 'selling'],
    [`ben.${pass}`, 'wanted'],
  ] as const) {
    const json = await signedBatchJson(`states-${researcher}`, researcher, 'States', { intent });
    files.push({ name: `${researcher}.json`, mimeType: 'application/json', buffer: Buffer.from(json) });
  }
  return files;
}

describe('states behind an action, probed in en, pl and ru, light, dark, forced colours, 320 px and 200 %', () => {
  afterAll(() => writeSettings(setup.extension.serviceWorker, { uiLanguage: '' }));

  it('the dashboard’s export, saved as a bundle, JSON and CSV', async () => {
    const problems: Record<string, unknown> = {};
    for (const language of LANGUAGES) {
      const dashboard = await openPage('dashboard.html', language);
      const opener = dashboard.locator('.batch-actions > button').nth(0);
      await opener.click();
      const form = dashboard.locator('.batch-panel form');
      // Every flag the dashboard shows (the two flagged at the start): they are marked exported after the first export.
      await form.locator('input[name=batch-scope]').nth(2).check();
      for (const [index, format] of ['bundle', 'JSON', 'CSV'].entries()) {
        await form.locator('input[name=batch-format]').nth(index).check();
        await form.locator('button[type=submit]').click();
        const saved = form.locator('.notice--success [role=status]');
        // Saved under its file name, whose extension is the format's.
        const suffix = ['.zip', '.json', '.csv'][index]!;
        await until(`the ${format} saved`, async () => ((await saved.textContent()) ?? '').includes(suffix));
        Object.assign(problems, await probe(dashboard, `${language.code} ${format}`, () => saved.waitFor()));
      }
      await escapeCloses(dashboard, opener, form.locator('button[type=submit]'));
      await dashboard.close();
    }
    expect(problems).toEqual({});
  });

  it('the dashboard’s import: a refused batch and a file of another kind, then two batches that conflict', async () => {
    const problems: Record<string, unknown> = {};
    for (const language of LANGUAGES) {
      const dashboard = await openPage('dashboard.html', language);
      const opener = dashboard.locator('.batch-actions > button').nth(1);
      await opener.click();
      const form = dashboard.locator('.batch-panel form');
      const input = form.locator('input[type=file]');
      await input.setInputFiles([
        {
          name: 'broken-batch.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify({ format: 'spoor-batch', formatVersion: 2, batch: { id: 7 }, flags: [] })),
        },
        { name: 'prices.csv', mimeType: 'text/csv', buffer: Buffer.from('date,amount\n2026-01-01,5\n') },
      ]);
      await form.locator('button[type=submit]').click();
      const report = form.locator('ul.file-report');
      await report.waitFor();
      const error = await errorOf(input);
      expect(error, language.code).toMatchObject({ invalid: 'true', announced: true });
      expect(error.description).toContain('broken-batch.json');
      Object.assign(problems, await probe(dashboard, `${language.code} refused`, () => report.waitFor()));
      await escapeCloses(dashboard, opener, input);

      await opener.click();
      await input.setInputFiles(await conflictingBatches(language.code));
      await form.locator('button[type=submit]').click();
      // Each researcher's key is new here: accept it, as a coordinator who compared the fingerprint.
      const accept = form.locator('.file-report .notice__action button');
      // The conflicts' table, not the tables of what this dictionary reads in each batch.
      const conflicts = form.getByTestId('import-conflicts');
      await until('the conflicts', async () => {
        if (await conflicts.count()) return true;
        if (await accept.count())
          await accept
            .first()
            .click()
            .catch(() => undefined);
        return false;
      });
      expect(await errorOf(input)).toMatchObject({ invalid: null });
      Object.assign(problems, await probe(dashboard, `${language.code} conflicts`, () => conflicts.waitFor()));
      await dashboard.close();
    }
    expect(problems).toEqual({});
  });

  it('the settings page: a backup that cannot be restored, and a checklist that cannot be imported', async () => {
    const problems: Record<string, unknown> = {};
    for (const language of LANGUAGES) {
      const options = await openPage('options.html', language);
      const backup = options.locator('section[aria-labelledby=backup-title]');
      const backupFile = backup.locator('input[type=file]');
      await backupFile.setInputFiles({
        name: 'holiday-photos.zip',
        mimeType: 'application/zip',
        buffer: Buffer.from('not a zip'),
      });
      await backup.locator('.inline-form button').click();
      await backup.locator('[role=alert]').waitFor();
      expect(await errorOf(backupFile), language.code).toMatchObject({ invalid: 'true', announced: true });

      const checklist = options.locator('section[aria-labelledby=checklist-import-title]');
      const checklistFile = checklist.locator('input[type=file]');
      await checklistFile.setInputFiles({
        name: 'bank-statement.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('date,amount,payee\n2024-01-01,5,Bakery\n'),
      });
      await checklist.locator('.cluster button.btn--primary').click();
      const cannot = checklist.locator('[role=alert]');
      await cannot.waitFor();
      const error = await errorOf(checklistFile);
      expect(error, language.code).toMatchObject({ invalid: 'true', announced: true });
      expect(error.description).toContain('row 1');
      Object.assign(problems, await probe(options, `${language.code} refused`, () => cannot.waitFor()));
      await options.close();
    }
    expect(problems).toEqual({});
  });
});
