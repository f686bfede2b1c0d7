import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '@/lib/settings/detect-settings';

/**
 * The key of storage.session's copy of the settings, which the popup's first screen reads (issue 14). storage.local
 * answers its calls one after another, so a popup opened while a tab reads its dictionary's parts (the full
 * checklist: hundreds of large replies) waited behind them for the settings; storage.session answers at once.
 */
export const SETTINGS_COPY_KEY = 'settings/copy';

/** What the copy needs of the browser's storage; browser fits, and so does fakeBrowser. */
interface CopyApi {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    session: { set(items: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void };
  };
}

/**
 * Keeps storage.session's copy of the settings as storage.local holds them: copied as the background starts (the
 * browser empties storage.session when it restarts) and again whenever they change. Each copy reads storage.local
 * after the one before has written, so the last write holds the last settings.
 * @example startSettingsCopy(browser);
 */
export function startSettingsCopy(api: CopyApi = browser): Promise<void> {
  const { local, session } = api.storage;
  const copy = async () => {
    const stored = (await local.get(SETTINGS_KEY))[SETTINGS_KEY];
    // No settings stored yet is copied too ({}: every setting at its default), so the popup does not read them again.
    await session.set({ [SETTINGS_COPY_KEY]: stored ?? {} });
  };
  let copied = copy().catch(() => undefined);
  api.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && SETTINGS_KEY in changes) copied = copied.then(copy).catch(() => undefined);
  });
  return copied;
}

/** The storage areas a page reads the settings from: storage.session's copy, else storage.local. */
interface SettingsAreas {
  session: { get(key: string): Promise<Record<string, unknown>> };
  local: { get(key: string): Promise<Record<string, unknown>> };
}

/**
 * The settings as storage.local's answer for SETTINGS_KEY would hold them, read from storage.session's copy when
 * there is one (none until the background first starts in this browser session). A copy a change has not reached
 * yet is put right by the page's own watching of storage.local (components/page/PageRoot.tsx reads it on mount).
 * @example settingsFrom(await copiedSettings(browser.storage))
 */
export async function copiedSettings({ session, local }: SettingsAreas): Promise<Record<string, unknown>> {
  const copy = (await session.get(SETTINGS_COPY_KEY))[SETTINGS_COPY_KEY];
  return copy === undefined ? local.get(SETTINGS_KEY) : { [SETTINGS_KEY]: copy };
}
