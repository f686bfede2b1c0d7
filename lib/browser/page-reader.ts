import type { browser } from 'wxt/browser';
import { PageReadingSchema, type PageReading } from '@/lib/flags/page-reading';
import { PAGE_READER_FILE, PAGE_READER_GLOBAL, type PageReadingRequest } from '@/lib/flags/read-page';

type Api = typeof browser;

/**
 * Reads the ad in a tab's top frame: injects the page reader (once per page
 * is enough, but injecting again is harmless), then calls it with the request.
 * Its answer is parsed here, the trust boundary: the page may have tampered
 * with anything the reader read.
 * @example const reading = await readPageInTab(browser, tabId, { includeHtml: false, capturedAt });
 */
export async function readPageInTab(api: Api, tabId: number, request: PageReadingRequest): Promise<PageReading> {
  const target = { tabId, frameIds: [0] };
  await api.scripting.executeScript({ target, files: [PAGE_READER_FILE] });
  const [injection] = await api.scripting.executeScript({
    target,
    // Runs in the tab, serialised: it may use only its arguments.
    func: (name: string, asked: PageReadingRequest) =>
      (globalThis as unknown as Record<string, (request: PageReadingRequest) => unknown>)[name]!(asked),
    args: [PAGE_READER_GLOBAL, request],
  });
  const reading = PageReadingSchema.safeParse(injection?.result);
  if (!reading.success) throw new Error('The page could not be read.');
  return reading.data;
}
