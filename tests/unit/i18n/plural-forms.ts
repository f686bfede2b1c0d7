import { baseOfPluralKey } from '@/lib/i18n/plural';

/** Plural messages: those with a `_one` form in English (lib/i18n/plural.ts). */
export const pluralBasesOf = (english: Record<string, unknown>): ReadonlySet<string> =>
  new Set(Object.keys(english).flatMap((key) => (key.endsWith('_one') ? [baseOfPluralKey(key)!] : [])));

/**
 * The extra keys a translation may hold beyond English's: forms of a plural
 * message for the plural categories of its own language (`_few`, `_many` in
 * Polish and Russian). Returns the English base message a key is a form of,
 * or undefined when it is not one of `lang`'s forms.
 */
export function pluralFormOf(english: Record<string, unknown>, lang: string) {
  const bases = pluralBasesOf(english);
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  return (key: string): string | undefined => {
    const base = baseOfPluralKey(key);
    return base !== undefined && bases.has(base) && categories.includes(key.slice(base.length + 1)) ? base : undefined;
  };
}
