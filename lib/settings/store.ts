import { SETTINGS_KEY, SettingsSchema, type Settings } from './schema';

/** The slice of storage.local Spoor needs; browser.storage.local fits, and so does a fake. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * The settings in what `area.get(SETTINGS_KEY)` answered, with defaults for anything missing or invalid.
 * @example settingsFrom(await browser.storage.local.get(SETTINGS_KEY))
 */
export function settingsFrom(stored: Record<string, unknown>): Settings {
  const parsed = SettingsSchema.safeParse(stored[SETTINGS_KEY] ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

/** Reads settings, falling back to defaults for anything missing or invalid. */
export async function readSettings(area: KeyValueArea): Promise<Settings> {
  return settingsFrom(await area.get(SETTINGS_KEY));
}

/** Merges a change into the stored settings and returns the result. */
export async function updateSettings(area: KeyValueArea, change: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await readSettings(area)), ...change });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}
