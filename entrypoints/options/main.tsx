import { browser } from 'wxt/browser';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { browserTranslate } from '@/lib/browser/i18n';
import { OptionsApp } from './OptionsApp';

document.documentElement.lang = browser.i18n.getUILanguage();
createRoot(document.getElementById('root')!).render(
  <I18nProvider t={browserTranslate}>
    <OptionsApp />
  </I18nProvider>,
);
