import { createRoot } from 'react-dom/client';
import { DashboardLink } from '@/components/dashboard/DashboardLink';
import { FlagRecord } from '@/components/FlagRecord';
import { browserT, I18nProvider } from '@/components/i18n';
import { sendToBackground } from '@/lib/messaging/client';

// record.html?id=<flag id>: one flag with its evidence and history.
const flagId = new URLSearchParams(location.search).get('id') ?? '';
// WXT types getMessage by the keys of its last `wxt prepare`; MessageKey reads messages.json itself.
const t = browserT(browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('recordPageTitle');
createRoot(document.getElementById('root')!).render(
  <I18nProvider t={t}>
    <nav>
      <DashboardLink />
    </nav>
    <FlagRecord flagId={flagId} send={sendToBackground} />
  </I18nProvider>,
);
