/**
 * UI text goes through the WebExtension i18n mechanism: messages live in
 * public/_locales/<lang>/messages.json and the browser picks the language.
 * Only the type of the English table is imported here, so the content script
 * (which words its hover card through the browser) carries no message table.
 */
type EnglishMessages = typeof import('@/public/_locales/en/messages.json');

export type MessageKey = Extract<keyof EnglishMessages, string>;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export type MessageTable = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * Resolves a message from a table the way browsers do: `$name$` placeholders → `$1`… → substitutions.
 * @example translateFrom(english)('flagThisAd') // 'Flag this ad'
 */
export function translateFrom(table: MessageTable): Translate {
  return (key, substitutions = []) => {
    const entry = table[key];
    if (!entry) return key;
    const values = Array.isArray(substitutions) ? substitutions : [substitutions];
    let text = entry.message;
    for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
      text = text.replaceAll(`$${name}$`, content).replaceAll(`$${name.toUpperCase()}$`, content);
    }
    return text.replace(/\$\$|\$(\d)/g, (_match, n?: string) =>
      n === undefined ? '$' : (values[Number(n) - 1] ?? ''),
    );
  };
}
