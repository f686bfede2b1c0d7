import { createContext, useContext, type ReactNode } from 'react';
import { englishT } from '@/lib/i18n/english';
import type { Translate } from '@/lib/i18n/translate';

/**
 * Components read `t` from context, so tests (no browser) get English and
 * can check that every key they use exists.
 */
const I18nContext = createContext<Translate>(englishT);

export function I18nProvider({ t, children }: { t: Translate; children: ReactNode }) {
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}

/** @example const t = useT(); <button>{t('flagThisAd')}</button> */
export function useT(): Translate {
  return useContext(I18nContext);
}
