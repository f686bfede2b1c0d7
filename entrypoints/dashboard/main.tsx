import { createRoot } from 'react-dom/client';
import { BatchEnvProvider } from '@/components/batch/BatchEnvContext';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { browserT, I18nProvider } from '@/components/i18n';
import { pageBatchEnv } from '@/lib/batch/page-env';
import { sendToBackground } from '@/lib/messaging/client';

// dashboard.html: every flag for review, in the browser's UI language.
const t = browserT((key, substitutions) => browser.i18n.getMessage(key as never, substitutions));
document.documentElement.lang = browser.i18n.getUILanguage();
createRoot(document.getElementById('root')!).render(
  <I18nProvider t={t}>
    <BatchEnvProvider env={pageBatchEnv(window)}>
      <Dashboard send={sendToBackground} />
    </BatchEnvProvider>
  </I18nProvider>,
);
