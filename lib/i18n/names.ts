/**
 * Names of countries and languages in the UI language, from the browser's
 * own CLDR data (Intl.DisplayNames): nothing to translate or ship.
 */
const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesOf(locale: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${type}:${locale}`;
  if (!displayNames.has(key)) {
    try {
      displayNames.set(key, new Intl.DisplayNames([locale], { type, fallback: 'none' }));
    } catch {
      displayNames.set(key, null);
    }
  }
  return displayNames.get(key)!;
}

function nameOf(code: string, locale: string, type: 'region' | 'language'): string {
  try {
    return namesOf(locale, type)?.of(code) ?? code;
  } catch {
    return code; // Not a well-formed code: shown as stored.
  }
}

/**
 * A country's name from its ISO 3166-1 alpha-2 code; the code itself when unknown.
 * @example countryName('DE', 'fr') // 'Allemagne'
 */
export const countryName = (code: string, locale: string): string => nameOf(code, locale, 'region');

/**
 * A language's name from its code ("la" is Latin, for scientific names).
 * @example languageName('de', 'fr') // 'allemand'
 */
export const languageName = (code: string, locale: string): string => nameOf(code, locale, 'language');
