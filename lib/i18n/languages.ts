/**
 * The languages Spoor's interface speaks: the eight the dictionary surveys.
 * Each has public/_locales/<code>/messages.json (English is the default and
 * the fallback for any message a translation lacks).
 */
export const UI_LANGUAGES = ['en', 'fr', 'de', 'nl', 'es', 'it', 'pl', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The settings value meaning "the browser's language". */
export const BROWSER_LANGUAGE = '';

export const isUiLanguage = (code: string): code is UiLanguage => (UI_LANGUAGES as readonly string[]).includes(code);

/**
 * The interface language: the researcher's choice when it is one Spoor
 * speaks, else the browser's language (its primary subtag), else English.
 * @example uiLanguageFor('', 'pl-PL') // 'pl'
 * @example uiLanguageFor('fr', 'de-DE') // 'fr'
 * @example uiLanguageFor('', 'pt-BR') // 'en'
 */
export function uiLanguageFor(chosen: string, browserLanguage: string): UiLanguage {
  if (isUiLanguage(chosen)) return chosen;
  const primary = browserLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  return isUiLanguage(primary) ? primary : 'en';
}

/**
 * A language's name in its own language, as a language menu shows it.
 * @example endonym('pl') // 'polski'
 */
export function endonym(code: UiLanguage): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
