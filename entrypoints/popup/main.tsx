import { createRoot } from 'react-dom/client';
import { browserT, I18nProvider } from '@/components/i18n';
import { PopupApp } from './PopupApp';

// WXT types getMessage by the keys of its last `wxt prepare`; MessageKey reads messages.json itself.
const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string;
document.documentElement.lang = browser.i18n.getUILanguage();
createRoot(document.getElementById('root')!).render(
  <I18nProvider t={browserT(getMessage)}>
    <PopupApp />
  </I18nProvider>,
);
