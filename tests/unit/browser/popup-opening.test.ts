import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { openPopup } from '@/lib/browser/popup-opening';
import { requestPopupOpening } from '@/lib/browser/popup-requests';
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
beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  statusValue = { flag: null };
  // The background's answers, as runtime messaging carries them.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { name, payload } = message as { name: string; payload: unknown };
    asked.push({ name, payload });
    return Promise.resolve({ ok: true, value: name === 'flag/status' ? statusValue : [parrot] });
  });
});

describe('requestPopupOpening', () => {
  it('sends both requests before anything parses them', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: 'https://www.ebay.de/itm/1' });
    const replies = await requestPopupOpening(`?tabId=${id}`).replies;
    expect(await replies!.status).toEqual({ ok: true, value: { flag: null } });
    expect(asked.map(({ name }) => name)).toEqual(['detect/tabReport', 'flag/status']);
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

  it('refuses a reply that is not what the protocol says, as every reply is checked', async () => {
    statusValue = { flag: 'flagged' };
    const { id } = await fakeBrowser.tabs.create({ url: 'https://www.ebay.de/itm/1' });
    const opening = openPopup(requestPopupOpening(`?tabId=${id}`));
    await expect(opening.status).rejects.toBeInstanceOf(ZodError);
    expect(await opening.detections.load(id!)).toEqual([parrot]);
  });
});
