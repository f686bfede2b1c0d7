import type { UiLanguage } from './languages';
import { MessageTableSchema, type MessageTable } from './messages';

/**
 * A language's messages, read from the extension's own `_locales` folder
 * (`read` fetches an extension file: no network). Undefined when the build
 * has no such file or it does not parse, so the page falls back to the
 * browser's language rather than failing.
 * @example await loadMessageTable('pl', (path) => fetch(browser.runtime.getURL(path)).then((r) => r.json()))
 */
export async function loadMessageTable(
  language: UiLanguage,
  read: (path: string) => Promise<unknown>,
): Promise<MessageTable | undefined> {
  try {
    const parsed = MessageTableSchema.safeParse(await read(`/_locales/${language}/messages.json`));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
