/**
 * The `lang` (BCP 47) to put on a page's matched words shown in Spoor's interface, so that a screen reader speaks
 * them in their own language: the one language they were read in, when it is not the interface's own (compared by
 * primary subtag: "de-AT" words in a German interface need none). Undefined when they span several or none is known.
 * A tag is the page's (or an imported batch's) own text, so one that is not a language ("en_US", "zz", "x<y") gives
 * none: a screen reader could not use it, and accessibility checkers count it as an error (axe's valid-lang).
 * @example wordsLang(['de'], 'en') // 'de'
 */
export function wordsLang(langs: readonly (string | undefined)[], uiLocale: string): string | undefined {
  const known = [...new Set(langs.map(languageTag).filter((lang): lang is string => Boolean(lang)))];
  if (known.length !== 1) return undefined;
  const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
  return primary(known[0]!) === primary(uiLocale) ? undefined : known[0];
}

let languageNames: Intl.DisplayNames | undefined;

/** The tag in its canonical form when it is well formed and its language is one the browser can name. */
function languageTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical && languageNames.of(canonical.split('-')[0]!) ? canonical : undefined;
  } catch {
    return undefined; // not a well-formed tag
  }
}
