import * as z from 'zod/mini';
import { baseOfPluralKey } from './plural';

/**
 * A messages.json file: the WebExtension i18n format (zod/mini: every page's first screen may read one). Built on its
 * first parse: a page shown in English reads none, and its first screen builds none of its 11 schemas (issue 14).
 */
export const MessageTableSchema = z.lazy(() =>
  z.record(
    z.string(),
    z.object({
      message: z.string(),
      description: z.optional(z.string()),
      placeholders: z.optional(z.record(z.string(), z.object({ content: z.string() }))),
    }),
  ),
);
export type MessageTable = z.infer<typeof MessageTableSchema>;
type Entry = MessageTable[string];

/**
 * A message's text the way browsers resolve it: `$name$` placeholders become
 * their content (`$1`…), then `$1`… become the substitutions; `$$` is a dollar.
 * @example fillMessage({ message: 'By $WHO$', placeholders: { who: { content: '$1' } } }, ['ana']) // 'By ana'
 */
export function fillMessage(entry: Entry, substitutions: readonly string[]): string {
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), () => content);
  }
  return text.replace(/\$\$|\$(\d)/g, (_match, n?: string) =>
    n === undefined ? '$' : (substitutions[Number(n) - 1] ?? ''),
  );
}

/**
 * The entry a key resolves to in one table: the key itself, or for a plural
 * form the table doesn't have (`x_few`), its base key (`x`).
 */
export function entryIn(table: MessageTable, key: string): Entry | undefined {
  if (Object.hasOwn(table, key)) return table[key];
  const base = baseOfPluralKey(key);
  return base !== undefined && Object.hasOwn(table, base) ? table[base] : undefined;
}

/**
 * Looks a key up in each table in turn (the UI language's, then English),
 * so a missing translation shows English and a missing plural form shows
 * the language's own general form before any English one.
 * @example lookup([french, english], 'dashDeleteConfirm_one', ['1'])
 */
export function lookup(tables: readonly MessageTable[], key: string, substitutions: readonly string[]): string {
  for (const table of tables) {
    const entry = entryIn(table, key);
    if (entry) return fillMessage(entry, substitutions);
  }
  return key;
}
