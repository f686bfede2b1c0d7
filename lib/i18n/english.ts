import english from '@/public/_locales/en/messages.json';
import { translateFrom, type MessageTable, type Translate } from './translate';

/** The English messages: what tests render with, and the fallback for a message a locale lacks. */
export const englishT: Translate = translateFrom(english as MessageTable);
