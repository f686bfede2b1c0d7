import type { Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { core } from 'zod/mini';
import { openPopup } from '@/lib/browser/popup-opening';
import { POPUP_REQUESTS_GLOBAL, popupRequests, requestPopupOpening } from '@/lib/browser/popup-requests';
import { startDetectService } from '@/lib/browser/detect-service';
import { FLAGS_STAMP_KEY, tabFlagKey } from '@/lib/browser/tab-flag-keys';
import { startSettingsCopy } from '@/lib/browser/settings-copy';
import { createTabStore } from '@/lib/browser/tab-store';
import { flag, observation } from '../export/builder';
import { ivoryEntry, parrotEntry } from '../../support/report-entries';

const AD = 'https://www.ebay.de/itm/1';

const parrot = parrotEntry({ count: 1, matched: ['grey parrot'], langs: ['en'] });
const ivory = ivoryEntry({ count: 3, matched: ['ivory'], langs: ['en'] });

let asked: string[];
let statusValue: unknown;
beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  statusValue = { flag: null };
  // The background, were it asked: it answers the flag status alone (the report is read from storage.session).
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { name } = message as { name: string };
    asked.push(name);
    return Promise.resolve(name === 'flag/status' ? { ok: true, value: statusValue } : { ok: false, error: name });
  });
});

/** The background's own answer about a tab's findings, were it asked. */
const backgroundAnswer = (tabId: number) =>
  startDetectService(fakeBrowser as unknown as typeof browser)['detect/tabReport']!(
    { tabId },
    {} as Browser.runtime.MessageSender,
  );

/** A tab showing the ad, its frames' reports kept as the background keeps them. */
async function adTab(url = AD): Promise<number> {
  const { id } = await fakeBrowser.tabs.create({ url });
  const store = createTabStore(fakeBrowser.storage.session);
  await store.saveFrame(id!, 0, url, [parrot]);
  await store.saveFrame(id!, 2, 'https://ads.example/', [ivory]);
  return id!;
}

/** The flag status the background kept for the tab, and the flags' stamp it was kept under. */
async function keep(tabId: number, status: { url: string; flag: unknown }, stamp = 's1', current = stamp) {
  await fakeBrowser.storage.session.set({ [tabFlagKey(tabId)]: { ...status, stamp }, [FLAGS_STAMP_KEY]: current });
}

describe('the popup’s opening', () => {
  it('reads the tab’s findings and its kept flag status without asking the background', async () => {
    const id = await adTab();
    await keep(id, { url: AD, flag: null });
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    expect(await opening.status).toEqual({ flag: null });
    // Merged and sorted as the background's own answer (detect/tabReport) is.
    expect(await opening.detections.load(id)).toEqual(await backgroundAnswer(id));
    expect(await opening.detections.load(id)).toEqual([parrot, ivory]);
    expect(asked).toEqual([]);
  });

  it('gives the first render what it read: the findings, and the status when a current one was kept', async () => {
    const id = await adTab();
    await keep(id, { url: AD, flag: null });
    expect(await openPopup(requestPopupOpening(`?tabId=${id}`)).read).toEqual({
      entries: [parrot, ivory],
      status: { flag: null },
    });
  });

  it('reads a kept status that holds a flag before the first render too (its schemas are loaded for it)', async () => {
    const id = await adTab();
    const flagged = flag({ n: 1, url: AD, observations: [await observation({ n: 1, url: AD })] });
    await keep(id, { url: AD, flag: flagged });
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    expect(await opening.read).toEqual({ entries: [parrot, ivory], status: { flag: flagged } });
    expect(await opening.status).toEqual({ flag: flagged });
    expect(asked).toEqual([]);
  });

  it('parses the background’s answer that holds a flag with the flag’s schemas', async () => {
    const id = await adTab();
    const flagged = flag({ n: 1, url: AD, observations: [await observation({ n: 1, url: AD })] });
    statusValue = { flag: flagged };
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    expect(await opening.status).toEqual({ flag: flagged });
    statusValue = { flag: { ...flagged, auditHead: 'not a hash' } };
    await expect(openPopup(requestPopupOpening(`?tabId=${id}`)).status).rejects.toBeInstanceOf(core.$ZodError);
  });

  it('gives the first render no status while the background is asked for it', async () => {
    const id = await adTab();
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    expect(await opening.read).toEqual({ entries: [parrot, ivory], status: undefined });
    expect(await opening.status).toEqual({ flag: null });
    expect(asked).toEqual(['flag/status']);
  });

  it('takes the requests popup-opening.js sent as the HTML was parsed, without asking again', async () => {
    const sent = requestPopupOpening('?tabId=1');
    vi.stubGlobal(POPUP_REQUESTS_GLOBAL, sent);
    onTestFinished(() => void vi.unstubAllGlobals());
    const sessionReads = vi.spyOn(fakeBrowser.storage.session, 'get');
    onTestFinished(() => sessionReads.mockRestore());
    expect(popupRequests()).toBe(sent);
    expect(sessionReads).not.toHaveBeenCalled();
  });

  it('asks itself when popup-opening.js has not run, and leaves its requests for the script to find', async () => {
    const id = await adTab();
    const sessionReads = vi.spyOn(fakeBrowser.storage.session, 'get');
    onTestFinished(() => sessionReads.mockRestore());
    vi.stubGlobal('location', { search: `?tabId=${id}` });
    onTestFinished(() => void vi.unstubAllGlobals());
    onTestFinished(() => void delete (globalThis as Record<string, unknown>)[POPUP_REQUESTS_GLOBAL]);
    const requests = popupRequests();
    expect((await requests.replies)!.tabId).toBe(id);
    expect(sessionReads).toHaveBeenCalled();
    expect((globalThis as Record<string, unknown>)[POPUP_REQUESTS_GLOBAL]).toBe(requests);
  });

  it('reads the settings as it starts, for the first render to parse', async () => {
    await fakeBrowser.storage.local.set({ settings: { researcherId: 'anna.k' } });
    const { settings } = requestPopupOpening('?tabId=1');
    expect(await settings).toEqual({ settings: { researcherId: 'anna.k' } });
  });

  it("reads the settings from storage.session's copy once the background has made one, not storage.local", async () => {
    await fakeBrowser.storage.local.set({ settings: { researcherId: 'anna.k' } });
    await startSettingsCopy(fakeBrowser);
    const localReads = vi.spyOn(fakeBrowser.storage.local, 'get');
    onTestFinished(() => localReads.mockRestore());
    const { settings } = requestPopupOpening('?tabId=1');
    expect(await settings).toEqual({ settings: { researcherId: 'anna.k' } });
    expect(localReads).not.toHaveBeenCalled();
  });

  it('reads about a tab asked for by id in the call itself, before the page’s modules evaluate', async () => {
    const id = await adTab();
    const sessionReads = vi.spyOn(fakeBrowser.storage.session, 'get');
    onTestFinished(() => sessionReads.mockRestore());
    const { replies } = requestPopupOpening(`?tabId=${id}`);
    // Nothing awaited yet: a read sent from a callback would wait until the popup's modules had all evaluated.
    expect(sessionReads.mock.calls.map(([keys]) => keys)).toContainEqual(expect.arrayContaining([tabFlagKey(id)]));
    expect((await replies)!.tabId).toBe(id);
  });

  it.each([
    ['none is kept', async () => {}],
    ['the kept one is about another page of the tab', (id: number) => keep(id, { url: `${AD}?page=2`, flag: null })],
    ['the flags changed since it was kept', (id: number) => keep(id, { url: AD, flag: null }, 's1', 's2')],
  ])('asks the background for the flag status when %s, as its first module runs', async (_case, setUp) => {
    const id = await adTab();
    await setUp(id);
    const replies = await requestPopupOpening(`?tabId=${id}`).replies;
    expect(replies!.status).toBeDefined();
    expect(asked).toEqual(['flag/status']);
  });

  it('asks nothing about a page that is not a web page', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'about:blank' });
    expect(await openPopup(requestPopupOpening(`?tabId=${id}`)).status).toEqual({ flag: null });
    expect(asked).toEqual([]);
  });

  it('asks the background when the kept status does not parse, and checks its reply as every reply is', async () => {
    const id = await adTab();
    await keep(id, { url: AD, flag: 'flagged' });
    statusValue = { flag: 'flagged' };
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    await expect(opening.status).rejects.toBeInstanceOf(core.$ZodError);
    expect(asked).toEqual(['flag/status']);
    expect(await opening.detections.load(id)).toEqual([parrot, ivory]);
  });

  it('asks the background when the status changed between its read and its use (a flag written meanwhile)', async () => {
    const id = await adTab();
    await keep(id, { url: AD, flag: null });
    const requests = requestPopupOpening(`?tabId=${id}`);
    await requests.replies;
    await fakeBrowser.storage.session.set({ [FLAGS_STAMP_KEY]: 's2' });
    expect(await openPopup(requests).status).toEqual({ flag: null });
    expect(asked).toEqual(['flag/status']);
  });

  it('reads the findings again on the first load when the tab reported after the opening read, before the popup watched', async () => {
    const id = await adTab();
    await keep(id, { url: AD, flag: null });
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    await opening.status;
    // The content script's report lands while the popup's React is still loading: nothing else hears this change.
    await createTabStore(fakeBrowser.storage.session).saveFrame(id, 2, 'https://ads.example/', []);
    expect(await opening.detections.load(id)).toEqual([parrot]);
  });

  it('keeps the opening’s read when the tab did not report again, and reads again after a new report', async () => {
    const id = await adTab();
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    await createTabStore(fakeBrowser.storage.session).saveFrame(id + 1, 0, AD, []);
    expect(await opening.detections.load(id)).toEqual([parrot, ivory]);
    await createTabStore(fakeBrowser.storage.session).saveFrame(id, 2, 'https://ads.example/', []);
    expect(await opening.detections.load(id)).toEqual([parrot]);
  });
});
