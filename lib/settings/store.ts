import { SETTINGS_KEY, SettingsSchema, type Settings } from './schema';

/** The slice of storage.local Spoor needs; browser.storage.local fits, and so does a fake. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads settings, falling back to defaults for anything missing or invalid. */
export async function readSettings(area: KeyValueArea): Promise<Settings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

/** Merges a change into the stored settings and returns the result. */
export async function updateSettings(area: KeyValueArea, change: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await readSettings(area)), ...change });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}
