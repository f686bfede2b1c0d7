/**
 * The `lang` (BCP 47) to put on a page's matched words shown in Spoor's interface, so that a screen reader speaks
 * them in their own language: the one language they were read in, when it is not the interface's own (compared by
 * primary subtag: "de-AT" words in a German interface need none). Undefined when they span several or none is known.
 * @example wordsLang(['de'], 'en') // 'de'
 */
export function wordsLang(langs: readonly (string | undefined)[], uiLocale: string): string | undefined {
  const known = [...new Set(langs.filter((lang): lang is string => Boolean(lang)))];
  if (known.length !== 1) return undefined;
  const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
  return primary(known[0]!) === primary(uiLocale) ? undefined : known[0];
}
