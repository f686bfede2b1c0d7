/**
 * UI text goes through the WebExtension i18n mechanism: messages live in
 * public/_locales/<lang>/messages.json. The browser picks the language, or
 * the researcher does in the settings (pages then read that language's file
 * themselves). Only the type of the English table is imported here, so code
 * that needs the types (the content script's hover card) carries no table.
 */
type EnglishMessages = typeof import('@/public/_locales/en/messages.json');

export type MessageKey = Extract<keyof EnglishMessages, string>;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** Messages that have plural forms: the base keys of the `_one` forms in English (see plural.ts). */
export type PluralKey = PluralBase<MessageKey>;
type PluralBase<K> = K extends `${infer Base}_one` ? (Base extends MessageKey ? Base : never) : never;
