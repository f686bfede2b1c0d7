/**
 * Plural messages. WebExtension i18n has no plurals, so a message that
 * depends on a count has a base key (the general form, used when nothing
 * better exists) and optional forms per CLDR plural category, named
 * `<key>_<category>`: `dashDeleteConfirm` "Delete $1 flags",
 * `dashDeleteConfirm_one` "Delete $1 flag". Polish and Russian add `_few`
 * and `_many`. A translation looks up its own `_category` form first, then its
 * own base key, and only then English.
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

const rulesByLocale = new Map<string, Intl.PluralRules>();

/**
 * The CLDR plural category of a count in a locale.
 * @example pluralCategory('pl', 3) // 'few'
 * @example pluralCategory('ru', 11) // 'many'
 */
export function pluralCategory(locale: string, count: number): PluralCategory {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    rulesByLocale.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * The key of a count's plural form.
 * @example pluralKey('dashDeleteConfirm', 'one') // 'dashDeleteConfirm_one'
 */
export const pluralKey = (base: string, category: PluralCategory): string => `${base}_${category}`;

/**
 * The base key of a plural form, or undefined for a key that is not one.
 * @example baseOfPluralKey('dashDeleteConfirm_few') // 'dashDeleteConfirm'
 */
export function baseOfPluralKey(key: string): string | undefined {
  const match = /^(.+)_(zero|one|two|few|many|other)$/.exec(key);
  return match?.[1];
}
