import type { browser } from 'wxt/browser';
import { PageReadingSchema, type PageReading } from '@/lib/flags/page-reading';
import { PAGE_READER_FILE, PAGE_READER_GLOBAL, type PageReadingRequest } from '@/lib/flags/read-page';
import { FLAG_PARSE_WAIT, PageStillLoadingError, type ParseWait } from '@/lib/flags/page-loading';
import { orWhenLate } from '@/lib/scheduling/time-bound';

type Api = typeof browser;

/** What the call answers in a frame the reader was not injected into yet. */
const NO_READER = '__spoor:no-reader';
/** What it answers in a document the browser is still parsing. */
const STILL_PARSING = '__spoor:still-parsing';

/**
 * Reads the ad in a tab's top frame: calls the page reader the frame already holds, else injects it (its extractor
 * and Public Suffix List are half a megabyte to evaluate: a flag reads the page twice, around its screenshot, and a
 * page flagged again is read again) and calls it then. Its answer is parsed here, the trust boundary: the page may
 * have tampered with anything the reader read (never with the reader itself, which lives in Spoor's isolated world).
 * Injected at once, never at the browser's "document idle" (a page still loading would hold a flag for as long as it
 * loads, unsaid): a document still being parsed is waited for as `parseWait` says, then read as far as it has arrived
 * (its reading's `textCut` says so) or refused with PageStillLoadingError.
 * @example const reading = await readPageInTab(browser, tabId, { includeHtml: false, capturedAt });
 */
export async function readPageInTab(
  api: Api,
  tabId: number,
  request: PageReadingRequest,
  parseWait: ParseWait = FLAG_PARSE_WAIT,
): Promise<PageReading> {
  const target = { tabId, frameIds: [0] };
  let inPart = false;
  let answer = await callReader(api, target, request, inPart);
  if (answer === STILL_PARSING) {
    inPart = !(await untilParsed(api, target, parseWait.waitMs));
    if (inPart && !parseWait.readPartial) throw new PageStillLoadingError(parseWait.waitMs);
    answer = await callReader(api, target, request, inPart);
  }
  if (answer === NO_READER) {
    await api.scripting.executeScript({ target, files: [PAGE_READER_FILE], injectImmediately: true });
    answer = await callReader(api, target, request, inPart);
  }
  const reading = PageReadingSchema.safeParse(answer);
  if (!reading.success) throw new Error('The page could not be read.');
  return reading.data;
}

async function callReader(
  api: Api,
  target: { tabId: number; frameIds: number[] },
  request: PageReadingRequest,
  inPart: boolean,
): Promise<unknown> {
  const [injection] = await api.scripting.executeScript({
    target,
    injectImmediately: true,
    // Runs in the tab, serialised: it may use only its arguments.
    func: (name: string, asked: PageReadingRequest, missing: string, parsing: string, readsInPart: boolean) => {
      if (document.readyState === 'loading' && !readsInPart) return parsing;
      const read = (globalThis as unknown as Record<string, ((request: PageReadingRequest) => unknown) | undefined>)[
        name
      ];
      return typeof read === 'function' ? read(asked) : missing;
    },
    args: [PAGE_READER_GLOBAL, request, NO_READER, STILL_PARSING, inPart],
  });
  return injection?.result;
}

/**
 * Whether the frame's document is parsed (DOMContentLoaded) within `waitMs`. The wait is timed here, not in the page,
 * whose timers a hidden tab slows.
 */
async function untilParsed(api: Api, target: { tabId: number; frameIds: number[] }, waitMs: number): Promise<boolean> {
  const parsed = api.scripting
    .executeScript({
      target,
      injectImmediately: true,
      func: () =>
        document.readyState !== 'loading' ||
        new Promise<boolean>((done) => document.addEventListener('DOMContentLoaded', () => done(true), { once: true })),
    })
    .then(([injection]) => injection?.result === true);
  return orWhenLate(parsed, waitMs, () => false);
}
