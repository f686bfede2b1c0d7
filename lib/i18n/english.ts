import english from '@/public/_locales/en/messages.json';
import type { MessageTable } from './messages';
import { tablesT } from './translators';
import type { Translate } from './translate';

/**
 * The English messages, bundled: for tests and code that runs without the extension's files. The pages read
 * `_locales/en/messages.json` instead (components/page/translator.ts), so their first script does not carry it.
 */
const englishTable = english as MessageTable;

/**
 * A translation from a messages table, with English for anything it lacks.
 * @example translateFrom(french)('flagThisAd') // 'Signaler cette annonce'
 */
export function translateFrom(table: MessageTable): Translate {
  return tablesT(table === englishTable ? [englishTable] : [table, englishTable]);
}

/** The English messages: what tests render with. */
export const englishT: Translate = translateFrom(englishTable);
