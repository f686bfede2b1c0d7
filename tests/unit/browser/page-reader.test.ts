import { describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { readPageInTab } from '@/lib/browser/page-reader';
import { PAGE_READER_FILE, PAGE_READER_GLOBAL, type PageReadingRequest } from '@/lib/flags/read-page';
import { reading } from '../flags/support';

type Injection = { files?: string[]; func?: (...args: unknown[]) => unknown; args?: unknown[] };

/**
 * A tab's top frame as `scripting.executeScript` sees it: a world of its own where an injected file leaves the
 * reader, and where a function runs with its arguments. Counts the files it was made to evaluate.
 */
function frame(answer: (request: PageReadingRequest) => unknown) {
  const world: Record<string, unknown> = {};
  const evaluated: string[] = [];
  const api = {
    scripting: {
      async executeScript({ files, func, args = [] }: Injection) {
        if (files) {
          evaluated.push(...files);
          world[PAGE_READER_GLOBAL] = answer;
          return [{ result: undefined }];
        }
        // The function runs in the frame's world: its globals are the world's.
        const saved = Object.fromEntries(Object.keys(world).map((key) => [key, (globalThis as never)[key]]));
        Object.assign(globalThis, world);
        try {
          return [{ result: func!(...args) }];
        } finally {
          for (const key of Object.keys(world)) {
            if (saved[key] === undefined) delete (globalThis as Record<string, unknown>)[key];
            else (globalThis as Record<string, unknown>)[key] = saved[key];
          }
        }
      },
    },
  };
  return { api: api as unknown as typeof browser, evaluated, navigate: () => delete world[PAGE_READER_GLOBAL] };
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
  });

  it('refuses an answer that is not a page reading', async () => {
    const tab = frame(() => ({ ...reading, canonicalUrl: 'javascript:alert(1)' }));
    await expect(readPageInTab(tab.api, 1, { includeHtml: false })).rejects.toThrow('The page could not be read.');
  });
});
