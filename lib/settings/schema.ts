import * as z from 'zod/mini';
import { DEFAULT_COLORS, SETTINGS_KEY } from './detect-settings';

export { DEFAULT_COLORS, SETTINGS_KEY };

/**
 * The researcher's settings, kept in storage.local under `settings`. Written with zod/mini (the functional form):
 * every page parses them before its first render, the popup's included, and loads no more of zod than they use.
 */
export const SettingsSchema = z.object({
  /** Stamped on every flag: who captured it, for which survey or case. */
  researcherId: z._default(z.string(), ''),
  survey: z._default(z.string(), ''),
  /** Pause highlighting everywhere, or on these host names. */
  paused: z._default(z.boolean(), false),
  pausedSites: z._default(z.array(z.string()), []),
  /** Highlight colours per category (CSS colours). */
  colors: z._default(
    z.object({
      'app-i': z._default(z.string(), DEFAULT_COLORS['app-i']),
      'app-ii': z._default(z.string(), DEFAULT_COLORS['app-ii']),
      'app-iii': z._default(z.string(), DEFAULT_COLORS['app-iii']),
      trade: z._default(z.string(), DEFAULT_COLORS.trade),
    }),
    DEFAULT_COLORS,
  ),
  /**
   * The interface language (lib/i18n/languages.ts), or '' for the browser's.
   * Any string parses, so a value from another version never resets the settings.
   */
  uiLanguage: z._default(z.string(), ''),
  /**
   * Publishes performance measures ("spoor:pass", "spoor:dictionary-load") on
   * the page's timeline for `npm run bench`. Off by default: pages can read them.
   */
  performanceMarks: z._default(z.boolean(), false),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = SettingsSchema.parse({});
