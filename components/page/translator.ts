import type { MessageKey, Translate } from '@/lib/i18n/translate';
import { browserT, tablesT } from '@/lib/i18n/translators';
import { isUiLanguage } from '@/lib/i18n/languages';
import { loadMessageTable } from '@/lib/i18n/load';

/** What a page needs to speak the researcher's language; the browser's i18n and extension files in a page. */
export interface LanguageSource {
  getMessage(key: MessageKey, substitutions?: string | string[]): string;
  /** Reads a file of the extension as JSON (`fetch(runtime.getURL(path))`). */
  readJson(path: string): Promise<unknown>;
}

/**
 * The translation for the settings' language: the browser's own i18n when
 * the researcher left it to the browser (or chose a language this build
 * lacks), else that language's messages with English behind them, both read
 * from the extension's files at once (the pages do not bundle the English table).
 * @example const t = await translatorFor('pl', source);
 */
export async function translatorFor(chosen: string, source: LanguageSource): Promise<Translate> {
  if (isUiLanguage(chosen)) {
    const [table, english] = await Promise.all([
      loadMessageTable(chosen, source.readJson),
      chosen === 'en' ? undefined : loadMessageTable('en', source.readJson),
    ]);
    if (table) return tablesT(english ? [table, english] : [table]);
  }
  return browserT(source.getMessage);
}
