import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { copiedSettings, SETTINGS_COPY_KEY, startSettingsCopy } from '@/lib/browser/settings-copy';

const copy = async () => (await fakeBrowser.storage.session.get(SETTINGS_COPY_KEY))[SETTINGS_COPY_KEY];

beforeEach(() => fakeBrowser.reset());

describe("storage.session's copy of the settings", () => {
  it('holds the stored settings once the background has started', async () => {
    await fakeBrowser.storage.local.set({ settings: { researcherId: 'anna.k', uiLanguage: 'de' } });
    await startSettingsCopy(fakeBrowser);
    expect(await copy()).toEqual({ researcherId: 'anna.k', uiLanguage: 'de' });
  });

  it('holds no settings (every one at its default) when none are stored yet', async () => {
    await startSettingsCopy(fakeBrowser);
    expect(await copy()).toEqual({});
  });

  it('follows every change of the settings, the last one last', async () => {
    await startSettingsCopy(fakeBrowser);
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'fr' } });
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'pl' } });
    // vi.waitFor's 1 s default (no config reaches it) fails a worker starved of the CPU for a second.
    await vi.waitFor(async () => expect(await copy()).toEqual({ uiLanguage: 'pl' }), { timeout: 30_000 });
  });

  it("is not touched by other keys' changes", async () => {
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'nl' } });
    await startSettingsCopy(fakeBrowser);
    await fakeBrowser.storage.session.set({ [SETTINGS_COPY_KEY]: { uiLanguage: 'it' } });
    await fakeBrowser.storage.local.set({ customTerms: [] });
    await new Promise((settled) => setTimeout(settled, 20));
    expect(await copy()).toEqual({ uiLanguage: 'it' });
  });
});

describe('copiedSettings', () => {
  it('answers as storage.local would, from the copy when there is one', async () => {
    await fakeBrowser.storage.session.set({ [SETTINGS_COPY_KEY]: { researcherId: 'jan.b' } });
    expect(await copiedSettings(fakeBrowser.storage)).toEqual({ settings: { researcherId: 'jan.b' } });
  });

  it('reads storage.local when the background has made no copy yet (the browser just started)', async () => {
    await fakeBrowser.storage.local.set({ settings: { researcherId: 'anna.k' } });
    expect(await copiedSettings(fakeBrowser.storage)).toEqual({ settings: { researcherId: 'anna.k' } });
    await fakeBrowser.storage.local.clear();
    expect(await copiedSettings(fakeBrowser.storage)).toEqual({});
  });
});
