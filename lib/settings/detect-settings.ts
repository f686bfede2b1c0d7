/**
 * The settings detection follows, read without a schema library: the content
 * script runs in every frame of every page, and this is all it needs of them.
 * Each field falls back to its default on its own, as SettingsSchema's do.
 */

/** The highlight colour of each category until the researcher picks another ("Reset to defaults" restores these). */
export const DEFAULT_COLORS = Object.freeze({
  'app-i': '#ff6b6b',
  'app-ii': '#ffd43b',
  'app-iii': '#74c0fc',
  trade: '#b197fc',
});

export const SETTINGS_KEY = 'settings';

export interface DetectSettings {
  paused: boolean;
  pausedSites: string[];
  colors: { -readonly [Category in keyof typeof DEFAULT_COLORS]: string };
  performanceMarks: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The detection settings in a stored `settings` value, defaults for anything missing or of the wrong type.
 * @example detectSettingsOf((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY])
 */
export function detectSettingsOf(stored: unknown): DetectSettings {
  const settings = isRecord(stored) ? stored : {};
  const colors: DetectSettings['colors'] = { ...DEFAULT_COLORS };
  if (isRecord(settings.colors))
    for (const category of Object.keys(colors) as (keyof typeof colors)[]) {
      const color = settings.colors[category];
      if (typeof color === 'string') colors[category] = color;
    }
  return {
    paused: settings.paused === true,
    pausedSites: Array.isArray(settings.pausedSites)
      ? settings.pausedSites.filter((site): site is string => typeof site === 'string')
      : [],
    colors,
    performanceMarks: settings.performanceMarks === true,
  };
}

/** Whether Spoor is paused on this host, globally or for the site. */
export function isPausedOn(settings: Pick<DetectSettings, 'paused' | 'pausedSites'>, host: string): boolean {
  return settings.paused || settings.pausedSites.some((site) => host === site || host.endsWith(`.${site}`));
}
