import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { startServer, type TestServer } from '../support/server';
import { openPopup, pressFlagShortcut, readDatabase, setResearcher, openScannedPage } from '../flag-support';
import { FORMULA, HOSTILE_PATH, HOSTILE_QUERY, hostileAdRoute, JSON_LD_AD, MICRODATA_AD, XSS } from './hostile-ad';
import { damageOn, watchForScriptAttempts } from './inert';
import { hoverFirstHighlight } from '../support/hover-highlight';
import { PATIENCE_MS } from '../support/progress';
import { csvRecords } from '../../support/read-csv';
import { shownText } from '@/lib/files/shown-text';

/*
 * Script and formula payloads in every field an ad page controls (title,
 * seller, description, location, price text, image alt, URL path and query,
 * canonical and og:url) go through real highlighting, flagging and exports, and
 * are shown and written as data on every surface: the ad page, the popup, the
 * dashboard's table and side panel, the record page, and the CSV, JSON and ZIP
 * batch files and the hand-off files (takedown list, information log).
 */

// A .de host name (mapped to the local server) so the information log for Germany has these ads.
const HOST = 'ads.hostile-market.de';
/** The README's rule: a cell starting with one of these gets a leading apostrophe. */
/** What a spreadsheet runs: = + - @ (or their full-width forms) after any white space and invisible characters. */
const FORMULA_START =
  /^[\p{White_Space}\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\p{White_Space}\p{Cf}]*[\t\r\n]/u;
/** Researcher-typed fields pasted from an ad keep leading tabs and CRs (page fields are trimmed on reading). */
const NOTES = `\t=1+1 ${XSS.img}`;
const SURVEY = `\r${FORMULA.dde}`;

let extension: LoadedExtension;
let server: TestServer;
let attempts: ReturnType<typeof watchForScriptAttempts>;
const downloads = mkdtempSync(join(tmpdir(), 'spoor-payloads-'));
const adUrl = (page: string) => `http://${HOST}:${new URL(server.origin).port}${HOSTILE_PATH}${page}${HOSTILE_QUERY}`;
const stored = async () =>
  (await readDatabase(extension.serviceWorker)).flags.toSorted((a, b) => a.createdAt.localeCompare(b.createdAt));

beforeAll(async () => {
  server = await startServer([], [hostileAdRoute]);
  extension = await launchWithExtension({ args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
  attempts = watchForScriptAttempts(extension.context);
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.payloads', survey: SURVEY });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Opens an ad page and waits until Spoor has highlighted it and counted its taxa. */
async function openAd(page: string): Promise<{ tab: Page; tabId: number }> {
  const { page: tab, tabId } = await openScannedPage(extension, adUrl(page));
  return { tab, tabId };
}

async function expectInert(page: Page, { linksChecked = true } = {}): Promise<void> {
  const damage = await damageOn(page);
  expect(damage.pwned).toBeUndefined();
  expect(damage.injected).toEqual([]);
  if (linksChecked) expect(damage.scriptLinks).toEqual([]);
}

/** The text is on the page as text: visible, and exactly the stored string. */
async function expectShown(page: Page, selector: string, text: string): Promise<void> {
  const element = page.locator(selector, { hasText: text.slice(0, 30) }).first();
  expect(await element.isVisible()).toBe(true);
  expect(await element.textContent()).toBe(text);
}

/** The dashboard, saving files as downloads (no file picker) so the test can read them. */
async function openDashboard(): Promise<Page> {
  const dashboard = await extension.context.newPage();
  await dashboard.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
  await dashboard.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
  return dashboard;
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

describe('hostile ad pages', () => {
  let popup: Page;

  it('are highlighted (with a hover card) and flagged (popup and shortcut), and stay inert themselves', async () => {
    const jsonLd = await openAd('json-ld.html');
    await jsonLd.tab.bringToFront();
    await hoverFirstHighlight(jsonLd.tab);
    popup = await openPopup(extension.context, extension.extensionId, jsonLd.tabId);
    const panel = popup.getByRole('region', { name: 'Flag' });
    await panel.getByRole('button', { name: 'Flag this ad' }).click();
    await expect.poll(() => panel.getByRole('status').first().textContent()).toMatch(/^Saved/);

    const microdata = await openAd('microdata.html');
    await microdata.tab.bringToFront();
    await pressFlagShortcut(extension.serviceWorker, microdata.tabId);
    await vi.waitFor(async () => expect(await stored()).toHaveLength(2), { timeout: PATIENCE_MS, interval: 200 });

    // The ad pages link to javascript: themselves; Spoor must add nothing that runs.
    for (const { tab } of [jsonLd, microdata]) await expectInert(tab, { linksChecked: false });
    const [first, second] = await stored();
    // The payloads reached the record as text: the test is about real hostile strings.
    expect(first!.ad).toMatchObject({
      title: expect.stringContaining(XSS.img),
      location: expect.stringContaining(XSS.iframe),
    });
    expect(first!.ad.seller).toEqual({ name: JSON_LD_AD.seller, id: FORMULA.at });
    expect(first!.ad.description).toContain(XSS.script);
    expect(second!.ad).toMatchObject({ title: MICRODATA_AD.title, seller: { name: MICRODATA_AD.seller } });
    for (const flag of [first!, second!]) {
      expect(flag.canonicalUrl).toMatch(/^http:\/\/ads\.hostile-market\.de:\d+\/ads\/%3Cimg%20src/);
      expect(flag.ad.imageUrls.every((url: string) => /^https?:/.test(url))).toBe(true);
    }
  });

  it('are shown as text in the popup, whose record form keeps a pasted payload as text', async () => {
    const [flag] = await stored();
    // What was captured, as text: the title and seller as the page wrote them, hidden characters written out.
    const captured = popup.locator('.captured');
    expect(await captured.getByRole('heading', { level: 2 }).textContent()).toBe(shownText(flag!.ad.title));
    expect(await captured.textContent()).toContain(shownText(flag!.ad.seller.name));
    await expectInert(popup);
    await popup.getByRole('button', { name: 'Edit' }).click();
    const form = popup.getByRole('form', { name: 'Assessment' });
    expect(await form.getByLabel('Title').inputValue()).toBe(flag!.ad.title);
    expect(await form.getByLabel('Location').inputValue()).toBe(flag!.ad.location);
    await form.getByLabel('Notes').fill(NOTES);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Changes saved.');
    expect((await stored())[0]!.assessment.notes).toBe(NOTES);
    await expectInert(popup);
  });

  it('are shown as text in the dashboard table and side panel, and on the record page', async () => {
    const flags = await stored();
    const dashboard = await openDashboard();
    await expect
      .poll(() => dashboard.getByText(/^Showing \d+ of \d+ flags$/).textContent())
      .toBe('Showing 2 of 2 flags');
    const cells = await dashboard.locator('tbody tr[aria-rowindex] td').allTextContents();
    for (const flag of flags)
      expect(cells).toEqual(expect.arrayContaining([shownText(flag.ad.title), shownText(flag.ad.seller.name)]));
    expect(cells).toContain(shownText(flags[0]!.ad.location));
    await expectInert(dashboard);

    for (const flag of flags) {
      await dashboard.locator('tbody a.cell-link', { hasText: flag.ad.title.slice(0, 20) }).click();
      const panel = dashboard.getByRole('complementary', { name: 'Flag record' });
      await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toBe(shownText(flag.ad.title));
      await expectRecordFields(dashboard, flag);
      await panel.getByRole('button', { name: 'Close' }).click();
    }

    const record = await extension.context.newPage();
    for (const flag of flags) {
      await record.goto(`chrome-extension://${extension.extensionId}/record.html?id=${flag.id}`);
      await expect.poll(() => record.getByRole('heading', { level: 1 }).textContent()).toBe(shownText(flag.ad.title));
      await expectRecordFields(record, flag);
    }
    await record.close();
    await dashboard.close();
  });

  it('are written as data to CSV (formulas neutralised), JSON (exact strings) and the ZIP bundle', async () => {
    const flags = await stored();
    const dashboard = await openDashboard();
    await dashboard.getByRole('button', { name: 'Export…' }).click();
    const form = dashboard.getByRole('form', { name: 'Export a batch' });
    await form.getByRole('radio', { name: 'Shown by the filters (2)' }).check();
    const saved: Record<string, string> = {};
    for (const [format, label] of [
      ['json', 'JSON'],
      ['csv', 'CSV'],
      ['zip', 'Evidence bundle'],
    ] as const) {
      await form.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
      saved[format] = await download(dashboard, () => form.getByRole('button', { name: 'Export and save' }).click());
      await expect.poll(() => form.getByRole('status').textContent()).toMatch(/^Saved batch/);
    }

    const json = JSON.parse(readFileSync(saved.json!, 'utf8'));
    expectSameStrings(json.flags, flags);
    expectNeutralised(readFileSync(saved.csv!, 'utf8'), flags);

    const zip = unzipSync(readFileSync(saved.zip!));
    // No report or page of Spoor's own: the only page-made file is the page's MHTML snapshot (evidence, kept byte for
    // byte).
    expect(
      Object.keys(zip).filter(
        (name) =>
          !/^(batch\.csv|batch\.json|SHA256SUMS|manifest\.json|evidence\/[0-9a-f]{64}\.(png|mhtml))$/.test(name),
      ),
    ).toEqual([]);
    expectSameStrings(JSON.parse(strFromU8(zip['batch.json']!)).flags, flags);
    expectNeutralised(strFromU8(zip['batch.csv']!), flags);
    await expectInert(dashboard);
    await dashboard.close();
  });

  it('are written as data to the takedown list and the information log', async () => {
    const flags = await stored();
    const dashboard = await openDashboard();
    await dashboard.getByRole('button', { name: 'Takedown lists and information logs' }).click();
    const handoff = dashboard.getByRole('region', { name: 'Takedown lists and information logs' });
    const urls = readFileSync(
      await download(dashboard, () => handoff.getByRole('button', { name: 'URL list (.txt)' }).click()),
      'utf8',
    );
    expect(urls.split('\n').filter(Boolean).toSorted()).toEqual(flags.map((flag) => flag.canonicalUrl).toSorted());

    const takedown = csvRecords(
      readFileSync(
        await download(dashboard, () => handoff.getByRole('button', { name: 'Table (.csv)' }).click()),
        'utf8',
      ),
    );
    for (const flag of flags) {
      const row = takedown.find((candidate) => candidate.flag_id === flag.id)!;
      expectWritten(row.title!, flag.ad.title);
      expectWritten(row.seller!, flag.ad.seller.name);
    }
    expectNoFormula(takedown);

    await handoff.getByRole('combobox', { name: 'Country of the marketplace' }).selectOption('DE');
    const log = readFileSync(
      await download(dashboard, () => handoff.getByRole('button', { name: 'Save information log (CSV)' }).click()),
      'utf8',
    );
    expectNeutralised(log, flags);
    await expectInert(dashboard);
    await dashboard.close();
  });

  it('never made a dialog open or a page refuse an inline script', () => {
    expect(attempts.dialogs).toEqual([]);
    expect(attempts.refusals).toEqual([]);
  });
});

/** FlagRecord's fields of one flag, each shown as its exact text. */
async function expectRecordFields(page: Page, flag: Record<string, any>): Promise<void> {
  await expectShown(page, 'dd', shownText(flag.ad.seller.name));
  await expectShown(page, 'dd', shownText(flag.ad.description));
  if (flag.ad.location) await expectShown(page, 'dd', shownText(flag.ad.location));
  await expectShown(page, 'dd a', flag.canonicalUrl);
  expect(
    await page
      .locator('dd a', { hasText: flag.canonicalUrl.slice(0, 30) })
      .first()
      .getAttribute('href'),
  ).toBe(flag.canonicalUrl);
  await expectInert(page);
}

/**
 * The cell as written: the stored text with hidden characters written out (shownText) and apostrophes added, none
 * of whose pieces (the cell, and what follows each ";" or line break, where a spreadsheet may start a cell) starts a
 * formula.
 */
function expectWritten(cell: string, text: string): void {
  expect(cell.replaceAll("'", '')).toBe(shownText(text).replaceAll("'", ''));
  expect(cell.split(/[;\r\n]/).filter((piece) => FORMULA_START.test(piece))).toEqual([]);
}

/** The exported flags hold exactly the stored strings: data, not markup, and nothing dropped or escaped. */
function expectSameStrings(exported: Array<Record<string, any>>, flags: Array<Record<string, any>>): void {
  const byId = new Map(exported.map((flag) => [flag.id, flag]));
  for (const flag of flags) {
    const copy = byId.get(flag.id)!;
    expect(copy.ad).toEqual(flag.ad);
    expect(copy.assessment.notes).toBe(flag.assessment.notes);
    expect(copy.observations[0].capturedBy.survey).toBe(SURVEY);
  }
}

/** Every text cell a spreadsheet would run is prefixed with an apostrophe; the ad's fields are the stored ones. */
function expectNeutralised(csv: string, flags: Array<Record<string, any>>): void {
  const rows = csvRecords(csv);
  expect(rows).toHaveLength(flags.length);
  for (const flag of flags) {
    const row = rows.find((candidate) => candidate.flag_id === flag.id)!;
    expectWritten(row.title!, flag.ad.title);
    expectWritten(row.seller_name!, flag.ad.seller.name);
    expectWritten(row.location!, flag.ad.location ?? '');
    expectWritten(row.survey!, SURVEY);
  }
  expectNoFormula(rows);
}

function expectNoFormula(rows: Record<string, string>[]): void {
  const live = rows
    .flatMap((row) => Object.entries(row))
    .filter(([, cell]) => !/^-?\d+(\.\d+)?$/.test(cell))
    .filter(([, cell]) => cell.split(/[;\r\n]/).some((piece) => FORMULA_START.test(piece)));
  expect(live).toEqual([]);
}
