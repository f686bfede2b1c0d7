import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { openPopup } from '@/lib/browser/popup-opening';
import { requestPopupOpening } from '@/lib/browser/popup-requests';
import { tabReportKey } from '@/lib/browser/tab-report-watch';
import type { ReportEntry } from '@/lib/detect/report';

const parrot: ReportEntry = {
  entryId: 'psittacus-erithacus',
  kind: 'taxon',
  label: 'Psittacus erithacus',
  appendix: 'I',
  euAnnex: 'A',
  taxa: ['psittacus-erithacus'],
  category: 'app-i',
  count: 1,
  matched: ['grey parrot'],
  langs: ['en'],
};

let asked: { name: string; payload: unknown }[];
let statusValue: unknown;
let reportValue: ReportEntry[];
beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  statusValue = { flag: null };
  reportValue = [parrot];
  // The background's answers, as runtime messaging carries them.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { name, payload } = message as { name: string; payload: unknown };
    asked.push({ name, payload });
    return Promise.resolve({ ok: true, value: name === 'flag/status' ? statusValue : reportValue });
  });
});

describe('requestPopupOpening', () => {
  it('sends both requests before anything parses them', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://www.ebay.de/itm/1' });
    const replies = await requestPopupOpening(`?tabId=${id}`).replies;
    expect(await replies!.status).toEqual({ ok: true, value: { flag: null } });
    expect(asked.map(({ name }) => name)).toEqual(['detect/tabReport', 'flag/status']);
  });

  it('reads the settings as it starts, for the first render to parse', async () => {
    await fakeBrowser.storage.local.set({ settings: { researcherId: 'anna.k' } });
    const { settings } = requestPopupOpening('?tabId=1');
    expect(await settings).toEqual({ settings: { researcherId: 'anna.k' } });
  });
});

describe('openPopup', () => {
  it('asks for the tab’s findings and flag status once each, as it opens', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://www.ebay.de/itm/1' });
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    expect((await opening.tab).url).toBe('https://www.ebay.de/itm/1');
    expect(await opening.status).toEqual({ flag: null });
    expect(await opening.detections.load(id!)).toEqual([parrot]);
    expect(asked).toEqual([
      { name: 'detect/tabReport', payload: { tabId: id } },
      { name: 'flag/status', payload: { tabId: id } },
    ]);
  });

  it('answers the first load of findings with the opening’s answer, and asks again after a new report', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://www.ebay.de/itm/1' });
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    await opening.detections.load(id!);
    await opening.detections.load(id!);
    expect(asked.filter(({ name }) => name === 'detect/tabReport')).toHaveLength(2);
  });

  it('asks again on the first load when the tab reported after the opening asked, before the popup watched', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://www.ebay.de/itm/1' });
    reportValue = [];
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    await opening.status;
    // The content script's report lands while the popup's React is still loading: nothing else hears this change.
    reportValue = [parrot];
    await fakeBrowser.storage.session.set({ [tabReportKey(id!)]: { 0: { url: 'https://www.ebay.de/itm/1' } } });
    expect(await opening.detections.load(id!)).toEqual([parrot]);
    expect(asked.filter(({ name }) => name === 'detect/tabReport')).toHaveLength(2);
  });

  it('keeps the opening’s answer when the tab did not report again', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://www.ebay.de/itm/1' });
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    await fakeBrowser.storage.session.set({ [tabReportKey(id! + 1)]: {} });
    expect(await opening.detections.load(id!)).toEqual([parrot]);
    expect(asked.filter(({ name }) => name === 'detect/tabReport')).toHaveLength(1);
  });

  it('refuses a reply that is not what the protocol says, as every reply is checked', async () => {
    statusValue = { flag: 'flagged' };
    const { id } = await fakeBrowser.tabs.create({ url: 'https://www.ebay.de/itm/1' });
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    await expect(opening.status).rejects.toBeInstanceOf(ZodError);
    expect(await opening.detections.load(id!)).toEqual([parrot]);
  });
});
