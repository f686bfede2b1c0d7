import { z } from 'zod';
import { DEFAULT_COLORS, SETTINGS_KEY } from './detect-settings';

export { DEFAULT_COLORS, SETTINGS_KEY };

/** The researcher's settings, kept in storage.local under `settings`. */
export const SettingsSchema = z.object({
  /** Stamped on every flag: who captured it, for which survey or case. */
  researcherId: z.string().default(''),
  survey: z.string().default(''),
  /** Pause highlighting everywhere, or on these host names. */
  paused: z.boolean().default(false),
  pausedSites: z.array(z.string()).default([]),
  /** Highlight colours per category (CSS colours). */
  colors: z
    .object({
      'app-i': z.string().default(DEFAULT_COLORS['app-i']),
      'app-ii': z.string().default(DEFAULT_COLORS['app-ii']),
      'app-iii': z.string().default(DEFAULT_COLORS['app-iii']),
      trade: z.string().default(DEFAULT_COLORS.trade),
    })
    .default(DEFAULT_COLORS),
  /**
   * The interface language (lib/i18n/languages.ts), or '' for the browser's.
   * Any string parses, so a value from another version never resets the settings.
   */
  uiLanguage: z.string().default(''),
  /**
   * Publishes performance measures ("spoor:pass", "spoor:dictionary-load") on
   * the page's timeline for `npm run bench`. Off by default: pages can read them.
   */
  performanceMarks: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = SettingsSchema.parse({});
