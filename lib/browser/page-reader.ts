import type { browser } from 'wxt/browser';
import { PageReadingSchema, type PageReading } from '@/lib/flags/page-reading';
import { PAGE_READER_FILE, PAGE_READER_GLOBAL, type PageReadingRequest } from '@/lib/flags/read-page';

type Api = typeof browser;

/** What the call answers in a frame the reader was not injected into yet. */
const NO_READER = '__spoor:no-reader';

/**
 * Reads the ad in a tab's top frame: calls the page reader the frame already holds, else injects it (its extractor
 * and Public Suffix List are half a megabyte to evaluate: a flag reads the page twice, around its screenshot, and a
 * page flagged again is read again) and calls it then. Its answer is parsed here, the trust boundary: the page may
 * have tampered with anything the reader read (never with the reader itself, which lives in Spoor's isolated world).
 * @example const reading = await readPageInTab(browser, tabId, { includeHtml: false, capturedAt });
 */
export async function readPageInTab(api: Api, tabId: number, request: PageReadingRequest): Promise<PageReading> {
  const target = { tabId, frameIds: [0] };
  let answer = await callReader(api, target, request);
  if (answer === NO_READER) {
    await api.scripting.executeScript({ target, files: [PAGE_READER_FILE] });
    answer = await callReader(api, target, request);
  }
  const reading = PageReadingSchema.safeParse(answer);
  if (!reading.success) throw new Error('The page could not be read.');
  return reading.data;
}

async function callReader(
  api: Api,
  target: { tabId: number; frameIds: number[] },
  request: PageReadingRequest,
): Promise<unknown> {
  const [injection] = await api.scripting.executeScript({
    target,
    // Runs in the tab, serialised: it may use only its arguments.
    func: (name: string, asked: PageReadingRequest, missing: string) => {
      const read = (globalThis as unknown as Record<string, ((request: PageReadingRequest) => unknown) | undefined>)[
        name
      ];
      return typeof read === 'function' ? read(asked) : missing;
    },
    args: [PAGE_READER_GLOBAL, request, NO_READER],
  });
  return injection?.result;
}
