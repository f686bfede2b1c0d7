import { createContext, useContext, type ReactNode } from 'react';
import english from '@/public/_locales/en/messages.json';

/**
 * UI text goes through the WebExtension i18n mechanism: messages live in
 * public/_locales/<lang>/messages.json and the browser picks the language.
 * Components read `t` from context, so tests (no browser) get English and
 * can check that every key they use exists.
 */
export type MessageKey = keyof typeof english;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

type MessageTable = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Resolves a message from a table the way browsers do: `$name$` placeholders → `$1`… → substitutions. */
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

export const englishT: Translate = translateFrom(english as MessageTable);

/** The browser's own lookup (the UI language), falling back to English for a missing message. */
export function browserT(getMessage: (key: MessageKey, substitutions?: string | string[]) => string): Translate {
  return (key, substitutions) => getMessage(key, substitutions) || englishT(key, substitutions);
}

const I18nContext = createContext<Translate>(englishT);

export function I18nProvider({ t, children }: { t: Translate; children: ReactNode }) {
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}

/** @example const t = useT(); <button>{t('flagThisAd')}</button> */
export function useT(): Translate {
  return useContext(I18nContext);
}
