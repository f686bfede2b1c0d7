import { lookup, type MessageTable } from './messages';
import { baseOfPluralKey } from './plural';
import type { MessageKey, Translate } from './translate';

const asList = (substitutions: string | string[] = []) =>
  Array.isArray(substitutions) ? substitutions : [substitutions];

/**
 * A translation from message tables looked up in turn: the chosen language's, then English, so a missing
 * translation shows English. No table is bundled here: the pages read the ones they need (issue 14: the English
 * table is 48 kB of every page's first script otherwise).
 * @example tablesT([french, english])('flagThisAd') // 'Signaler cette annonce'
 */
export function tablesT(tables: readonly MessageTable[]): Translate {
  return (key, substitutions) => lookup(tables, key, asList(substitutions));
}

/**
 * The browser's own lookup (the UI language), falling back for a missing plural form to the language's general
 * form. The browser itself falls back to the default locale, English, for a message its language lacks.
 * @example browserT(browser.i18n.getMessage)('flagThisAd')
 */
export function browserT(getMessage: (key: MessageKey, substitutions?: string | string[]) => string): Translate {
  return (key, substitutions) => {
    const base = baseOfPluralKey(key) as MessageKey | undefined;
    return getMessage(key, substitutions) || (base ? getMessage(base, substitutions) : '') || key;
  };
}
