import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabStore, readTabDetections } from '@/lib/browser/tab-store';
import { ivoryEntry } from '../../support/report-entries';

const ivory = (count: number, word = 'ivory') => ivoryEntry({ count, matched: [word], langs: ['en'] });

beforeEach(() => fakeBrowser.reset());

it('merges the frames of a tab; a frame’s new report replaces its old one', async () => {
  const store = createTabStore(fakeBrowser.storage.session);
  await store.saveFrame(7, 0, 'https://a.example/', [ivory(2)]);
  await store.saveFrame(7, 3, 'https://ads.example/', [ivory(1, 'Elfenbein')]);
  const merged = await store.saveFrame(7, 0, 'https://a.example/', [ivory(4)]);
  expect(merged).toEqual([{ ...ivory(5), matched: ['ivory', 'Elfenbein'] }]);
  expect(await readTabDetections(fakeBrowser.storage.session, 7)).toEqual(merged);
  expect(await readTabDetections(fakeBrowser.storage.session, 8)).toEqual([]);
});

it('keeps concurrent reports of several frames', async () => {
  const store = createTabStore(fakeBrowser.storage.session);
  await Promise.all([1, 2, 3, 4].map((frame) => store.saveFrame(1, frame, 'https://a.example/', [ivory(1)])));
  expect((await readTabDetections(fakeBrowser.storage.session, 1))[0]!.count).toBe(4);
});

it('survives a restart (a new store reads what the old one wrote) and clears a tab', async () => {
  await createTabStore(fakeBrowser.storage.session).saveFrame(2, 0, 'https://a.example/', [ivory(1)]);
  const restarted = createTabStore(fakeBrowser.storage.session);
  expect(await restarted.saveFrame(2, 5, 'https://b.example/', [ivory(1)])).toEqual([{ ...ivory(2) }]);
  await restarted.clearTab(2);
  expect(await readTabDetections(fakeBrowser.storage.session, 2)).toEqual([]);
});

it('ignores a damaged stored record', async () => {
  await fakeBrowser.storage.session.set({ 'detect/tab/3': { 0: { url: 1 } } });
  expect(await readTabDetections(fakeBrowser.storage.session, 3)).toEqual([]);
});
