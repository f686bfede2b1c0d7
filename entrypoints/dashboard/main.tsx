import { browser } from 'wxt/browser';
import { createRoot } from 'react-dom/client';
import { BatchEnvProvider } from '@/components/batch/BatchEnvContext';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { I18nProvider } from '@/components/i18n';
import { browserTranslate } from '@/lib/browser/i18n';
import { pageBatchEnv } from '@/lib/browser/page-batch-env';
import { sendToBackground } from '@/lib/browser/client';

// dashboard.html: every flag for review, in the browser's UI language.
document.documentElement.lang = browser.i18n.getUILanguage();
createRoot(document.getElementById('root')!).render(
  <I18nProvider t={browserTranslate}>
    <BatchEnvProvider env={pageBatchEnv(window)}>
      <Dashboard send={sendToBackground} />
    </BatchEnvProvider>
  </I18nProvider>,
);
