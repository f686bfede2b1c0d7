import { browser } from 'wxt/browser';
import { createRoot } from 'react-dom/client';
import { DashboardLink } from '@/components/dashboard/DashboardLink';
import { FlagRecord } from '@/components/FlagRecord';
import { I18nProvider } from '@/components/i18n';
import { browserTranslate } from '@/lib/browser/i18n';
import { sendToBackground } from '@/lib/browser/client';

// record.html?id=<flag id>: one flag with its evidence and history.
const flagId = new URLSearchParams(location.search).get('id') ?? '';
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browserTranslate('recordPageTitle');
createRoot(document.getElementById('root')!).render(
  <I18nProvider t={browserTranslate}>
    <nav>
      <DashboardLink />
    </nav>
    <FlagRecord flagId={flagId} send={sendToBackground} />
  </I18nProvider>,
);
