import { afterEach, expect, it, vi } from 'vitest';

/* The content script finds the extension API on first use, never a page's element that shows through as `browser`. */

const globals = globalThis as unknown as Record<string, unknown>;
const extension = (name: string) => ({ name, runtime: { id: 'spoor' } });

afterEach(() => {
  delete globals.browser;
  delete globals.chrome;
  vi.resetModules();
});

const contentApi = async () => (await import('@/lib/browser/content-api')).contentApi();

it('takes the browser namespace where the browser defines one', async () => {
  globals.browser = extension('browser');
  globals.chrome = extension('chrome');
  expect(await contentApi()).toBe(globals.browser);
});

it('takes chrome when `browser` is a page element (an element with id="browser" shows through)', async () => {
  globals.browser = { id: 'browser', tagName: 'DIV' };
  globals.chrome = extension('chrome');
  expect(await contentApi()).toBe(globals.chrome);
});

it('looks the namespace up once, on first use, not at import', async () => {
  const { contentApi: lookUp } = await import('@/lib/browser/content-api');
  globals.chrome = extension('chrome');
  expect(lookUp()).toBe(globals.chrome);
  globals.chrome = extension('another');
  expect(lookUp()).not.toBe(globals.chrome);
});
