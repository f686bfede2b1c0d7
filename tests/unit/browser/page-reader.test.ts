import { describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { readPageInTab } from '@/lib/browser/page-reader';
import { PAGE_READER_FILE, PAGE_READER_GLOBAL, type PageReadingRequest } from '@/lib/flags/read-page';
import { NO_PARSE_WAIT, PageStillLoadingError } from '@/lib/flags/page-loading';
import { reading } from '../flags/support';

type Injection = {
  files?: string[];
  func?: (...args: unknown[]) => unknown;
  args?: unknown[];
  injectImmediately?: boolean;
};

/** The frame's document as the injected functions see it: parsed, or still being parsed until `parse()`. */
function documentOf(readyState: DocumentReadyState) {
  const parsedListeners: Array<() => void> = [];
  return {
    readyState,
    addEventListener: (type: string, listener: () => void) =>
      void (type === 'DOMContentLoaded' && parsedListeners.push(listener)),
    parse() {
      this.readyState = 'interactive';
      for (const listener of parsedListeners.splice(0)) listener();
    },
  };
}

/**
 * A tab's top frame as `scripting.executeScript` sees it: a world of its own where an injected file leaves the
 * reader, and where a function runs with its arguments (its promise awaited, as the browser does). Counts the files
 * it was made to evaluate; every injection is asked to run at once (`deferred` counts those that were not).
 */
function frame(answer: (request: PageReadingRequest) => unknown, doc = documentOf('complete')) {
  const world: Record<string, unknown> = { document: doc };
  const evaluated: string[] = [];
  let deferred = 0;
  const api = {
    scripting: {
      async executeScript({ files, func, args = [], injectImmediately }: Injection) {
        if (!injectImmediately) deferred += 1;
        if (files) {
          evaluated.push(...files);
          world[PAGE_READER_GLOBAL] = answer;
          return [{ result: undefined }];
        }
        // The function runs in the frame's world: its globals are the world's.
        const saved = Object.fromEntries(Object.keys(world).map((key) => [key, (globalThis as never)[key]]));
        Object.assign(globalThis, world);
        let result: unknown;
        try {
          result = func!(...args);
        } finally {
          for (const key of Object.keys(world)) {
            if (saved[key] === undefined) delete (globalThis as Record<string, unknown>)[key];
            else (globalThis as Record<string, unknown>)[key] = saved[key];
          }
        }
        return [{ result: await result }];
      },
    },
  };
  return {
    api: api as unknown as typeof browser,
    evaluated,
    deferred: () => deferred,
    navigate: () => delete world[PAGE_READER_GLOBAL],
  };
}

describe('readPageInTab', () => {
  it('injects the reader once per document and calls what it left for every later reading', async () => {
    const asked: PageReadingRequest[] = [];
    const tab = frame((request) => (asked.push(request), reading));
    expect(await readPageInTab(tab.api, 1, { includeHtml: false })).toEqual(reading);
    expect(await readPageInTab(tab.api, 1, { includeHtml: false, capturedAt: '2026-12-04T17:00:00.000Z' })).toEqual(
      reading,
    );
    expect(tab.evaluated).toEqual([PAGE_READER_FILE]);
    expect(asked).toEqual([{ includeHtml: false }, { includeHtml: false, capturedAt: '2026-12-04T17:00:00.000Z' }]);
    // A new document is a new world: the reader is injected into it again.
    tab.navigate();
    await readPageInTab(tab.api, 1, { includeHtml: true });
    expect(tab.evaluated).toEqual([PAGE_READER_FILE, PAGE_READER_FILE]);
    // Never held until the browser deems the page idle (which a page still loading never is).
    expect(tab.deferred()).toBe(0);
  });

  it('reads a page still being parsed once it is parsed', async () => {
    const asked: PageReadingRequest[] = [];
    const doc = documentOf('loading');
    const tab = frame((request) => (asked.push(request), reading), doc);
    const read = readPageInTab(tab.api, 1, { includeHtml: false }, { waitMs: 60_000, readPartial: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(asked).toEqual([]);
    doc.parse();
    expect(await read).toEqual(reading);
    expect(asked).toEqual([{ includeHtml: false }]);
  });

  it('reads a page still being parsed as far as it has arrived when the wait runs out', async () => {
    const asked: PageReadingRequest[] = [];
    const tab = frame((request) => (asked.push(request), reading), documentOf('loading'));
    expect(await readPageInTab(tab.api, 1, { includeHtml: false }, { waitMs: 10, readPartial: true })).toEqual(reading);
    expect({ asked, evaluated: tab.evaluated }).toEqual({
      asked: [{ includeHtml: false }],
      evaluated: [PAGE_READER_FILE],
    });
  });

  it('refuses a page still being parsed when the wait runs out and a part will not do, without reading it', async () => {
    const asked: PageReadingRequest[] = [];
    const tab = frame((request) => (asked.push(request), reading), documentOf('loading'));
    const read = readPageInTab(tab.api, 1, { includeHtml: false }, NO_PARSE_WAIT);
    await expect(read).rejects.toBeInstanceOf(PageStillLoadingError);
    expect({ asked, evaluated: tab.evaluated }).toEqual({ asked: [], evaluated: [] });
  });

  it('refuses an answer that is not a page reading', async () => {
    const tab = frame(() => ({ ...reading, canonicalUrl: 'javascript:alert(1)' }));
    await expect(readPageInTab(tab.api, 1, { includeHtml: false })).rejects.toThrow('The page could not be read.');
  });
});
