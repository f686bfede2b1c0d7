import { createContext, useContext, type ReactNode } from 'react';
import { formatNumber } from '@/lib/i18n/numbers';
import { pluralCategory, pluralKey } from '@/lib/i18n/plural';
import type { MessageKey, PluralKey, Translate } from '@/lib/i18n/translate';

/**
 * A message about a count, in the plural form the UI language needs for it
 * (Polish and Russian have four). `$1` is the count written in the UI
 * language unless `substitutions` says otherwise.
 * @example plural(t, 'dashDeleteConfirm', 3) // 'Delete 3 flags'
 */
export function plural(t: Translate, key: PluralKey, count: number, substitutions?: string[]): string {
  const locale = t('uiLocale');
  return t(pluralKey(key, pluralCategory(locale, count)) as MessageKey, substitutions ?? [formatNumber(count, locale)]);
}

/**
 * Components read `t` from context: a page provides its language's (components/page/PageRoot.tsx), tests provide
 * English (tests/components/render.tsx). Outside any provider a message shows as its key: no page bundles the
 * English table just for that (issue 14).
 */
const I18nContext = createContext<Translate>((key) => key);

export function I18nProvider({ t, children }: { t: Translate; children: ReactNode }) {
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}

/** @example const t = useT(); <button>{t('flagThisAd')}</button> */
export function useT(): Translate {
  return useContext(I18nContext);
}
