import { createRoot } from 'react-dom/client';
import { browserT, I18nProvider } from '@/components/i18n';
import { OptionsApp } from './OptionsApp';

document.documentElement.lang = browser.i18n.getUILanguage();
createRoot(document.getElementById('root')!).render(
  <I18nProvider t={browserT(browser.i18n.getMessage)}>
    <OptionsApp />
  </I18nProvider>,
);
