import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotWebPageError, flagLink, flagTab } from '@/lib/flags/flag-tab';
import { depsWith, ivory, PAGE, PNG_SIGNATURE, reading } from './support';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { detectionsInText } from '@/lib/flags/captured-detections';
import { PARSE_WAIT_MS, READ_AS_ARRIVED, type ParseWait } from '@/lib/flags/page-loading';
import type { PageReading } from '@/lib/flags/page-reading';
import type { PageReadingRequest } from '@/lib/flags/read-page';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const detectionsIn = async (text: string, pageLang?: string) => detectionsInText(matcher, text, pageLang);
/** A page whose reading changes from one read to the next: `texts[i]` is the visible text at the i-th read. */
const readingsOf = (texts: string[], title = (_read: number) => reading.ad.title) => {
  let read = 0;
  return async (): Promise<PageReading> => {
    const i = Math.min(read++, texts.length - 1);
    return { ...reading, ad: { ...reading.ad, title: title(i) }, text: texts[i], pageLang: 'de' };
  };
};

let subject: Awaited<ReturnType<typeof depsWith>>;
beforeEach(async () => {
  subject = await depsWith();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('flagTab', () => {
  it('saves the page reading, detections, both evidence files and the researcher', async () => {
    const { outcome, flag } = await flagTab(subject.deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    const [observation] = flag.observations;

    expect(outcome).toBe('created');
    expect(flag).toMatchObject({ canonicalUrl: reading.canonicalUrl, platform: reading.platform, ad: reading.ad });
    expect(flag.assessment).toMatchObject({
      intent: 'selling',
      paperwork: 'mit CITES Bescheinigung',
      tradeTerms: ['CAR'],
    });
    expect(observation).toMatchObject({
      url: PAGE,
      trigger: 'button',
      detected: [ivory],
      capturedBy: { researcherId: 'anna.k', survey: 'Ivory 2026' },
      extensionVersion: '0.1.0',
      missing: [],
    });
    expect(observation!.artifacts.map((a) => [a.kind, a.mimeType])).toEqual([
      ['screenshot', 'image/png'],
      ['snapshot', 'multipart/related'],
    ]);
    expect(subject.calls.includeHtml).toEqual([false]);
  });

  it('asks the page to read the ad as of the capture time (relative posting dates count back from it)', async () => {
    const asked: (string | undefined)[] = [];
    const { deps } = await depsWith({
      readPage: async (_tabId, { capturedAt }) => {
        asked.push(capturedAt);
        return reading;
      },
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(asked).toEqual([flag.observations[0]!.capturedAt]);
  });

  it('checks what the page does to the highlights in the first reading only, the one taken while they are shown', async () => {
    const asked: PageReadingRequest[] = [];
    const { deps } = await depsWith({
      readPage: async (_tabId, request) => {
        asked.push(request);
        return { ...reading, text: 'Elfenbein Figur' };
      },
    });
    await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(asked.map(({ includeHtml, checkPaint }) => ({ includeHtml, checkPaint }))).toEqual([
      { includeHtml: false, checkPaint: true },
      { includeHtml: false, checkPaint: undefined },
    ]);
  });

  it('stops before any screenshot when the ad is flagged and the researcher was not asked yet', async () => {
    await flagTab(subject.deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    const again = await flagTab(subject.deps, { tabId: 7, trigger: 'shortcut', ifFlagged: 'ask' });
    expect(again.outcome).toBe('already-flagged');
    expect(subject.calls.screenshots).toBe(1);
  });

  it('saves the record when the screenshot fails, saying why', async () => {
    const { deps } = await depsWith({
      screenshot: () => Promise.reject(new Error('another tab came to front during the screenshot')),
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.observations[0]!.missing).toEqual([
      { kind: 'screenshot', reason: 'another tab came to front during the screenshot' },
    ]);
    expect(flag.observations[0]!.artifacts.map((a) => a.kind)).toEqual(['snapshot']);
  });

  it('keeps the serialized HTML as the snapshot where the browser has no MHTML (Firefox)', async () => {
    const { deps, calls } = await depsWith({ snapshot: undefined });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(calls.includeHtml).toEqual([true]);
    expect(flag.observations[0]!.artifacts[1]).toMatchObject({ kind: 'snapshot', mimeType: 'text/html' });
  });

  it('keeps the reading of a page whose HTML was too large to keep (Firefox), and says why it has no snapshot', async () => {
    const refused = "the page's HTML passed 33,554,432 characters, Spoor's limit for a snapshot: not kept";
    const { deps } = await depsWith({
      snapshot: undefined,
      readPage: async () => ({ ...reading, htmlRefused: refused }),
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.ad.title).toBe(reading.ad.title);
    expect(flag.observations[0]!.missing).toEqual([{ kind: 'snapshot', reason: refused }]);
  });

  it('flags from the URL and tab title when the content script does not answer', async () => {
    const { deps } = await depsWith({ readPage: () => Promise.reject(new Error('Receiving end does not exist.')) });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'page-menu', ifFlagged: 'ask' });
    expect(flag.canonicalUrl).toBe('https://www.ebay.de/itm/123456');
    expect(flag.ad).toMatchObject({ title: 'Elfenbein Figur | eBay', sources: { title: 'fallback' } });
    expect(flag.platform).toMatchObject({ id: 'ebay', country: 'DE' });
  });

  it('flags a page still loading as far as it has arrived, waiting once, and its record says where the text ended', async () => {
    const waits: Array<ParseWait | undefined> = [];
    const textCut = { reason: 'loading', characters: 1_204, after: 'Elfenbein Figur, 19. Jh.' } as const;
    const { deps, calls } = await depsWith({
      readPage: async (_tabId, _request, parseWait) => (waits.push(parseWait), { ...reading, text: 'Figur', textCut }),
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    // The first reading waits for the parse (the flag's default wait); the one after the screenshot reads at once.
    expect(waits).toEqual([undefined, READ_AS_ARRIVED]);
    expect(flag.observations[0]!.textCut).toEqual(textCut);
    expect(calls.screenshots).toBe(1);
  });
});

describe('flagTab against a page that changes or hides its words', () => {
  it('says the text changed while captured when the page changed it and back between its two readings', async () => {
    const watches: (string | undefined)[] = [];
    const { deps } = await depsWith({
      readPage: async (_tabId, { watch }) => {
        watches.push(watch);
        return { ...reading, text: 'Elfenbein Figur, 450 EUR', ...(watch === 'end' && { changedMeanwhile: true }) };
      },
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(watches).toEqual(['start', 'end']);
    expect(flag.observations[0]!.changedDuringCapture).toEqual(['text']);
  });

  it('records the names of the text captured at flag time, and the page scan’s apart when it named others', async () => {
    // The scan saw ivory; the seller swapped the ad's words for a parrot before the flag.
    const { deps } = await depsWith({ readPage: readingsOf(['Graupapagei, handzahm']), detectionsIn });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    const [observation] = flag.observations;
    expect(observation!.detected.map((d) => d.label)).toEqual(['Psittacus erithacus']);
    expect(observation!.detectedOnPage).toEqual([ivory]);
    expect(observation!.changedDuringCapture).toBeUndefined();
    // The language the names were read under travels with them, for a coordinator's reading at import.
    expect(observation!.pageLang).toBe('de');
  });

  it('keeps no second list when the scan and the captured text name the same entries', async () => {
    const [parrot] = detectionsInText(matcher, 'Graupapagei', 'de');
    const { deps } = await depsWith({
      readPage: readingsOf(['Graupapagei, handzahm, zwei Graupapageien']),
      detections: async () => [{ ...parrot!, count: 7 }],
      detectionsIn,
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.observations[0]!.detected).toMatchObject([{ label: 'Psittacus erithacus', count: 2 }]);
    expect(flag.observations[0]).not.toHaveProperty('detectedOnPage');
  });

  it('says which fields read otherwise once the evidence was taken (a page swapping its ad for the screenshot)', async () => {
    const { deps } = await depsWith({
      readPage: readingsOf(['Elfenbein Figur, alt', 'Harz Figur, alt'], (i) => (i === 0 ? 'Elfenbein Figur' : 'Figur')),
      detectionsIn,
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    const [observation] = flag.observations;
    expect(observation!.changedDuringCapture).toEqual(['title', 'text']);
    // What was captured first is what the flag keeps.
    expect(flag.ad.title).toBe('Elfenbein Figur');
    expect(observation!.detected.map((d) => d.matched)).toEqual([['Elfenbein']]);
  });

  it('reads the page as the screenshot is taken, before the highlights come back (a page swapping its ad only then)', async () => {
    let pictured = false;
    const { deps } = await depsWith({
      // The page shows the parrot ad, except while Spoor's highlights are off for the picture.
      readPage: async () => ({ ...reading, text: pictured ? 'Fahrrad' : 'Graupapagei', pageLang: 'de' }),
      screenshot: async (_tab, whilePictured) => {
        pictured = true;
        await whilePictured?.();
        pictured = false;
        return new Blob([PNG_SIGNATURE], { type: 'image/png' });
      },
      detectionsIn,
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.observations[0]!.changedDuringCapture).toEqual(['text']);
  });

  it('says the address changed when the tab left the ad while captured (the record would mix two pages)', async () => {
    // A page that navigates once Spoor starts (a same-document pushState or a new page): the tab's URL at the start
    // is the record's, the readings and the screenshot are of what the tab shows after.
    const urls = [PAGE, 'https://www.ebay.de/itm/2'];
    const { deps } = await depsWith({
      getTab: async (id) => ({ id, windowId: 1, url: urls.length > 1 ? urls.shift()! : urls[0]! }),
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.observations[0]).toMatchObject({ url: PAGE, changedDuringCapture: ['url'] });
  });

  it('says the address changed when the tab left the ad for no web page while captured (about:blank, a blob: page)', async () => {
    // A page that sends itself to a page of its making as Spoor hides its highlights: the screenshot may show that.
    let calls = 0;
    const { deps } = await depsWith({
      getTab: async (id) => {
        if (calls++ === 0) return { id, windowId: 1, url: PAGE };
        throw new NotWebPageError();
      },
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.observations[0]).toMatchObject({ url: PAGE, changedDuringCapture: ['url'] });
  });

  it('says nothing of the address when the tab was closed once the evidence was in', async () => {
    let calls = 0;
    const { deps } = await depsWith({
      getTab: async (id) => {
        if (calls++ === 0) return { id, windowId: 1, url: PAGE };
        throw new Error(`No tab with id: ${id}.`);
      },
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.observations[0]!.changedDuringCapture).toBeUndefined();
  });

  it('says the address changed when the page read is on another site than the tab was (it moved before it was read)', async () => {
    const { deps } = await depsWith({
      readPage: async () => ({ ...reading, canonicalUrl: 'https://seller-b.example/ad/9' }),
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.observations[0]).toMatchObject({ url: PAGE, changedDuringCapture: ['url'] });
  });

  it('says nothing changed when the tab stayed on the ad, whatever its fragment and tracking parameters did', async () => {
    const urls = [PAGE, `${PAGE}&utm_campaign=spring#photo-2`];
    const { deps } = await depsWith({
      getTab: async (id) => ({ id, windowId: 1, url: urls.length > 1 ? urls.shift()! : urls[0]! }),
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.observations[0]!.changedDuringCapture).toBeUndefined();
  });

  it('keeps its screenshot and says the page did not answer when the page holds its main thread once pictured', async () => {
    // A dialog opened again each time one closes, or a script that never yields, as Spoor's highlights go off.
    let pictured = false;
    const { deps } = await depsWith({
      pageAnswerMs: 20,
      readPage: (_tabId, { watch }) =>
        watch === 'end' && pictured ? new Promise<never>(() => {}) : Promise.resolve({ ...reading, text: 'Elfenbein' }),
      screenshot: async (_tab, whilePictured) => {
        pictured = true;
        await whilePictured?.();
        return new Blob([PNG_SIGNATURE], { type: 'image/png' });
      },
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    const [observation] = flag.observations;
    expect(observation!.changedDuringCapture).toEqual(['unanswered']);
    expect(observation!.artifacts.map((artifact) => artifact.kind)).toEqual(['screenshot', 'snapshot']);
    expect(flag.ad.title).toBe(reading.ad.title);
  });

  it('flags from the URL when the page never answers its first reading', async () => {
    const { deps } = await depsWith({ pageAnswerMs: 20, readPage: () => new Promise<never>(() => {}) });
    // The first reading waits for a page still being parsed too: its bound is PARSE_WAIT_MS longer.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const flagging = flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    await vi.advanceTimersByTimeAsync(PARSE_WAIT_MS + 20);
    vi.useRealTimers();
    const { flag } = await flagging;
    expect(flag.ad).toMatchObject({ title: 'Elfenbein Figur | eBay', sources: { title: 'fallback' } });
  });

  it('says the page itself changed when the tab loaded another document meanwhile (a reload, at the same address)', async () => {
    let documentStarted = 1_000;
    const { deps } = await depsWith({
      readPage: async () => ({ ...reading, text: 'Elfenbein', documentStarted: documentStarted++ }),
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.observations[0]!.changedDuringCapture).toEqual(['page']);
  });

  it('says nothing changed when both readings are of one document', async () => {
    const { deps } = await depsWith({
      readPage: async () => ({ ...reading, text: 'Elfenbein', documentStarted: 1_000 }),
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.observations[0]!.changedDuringCapture).toBeUndefined();
  });

  it('records the page scan’s names when the dictionary cannot be read', async () => {
    const { deps } = await depsWith({
      readPage: readingsOf(['Graupapagei']),
      detectionsIn: () => Promise.reject(new Error('storage unavailable')),
    });
    const { flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(flag.observations[0]!.detected).toEqual([ivory]);
    expect(flag.observations[0]).not.toHaveProperty('detectedOnPage');
  });
});

describe('flagLink', () => {
  it('records what the link tells and why there is no evidence', async () => {
    const link = {
      url: 'https://www.ebay.de/itm/999?utm_campaign=x#photos',
      text: '  Netsuke  Elfenbein ',
      foundOn: 'https://www.ebay.de/sch?q=netsuke',
    };
    const { flag } = await flagLink(subject.deps, link, 'ask');
    const [observation] = flag.observations;

    expect(flag.canonicalUrl).toBe('https://www.ebay.de/itm/999');
    expect(flag.ad).toMatchObject({ title: 'Netsuke Elfenbein', sources: { title: 'link' } });
    expect(observation).toMatchObject({ trigger: 'link-menu', foundOn: link.foundOn, detected: [], artifacts: [] });
    expect(observation!.missing.map((m) => m.kind)).toEqual(['screenshot', 'snapshot']);
    expect(subject.calls.screenshots).toBe(0);
  });

  it('is found again when the ad itself is flagged later', async () => {
    const { flag } = await flagLink(subject.deps, { url: 'https://www.ebay.de/itm/123456?utm_source=x' }, 'ask');
    const later = await flagTab(subject.deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' });
    expect(later).toMatchObject({ outcome: 'already-flagged', flag: { id: flag.id } });
  });
});
