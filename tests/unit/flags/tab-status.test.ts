import { describe, expect, it } from 'vitest';
import { flagTab } from '@/lib/flags/flag-tab';
import { flagOfTab, memoryCanonicals, readTabCanonical } from '@/lib/flags/tab-status';
import { NO_PARSE_WAIT, PageStillLoadingError, type ParseWait } from '@/lib/flags/page-loading';
import { captureOf, depsWith, PAGE, reading } from './support';

const tab = { id: 7, windowId: 1, url: PAGE, title: 'Elfenbein Figur | eBay' };

/** Deps whose page reads are counted. */
async function counted() {
  const subject = await depsWith();
  return { ...subject, reads: () => subject.calls.includeHtml.length };
}

describe('flagOfTab', () => {
  it('answers "not flagged" without reading the page while its platform has no flag', async () => {
    const { deps, reads } = await counted();
    await deps.service.record(await captureOf('https://shop.example/ad/1'), 'ask');
    expect(await flagOfTab(deps, tab, memoryCanonicals())).toBeNull();
    expect(reads()).toBe(0);
  });

  it('reads a page of a platform with flags once, then answers from what it read', async () => {
    const { deps, reads } = await counted();
    const { flag } = await flagTab(deps, { tabId: tab.id, trigger: 'button', ifFlagged: 'ask' });
    const canonicals = memoryCanonicals();
    const before = reads();
    expect((await flagOfTab(deps, tab, canonicals))?.id).toBe(flag.id);
    expect((await flagOfTab(deps, tab, canonicals))?.id).toBe(flag.id);
    expect(reads() - before).toBe(1);
  });

  it('finds the flag from the canonical URL read at load, without reading the page again', async () => {
    const { deps, reads } = await counted();
    const canonicals = memoryCanonicals();
    expect(await readTabCanonical(deps, tab, canonicals)).toEqual({ canonicalUrl: reading.canonicalUrl, kept: true });
    const { flag } = await flagTab(deps, { tabId: tab.id, trigger: 'button', ifFlagged: 'ask' });
    const before = reads();
    expect((await flagOfTab(deps, tab, canonicals))?.id).toBe(flag.id);
    expect(reads()).toBe(before);
  });

  it('reads again once the tab shows another page', async () => {
    const { deps, reads } = await counted();
    await flagTab(deps, { tabId: tab.id, trigger: 'button', ifFlagged: 'ask' });
    const canonicals = memoryCanonicals();
    await canonicals.set(tab.id, 'https://www.ebay.de/itm/999', 'https://www.ebay.de/itm/999');
    const before = reads();
    expect(await flagOfTab(deps, tab, canonicals)).not.toBeNull();
    expect(reads() - before).toBe(1);
  });

  it('answers from the URL of a page that cannot be read, and does not remember it', async () => {
    const { deps } = await depsWith({
      readPage: () => Promise.reject(new Error('Cannot access contents of the page')),
    });
    await deps.service.record(await captureOf('https://www.ebay.de/itm/123456', { platform: reading.platform }), 'ask');
    const canonicals = memoryCanonicals();
    // eBay's own URLs: the cleaned tab URL is the flag's canonical URL.
    expect(await flagOfTab(deps, tab, canonicals)).not.toBeNull();
    expect(await canonicals.get(tab.id, tab.url)).toBeUndefined();
  });

  it('does not wait for a page still being parsed: answers from its URL at once, and does not remember it', async () => {
    const waits: Array<ParseWait | undefined> = [];
    const { deps } = await depsWith({
      readPage: (_tabId, _request, parseWait) => {
        waits.push(parseWait);
        return Promise.reject(new PageStillLoadingError(parseWait?.waitMs ?? 0));
      },
    });
    await deps.service.record(await captureOf('https://www.ebay.de/itm/123456', { platform: reading.platform }), 'ask');
    const canonicals = memoryCanonicals();
    expect(await flagOfTab(deps, tab, canonicals)).not.toBeNull();
    expect(waits).toEqual([NO_PARSE_WAIT]);
    expect(await canonicals.get(tab.id, tab.url)).toBeUndefined();
  });
});
