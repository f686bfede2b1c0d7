import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
 * The states the other accessibility tests never open, each probed in light and dark, in forced colours light and
 * dark, at 320 px light and dark, and under reduced motion, with a keyboard walk in the first view: the dashboard
 * before any flag, with a filter that finds nothing, with rows selected and their deletion asked; the popup before a
 * researcher id (and that form refused), with highlighting paused, on an ad flagged before (asked whether to observe
 * again, and its edit form), and after a flag that failed; the record page of a tampered flag with no screenshot,
 * of an id that names no flag, and of a deleted flag; and in the views the other tests leave out (dark at 320 px,
 * forced colours dark), the welcome page once saved, the settings page (a site paused, a custom term refused), a
 * flag in the dashboard's side panel and the popup's open legend. One browser for them all.
 */

const setup = withServedExtension();

interface View {
  name: string;
  width?: number;
  colorScheme: 'light' | 'dark';
  forcedColors: 'none' | 'active';
}

/** Each view keeps the surface's own size unless it names a width (320 px: a 1280 px window at 400 %). */
const VIEWS: View[] = [
  { name: 'light', colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours light', colorScheme: 'light', forcedColors: 'active' },
  { name: 'forced colours dark', colorScheme: 'dark', forcedColors: 'active' },
  { name: '320 px light', width: 320, colorScheme: 'light', forcedColors: 'none' },
  { name: '320 px dark', width: 320, colorScheme: 'dark', forcedColors: 'none' },
];

const PAGE_SIZE = { width: 1280, height: 900 };
const POPUP_SIZE = { width: 400, height: 600 };

/** Elements still animated or in transition while the reader asked for reduced motion. */
function moving(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => {
        const style = getComputedStyle(element);
        return [style.animationDuration, style.transitionDuration].some((value) =>
          value.split(',').some((part) => parseFloat(part) > 0.01),
        );
      })
      .map((element) => element.outerHTML.slice(0, 80)),
  );
}

/** The probes in every view of one state: what they found, by state and view. */
async function probe(
  page: Page,
  state: string,
  size: { width: number; height: number },
  ready: () => Promise<unknown> = async () => undefined,
): Promise<Record<string, unknown>> {
  const problems: Record<string, unknown> = {};
  for (const view of VIEWS) {
    await page.setViewportSize({ width: view.width ?? size.width, height: size.height });
    await page.emulateMedia({ colorScheme: view.colorScheme, forcedColors: view.forcedColors });
    await ready();
    const where = `${state}, ${view.name}:`;
    const [axe, clipped, small] = [await axeViolations(page), await clippedTexts(page), await smallTargets(page)];
    if (axe.length) problems[`${where} axe`] = axe;
    if (clipped.length) problems[`${where} clipped text`] = clipped;
    if (small.length) problems[`${where} targets under 24 px`] = small;
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > (view.width ?? size.width)) problems[`${where} page width`] = scrollWidth;
    if (view === VIEWS[0]) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const moves = await moving(page);
      if (moves.length) problems[`${where} moves under reduced motion`] = moves;
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      const walk = await walkWithKeyboard(page);
      if (walk.unreached.length) problems[`${where} not reachable with Tab`] = walk.unreached;
      if (walk.invisibleFocus.length) problems[`${where} focus not visible`] = walk.invisibleFocus;
    }
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  await page.setViewportSize(size);
  return problems;
}

/** The popup about a tab, at the size Chrome gives it. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await openExtensionPage(setup.extension, `popup.html?tabId=${tabId}`);
  await popup.setViewportSize(POPUP_SIZE);
  return popup;
}

describe('states no other accessibility test opens', () => {
  it('before any flag: the empty dashboard, and the popup asking who flags (then refusing an empty form)', async () => {
    const problems: Record<string, unknown> = {};
    const dashboard = await openExtensionPage(setup.extension, 'dashboard.html');
    await dashboard.setViewportSize(PAGE_SIZE);
    const empty = dashboard.locator('.empty');
    await empty.waitFor();
    Object.assign(problems, await probe(dashboard, 'empty dashboard', PAGE_SIZE, () => empty.waitFor()));
    await dashboard.close();

    const { page: ad, tabId } = await openScanned(setup.extension, setup.server.url('/flag/ad.html'));
    const popup = await openPopup(tabId);
    const prompt = popup.locator('form.identify');
    await prompt.waitFor();
    Object.assign(problems, await probe(popup, 'popup asking who flags', POPUP_SIZE, () => prompt.waitFor()));
    await prompt.locator('button[type=submit]').click();
    const refused = prompt.locator('[aria-invalid=true]').first();
    await refused.waitFor();
    Object.assign(problems, await probe(popup, 'popup refusing an empty id', POPUP_SIZE, () => refused.waitFor()));
    await popup.close();
    await ad.close();
    expect(problems).toEqual({});
  });

  it('the popup paused, on an ad flagged before, asking to observe again, editing it, and after a failed flag', async () => {
    await writeSettings(setup.extension.serviceWorker, {
      researcherId: 'e2e.unreached',
      survey: 'Unreached',
      paused: true,
    });
    const problems: Record<string, unknown> = {};
    const quiet = await setup.extension.context.newPage();
    await quiet.goto(setup.server.url('/flag/ad-parrot.html'));
    const quietTab = await tabIdOf(setup.extension.serviceWorker, quiet.url());
    let popup = await openPopup(quietTab);
    const flagButton = popup.locator('.flag-panel .btn--primary');
    await flagButton.waitFor();
    Object.assign(problems, await probe(popup, 'popup paused everywhere', POPUP_SIZE, () => flagButton.waitFor()));
    await popup.close();
    await quiet.close();
    await writeSettings(setup.extension.serviceWorker, { paused: false });

    await flagByShortcut(setup.extension, setup.server.url('/flag/ad.html'));
    const { page: ad, tabId } = await openScanned(setup.extension, setup.server.url('/flag/ad.html'));
    popup = await openPopup(tabId);
    const before = popup.locator('.flagged-before');
    await before.waitFor();
    Object.assign(problems, await probe(popup, 'popup on an ad flagged before', POPUP_SIZE, () => before.waitFor()));
    await popup.locator('.flag-panel .btn--primary').click();
    const ask = popup.locator('.ask-observe');
    await ask.waitFor();
    Object.assign(problems, await probe(popup, 'popup asking to observe again', POPUP_SIZE, () => ask.waitFor()));
    await ask.locator('button').nth(1).click();
    await before.locator('button').click();
    const form = popup.locator('.flag-panel form').first();
    await form.waitFor();
    Object.assign(problems, await probe(popup, 'popup editing a flag', POPUP_SIZE, () => form.waitFor()));
    await popup.close();
    await ad.close();

    // The ad's tab closes before the click: the capture finds no page and says so.
    const gone = await setup.extension.context.newPage();
    await gone.goto(setup.server.url('/flag/ad-showcase.html'));
    const goneTab = await tabIdOf(setup.extension.serviceWorker, gone.url());
    popup = await openPopup(goneTab);
    const button = popup.locator('.flag-panel .btn--primary');
    await button.waitFor();
    await gone.close();
    await button.click();
    const failed = popup.locator('.flag-panel .notice');
    await failed.waitFor();
    Object.assign(problems, await probe(popup, 'popup after a failed flag', POPUP_SIZE, () => failed.waitFor()));
    await popup.close();
    expect(problems).toEqual({});
  });

  it('the dashboard with a filter that finds nothing, and with rows selected and their deletion asked', async () => {
    await flagByShortcut(setup.extension, setup.server.url('/flag/ad-parrot.html'));
    const problems: Record<string, unknown> = {};
    const dashboard = await openExtensionPage(setup.extension, 'dashboard.html');
    await dashboard.setViewportSize(PAGE_SIZE);
    const search = dashboard.locator('.filters input[type=search]');
    await search.fill('zzqx no such ad');
    const nothing = dashboard.locator('.empty');
    await nothing.waitFor();
    Object.assign(
      problems,
      await probe(dashboard, 'dashboard filtered to nothing', PAGE_SIZE, () => nothing.waitFor()),
    );
    await search.fill('');
    const rows = dashboard.locator('tbody tr[aria-rowindex]');
    await rows.first().waitFor();
    for (const row of await rows.all()) await row.getByRole('checkbox').check();
    const toolbar = dashboard.locator('section.toolbar');
    await toolbar.locator('.btn--danger').first().click();
    const confirm = toolbar.locator('form');
    await confirm.waitFor();
    Object.assign(
      problems,
      await probe(dashboard, 'dashboard deleting a selection', PAGE_SIZE, () => confirm.waitFor()),
    );
    await dashboard.close();
    expect(problems).toEqual({});
  });

  it('the welcome page once saved, the settings page, a flag in the side panel and the popup’s open legend', async () => {
    const problems: Record<string, unknown> = {};
    const welcome = await openExtensionPage(setup.extension, 'welcome.html');
    await welcome.setViewportSize(PAGE_SIZE);
    const identity = welcome.locator('form[aria-labelledby=researcher-title]');
    await identity.locator('input').first().fill('e2e.welcomed');
    await identity.locator('button[type=submit]').click();
    const saved = identity.locator('.notice');
    await saved.waitFor();
    Object.assign(problems, await probe(welcome, 'welcome once saved', PAGE_SIZE, () => saved.waitFor()));
    await welcome.close();

    // The settings with a paused site listed, and a custom term refused for want of what it names.
    await writeSettings(setup.extension.serviceWorker, { pausedSites: ['market.example'] });
    const options = await openExtensionPage(setup.extension, 'options.html');
    await options.setViewportSize(PAGE_SIZE);
    const term = options.locator('form.custom-term-form');
    await term.locator('input').first().fill('qqzx');
    await term.locator('button[type=submit]').click();
    const refusedTerm = term.locator('[aria-invalid=true]').first();
    await refusedTerm.waitFor();
    Object.assign(problems, await probe(options, 'settings', PAGE_SIZE, () => refusedTerm.waitFor()));
    await writeSettings(setup.extension.serviceWorker, { pausedSites: [] });
    await options.close();

    const dashboard = await openExtensionPage(setup.extension, 'dashboard.html');
    await dashboard.setViewportSize(PAGE_SIZE);
    await dashboard.locator('tbody a.cell-link').first().click();
    const panel = dashboard.getByRole('complementary');
    await panel.locator('h1').first().waitFor();
    Object.assign(problems, await probe(dashboard, 'side panel', PAGE_SIZE, () => panel.waitFor()));
    await dashboard.close();

    const { page: ad, tabId } = await openScanned(setup.extension, setup.server.url('/flag/ad-showcase.html'));
    const popup = await openPopup(tabId);
    await popup.mouse.move(100, 100);
    await popup.mouse.move(120, 130);
    await popup.locator('.popup__legend summary').click();
    const legend = popup.locator('.swatch').first();
    await legend.waitFor();
    Object.assign(problems, await probe(popup, 'popup legend open', POPUP_SIZE, () => legend.waitFor()));
    await popup.close();
    await ad.close();
    expect(problems).toEqual({});
  });

  it('the record page of a tampered flag with no screenshot, of an id that names no flag, and of a deleted flag', async () => {
    const problems: Record<string, unknown> = {};
    const id = await flagIdOf(setup.extension.serviceWorker, setup.server.url('/flag/ad-parrot.html'));
    // What a flag keeps when the browser refused its screenshot: the other files, no image. Written outside Spoor, it
    // is also a tampered flag: its history no longer verifies.
    await setup.extension.serviceWorker.evaluate(
      (flagId) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('spoor');
          open.onsuccess = () => {
            const store = open.result.transaction('flags', 'readwrite').objectStore('flags');
            const read = store.get(flagId);
            read.onsuccess = () => {
              const flag = read.result as { observations: Array<{ artifacts: Array<{ kind: string }> }> };
              for (const observation of flag.observations)
                observation.artifacts = observation.artifacts.filter((artifact) => artifact.kind !== 'screenshot');
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
    const record = await openExtensionPage(setup.extension, `record.html?id=${id}`);
    await record.setViewportSize(PAGE_SIZE);
    const broken = record.locator('[data-verified=false]');
    await broken.waitFor();
    expect(await record.locator('.viewer img').count()).toBe(0);
    Object.assign(
      problems,
      await probe(record, 'tampered record with no screenshot', PAGE_SIZE, () => broken.waitFor()),
    );

    const danger = record.locator('form.danger-zone');
    await danger.locator('input').fill('Posted twice by the same seller');
    await danger.locator('button[type=submit]').click();
    const deleted = record.locator('article.record h1');
    await until('the record deleted', async () => (await danger.count()) === 0);
    Object.assign(problems, await probe(record, 'record of a deleted flag', PAGE_SIZE, () => deleted.waitFor()));
    await record.close();

    const nowhere = await openExtensionPage(setup.extension, 'record.html?id=no-such-flag');
    await nowhere.setViewportSize(PAGE_SIZE);
    const none = nowhere.locator('article.record h1, [role=alert]').first();
    await none.waitFor();
    Object.assign(problems, await probe(nowhere, 'record of no flag', PAGE_SIZE, () => none.waitFor()));
    await nowhere.close();
    expect(problems).toEqual({});
  });
});
