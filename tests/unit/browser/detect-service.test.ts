import { beforeEach, expect, it, vi } from 'vitest';
import type { Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startDetectService } from '@/lib/browser/detect-service';
import { MATCH_CARD_FILE } from '@/lib/detect/lazy-match-card';
import { DETECTOR_FILES } from '@/lib/detect/on-demand';

// WXT's fake browser leaves scripting unimplemented: the injections asked for are recorded instead.
const injected: unknown[] = [];
const styled: unknown[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  injected.length = 0;
  styled.length = 0;
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
    injected.push(injection);
    return [];
  });
  vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockImplementation(async (injection) => {
    styled.push(injection);
  });
});

const handlers = () => startDetectService(fakeBrowser as unknown as typeof browser);
const sender = (frameId: number, tab?: { id: number }) =>
  ({ id: 'spoor', frameId, tab }) as unknown as Browser.runtime.MessageSender;

it('injects the hover card into the frame that first painted a highlight, and only there', async () => {
  await handlers()['detect/module']!({ name: 'hover-card' }, sender(7, { id: 3 }));
  expect(injected).toEqual([
    { target: { tabId: 3, frameIds: [7] }, files: [MATCH_CARD_FILE], injectImmediately: true },
  ]);
  expect(styled).toEqual([]);
});

it('injects the detector, its page scanner and its highlight styles into the embedded frame that came to hold words, and only there', async () => {
  await handlers()['detect/frame']!({}, sender(4, { id: 9 }));
  // The scanner first: the detector finds it in its world and does not ask for it again.
  const files = ['/page-detect.js', '/content-scripts/content.js'];
  expect(injected).toEqual([{ target: { tabId: 9, frameIds: [4] }, files, injectImmediately: true }]);
  expect(styled).toEqual([{ target: { tabId: 9, frameIds: [4] }, files: ['/content-scripts/content.css'] }]);
  expect(DETECTOR_FILES).toEqual({ scripts: files, styles: '/content-scripts/content.css' });
});

it('injects the page scanner into the top frame whose detector asked while its dictionary loads', async () => {
  await handlers()['detect/module']!({ name: 'page-detect' }, sender(0, { id: 6 }));
  expect(injected).toEqual([
    { target: { tabId: 6, frameIds: [0] }, files: ['/page-detect.js'], injectImmediately: true },
  ]);
});

it("injects the matcher's second stage into the frame whose text first needed it", async () => {
  await handlers()['detect/module']!({ name: 'full-scan' }, sender(0, { id: 5 }));
  expect(injected).toEqual([
    { target: { tabId: 5, frameIds: [0] }, files: ['/full-scan.js'], injectImmediately: true },
  ]);
});

it('injects nothing for a sender outside any tab', async () => {
  await expect(handlers()['detect/module']!({ name: 'hover-card' }, sender(0))).rejects.toThrow('no tab');
  await expect(handlers()['detect/frame']!({}, sender(2))).rejects.toThrow('detect/frame: no tab');
  expect(injected).toEqual([]);
  expect(styled).toEqual([]);
});

it('paints the marks of a frame whose page restyles them with a user sheet of important rules, in the colours set, once', async () => {
  const removed: unknown[] = [];
  vi.spyOn(fakeBrowser.scripting, 'removeCSS').mockImplementation(async (injection) => void removed.push(injection));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `(${key})`);
  const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
  const service = handlers();
  await service['detect/restyled']!({}, sender(2, { id: 8 }));
  const first = styled[0] as { target: unknown; css: string; origin: string };
  expect(first).toMatchObject({ target: { tabId: 8, frameIds: [2] }, origin: 'USER' });
  expect(first.css).toContain('::highlight(spoor-trade) { background-color: #b197fc !important;');
  expect(setTitle).toHaveBeenCalledWith({ tabId: 8, title: 'Spoor: (badgePaintRestyled)' });
  expect(removed).toEqual([]);

  // New colours: the frame asks again, and the sheet of the old ones goes.
  await fakeBrowser.storage.local.set({ settings: { colors: { trade: '#00ff00' } } });
  await service['detect/restyled']!({}, sender(2, { id: 8 }));
  expect(removed).toEqual([{ target: { tabId: 8, frameIds: [2] }, css: first.css, origin: 'USER' }]);
  expect((styled[1] as { css: string }).css).toContain(
    '::highlight(spoor-trade) { background-color: #00ff00 !important;',
  );
});
