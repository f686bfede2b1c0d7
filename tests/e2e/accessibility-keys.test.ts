import 'fake-indexeddb/auto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedBatchJson } from '../support/signed-batch';
import { axeViolations, clippedTexts, pageWidth, smallTargets, walkWithKeyboard } from './support/a11y';
import { withServedExtension } from './support/served-extension';
import { flagByShortcut, flagIdOf, openScanned, until, writeSettings } from './support/surfaces';

/*
 * The surfaces added since the last audit, driven in the built extension in English, German and Russian (the longest
 * words), light, dark, forced colours dark, dark at 320 px and dark at 200 % zoom: the signing key's fingerprint and
 * the trusted and revoked keys in the settings (focus kept once a key is revoked), a batch held for its key, a batch
 * refused for a revoked key, a batch marked as imported before its key's revocation, a refused batch whose problems
 * quote its text (hidden and right-to-left characters, a long unbroken value), and the record page of a flag whose
 * page changed during capture, fought its highlights, was cut and whose fields the markup disputed.
 */

const setup = withServedExtension();

// A backstop only: each wait is bounded by PATIENCE_MS and ends once its state holds; the work grows with the load.
vi.setConfig({ testTimeout: 900_000 });

const LANGUAGES = [
  { code: 'en', lang: 'en-GB' },
  { code: 'de', lang: 'de' },
  { code: 'ru', lang: 'ru' },
] as const;

const PAGE = { width: 1280, height: 900 };

const VIEWS = [
  { name: 'light', ...PAGE, colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', ...PAGE, colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours dark', ...PAGE, colorScheme: 'dark', forcedColors: 'active' },
  { name: '320 px dark', width: 320, height: 800, colorScheme: 'dark', forcedColors: 'none' },
  { name: '200 % zoom dark', width: 640, height: 450, colorScheme: 'dark', forcedColors: 'none' },
] as const;

/** The popup at 200 % zoom: Chrome's largest popup, 800 × 600 device pixels, holds 400 × 300 CSS pixels. */
const POPUP_VIEWS = [
  { name: '200 % zoom light', width: 400, height: 300, colorScheme: 'light', forcedColors: 'none' },
  { name: '200 % zoom dark', width: 400, height: 300, colorScheme: 'dark', forcedColors: 'none' },
  { name: '200 % zoom forced colours dark', width: 400, height: 300, colorScheme: 'dark', forcedColors: 'active' },
] as const;

beforeAll(async () => {
  await writeSettings(setup.extension.serviceWorker, { researcherId: 'e2e.keys', survey: 'Keys' });
  await flagByShortcut(setup.extension, setup.server.url('/flag/ad.html'));
});

afterAll(() => writeSettings(setup.extension.serviceWorker, { uiLanguage: '' }));

/** An extension page opened in a language (read from the settings as the page starts). */
async function openPage(path: string, language: (typeof LANGUAGES)[number]): Promise<Page> {
  await writeSettings(setup.extension.serviceWorker, { uiLanguage: language.code });
  const page = await setup.extension.context.newPage();
  await page.goto(`chrome-extension://${setup.extension.extensionId}/${path}`);
  await until(`${path} in ${language.code}`, () =>
    page.evaluate((lang) => document.documentElement.lang === lang, language.lang),
  );
  return page;
}

/** The probes in every view: what they found, by where; a keyboard walk in the first view. */
async function probe(
  page: Page,
  where: string,
  ready: () => Promise<unknown>,
  views: ReadonlyArray<(typeof VIEWS)[number] | (typeof POPUP_VIEWS)[number]> = VIEWS,
): Promise<Record<string, unknown>> {
  const problems: Record<string, unknown> = {};
  for (const view of views) {
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.emulateMedia({ colorScheme: view.colorScheme, forcedColors: view.forcedColors });
    await ready();
    const at = `${where}, ${view.name}:`;
    const [axe, clipped, small] = [await axeViolations(page), await clippedTexts(page), await smallTargets(page)];
    if (axe.length) problems[`${at} axe`] = axe;
    if (clipped.length) problems[`${at} clipped text`] = clipped;
    if (small.length) problems[`${at} targets under 24 px`] = small;
    const width = await pageWidth(page);
    if (width.scrollWidth > view.width) problems[`${at} page width`] = width;
    if (view === views[0]) {
      const walk = await walkWithKeyboard(page);
      if (walk.unreached.length) problems[`${at} not reachable with Tab`] = walk.unreached;
      if (walk.invisibleFocus.length) problems[`${at} focus not visible`] = walk.invisibleFocus;
    }
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  await page.setViewportSize(PAGE);
  return problems;
}

/** The focused element, or 'body' when focus was dropped. */
const focusedOn = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return !element || element === document.body
      ? 'body'
      : `${element.localName}: ${element.textContent?.slice(0, 40)}`;
  });

/** A batch that is no batch Spoor reads: its problems quote a value with hidden, right-to-left and unbroken text. */
function batchWithQuotedProblems(json: string) {
  const document = JSON.parse(json) as { flags: Array<Record<string, unknown>> };
  document.flags[0]!.canonicalUrl = `\u202Egnp.exe\u202C שלום ${'x'.repeat(400)}`;
  return {
    name: `${'long-name-'.repeat(20)}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(document)),
  };
}

describe('surfaces added since the last audit, in en, de and ru', () => {
  it('keys: a batch held, accepted, its key revoked in the settings, then refused and marked', async () => {
    const problems: Record<string, unknown> = {};
    for (const language of LANGUAGES) {
      const researcher = `anna.${language.code}`;
      const dbName = `keys-${researcher}`;
      const first = await signedBatchJson(dbName, researcher, 'Keys', { intent: 'selling' });
      const dashboard = await openPage('dashboard.html', language);
      const opener = dashboard.locator('.batch-actions > button').nth(1);
      await opener.click();
      const form = dashboard.locator('.batch-panel form');
      await form
        .locator('input[type=file]')
        .setInputFiles([
          { name: `${researcher}.json`, mimeType: 'application/json', buffer: Buffer.from(first) },
          batchWithQuotedProblems(first),
        ]);
      await form.locator('button[type=submit]').click();
      const accept = form.locator('.file-report .notice__action button');
      await accept.waitFor();
      Object.assign(problems, await probe(dashboard, `${language.code} held and refused`, () => accept.waitFor()));
      await accept.click();
      const imported = form.locator('.file-report .notice--success');
      await imported.waitFor();
      if ((await focusedOn(dashboard)) === 'body') problems[`${language.code} focus lost after accepting`] = true;
      await dashboard.close();

      const options = await openPage('options.html', language);
      const keys = options.locator('section[aria-labelledby=trusted-keys-title]');
      const reason = keys.locator('form.inline-form input').first();
      await reason.waitFor();
      await options.locator('#signing-key-title').waitFor();
      Object.assign(problems, await probe(options, `${language.code} key trusted`, () => reason.waitFor()));
      await reason.fill('Laptop gestohlen — גנוב');
      await keys.locator('form.inline-form button[type=submit]').first().click();
      await until('the key revoked', async () => (await keys.locator('form.inline-form').count()) === 0);
      if ((await focusedOn(options)) === 'body') problems[`${language.code} focus lost after revoking`] = true;
      Object.assign(problems, await probe(options, `${language.code} key revoked`, async () => undefined));
      await options.close();

      const again = await openPage('dashboard.html', language);
      await again.locator('.batch-actions > button').nth(1).click();
      const secondForm = again.locator('.batch-panel form');
      const second = await signedBatchJson(dbName, researcher, 'Keys', { intent: 'wanted' });
      await secondForm.locator('input[type=file]').setInputFiles({
        name: `${researcher}-2.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(second),
      });
      await secondForm.locator('button[type=submit]').click();
      const refused = secondForm.locator('.file-report .notice--error');
      await refused.waitFor();
      Object.assign(problems, await probe(again, `${language.code} revoked key refused`, () => refused.waitFor()));
      await again.locator('.batch-actions > button').nth(2).click();
      const marked = again.locator('.batch-panel .batch-list__check').first();
      await marked.waitFor();
      Object.assign(
        problems,
        await probe(again, `${language.code} batch imported before a revocation`, () => marked.waitFor()),
      );
      await again.close();
    }
    expect(problems).toEqual({});
  });

  it('the record page of a flag whose page changed during capture, fought its highlights and was cut', async () => {
    const id = await flagIdOf(setup.extension.serviceWorker, setup.server.url('/flag/ad.html'));
    await setup.extension.serviceWorker.evaluate(
      (flagId) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('spoor');
          open.onsuccess = () => {
            const store = open.result.transaction('flags', 'readwrite').objectStore('flags');
            const read = store.get(flagId);
            read.onsuccess = () => {
              const flag = read.result as {
                ad: Record<string, unknown>;
                observations: Array<Record<string, unknown>>;
              };
              const disputed = { price: { source: 'json-ld', value: `\u202E${'9'.repeat(120)} EUR` } };
              flag.ad = { ...flag.ad, disputed, unshown: ['price', 'seller'] };
              for (const observation of flag.observations) {
                observation.ad = { ...(observation.ad as object), disputed, unshown: ['price', 'seller'] };
                observation.changedDuringCapture = ['title', 'price', 'url', 'canonicalUrl', 'text', 'newerField'];
                observation.paintTampering = ['restyled', 'removed', 'replaced', 'overpainted', 'covered'];
                observation.textCut = { reason: 'loading', characters: 200_000, after: 'שלום עולם' };
              }
              const write = store.put(flag);
              write.onsuccess = () => {
                open.result.close();
                done();
              };
              write.onerror = () => fail(write.error);
            };
          };
        }),
      id,
    );
    const problems: Record<string, unknown> = {};
    for (const language of LANGUAGES) {
      const record = await openPage(`record.html?id=${id}`, language);
      const changed = record.locator('.notice--warning').first();
      await changed.waitFor();
      Object.assign(problems, await probe(record, `${language.code} record`, () => changed.waitFor()));
      await record.close();
    }
    expect(problems).toEqual({});
  });

  it('the popup at 200 % zoom on an ad flagged before', async () => {
    const problems: Record<string, unknown> = {};
    const { page: ad, tabId } = await openScanned(setup.extension, setup.server.url('/flag/ad.html'));
    for (const language of LANGUAGES) {
      const popup = await openPage(`popup.html?tabId=${tabId}`, language);
      const before = popup.locator('.flagged-before');
      await before.waitFor();
      Object.assign(
        problems,
        await probe(popup, `${language.code} popup flagged before`, () => before.waitFor(), POPUP_VIEWS),
      );
      await popup.close();
    }
    await ad.close();
    expect(problems).toEqual({});
  });
});
