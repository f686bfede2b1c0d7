import english from '@/public/_locales/en/messages.json';
import { lookup, type MessageTable } from './messages';
import { baseOfPluralKey } from './plural';
import type { MessageKey, Translate } from './translate';

const englishTable = english as MessageTable;
const asList = (substitutions: string | string[] = []) =>
  Array.isArray(substitutions) ? substitutions : [substitutions];

/**
 * A translation from a messages table, with English for anything it lacks.
 * @example translateFrom(french)('flagThisAd') // 'Signaler cette annonce'
 */
export function translateFrom(table: MessageTable): Translate {
  const tables = table === englishTable ? [englishTable] : [table, englishTable];
  return (key, substitutions) => lookup(tables, key, asList(substitutions));
}

/** The English messages: what tests render with, and the fallback for a message a locale lacks. */
export const englishT: Translate = translateFrom(englishTable);

/**
 * The browser's own lookup (the UI language), falling back for a missing
 * plural form to the language's general form, and then to English.
 * @example browserT(browser.i18n.getMessage)('flagThisAd')
 */
export function browserT(getMessage: (key: MessageKey, substitutions?: string | string[]) => string): Translate {
  return (key, substitutions) => {
    const base = baseOfPluralKey(key) as MessageKey | undefined;
    return (
      getMessage(key, substitutions) || (base ? getMessage(base, substitutions) : '') || englishT(key, substitutions)
    );
  };
}
