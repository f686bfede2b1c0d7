import { FlagRecord } from '@/components/FlagRecord';
import { useT } from '@/components/i18n';
import { Brand } from '@/components/popup/Brand';
import type { SendToBackground } from '@/lib/messaging/protocol';
import './record.css';

/** record.html: one flag on its own page, with a way back to the dashboard. */
export function RecordPage({ flagId, send }: { flagId: string; send: SendToBackground }) {
  const t = useT();
  return (
    <div className="record-page">
      <header className="page-bar">
        <Brand />
        <nav aria-label={t('popupNavLabel')} className="cluster">
          <a href="/dashboard.html">{t('openDashboard')}</a>
          <a href="/options.html">{t('popupSettings')}</a>
        </nav>
      </header>
      <main>
        <FlagRecord flagId={flagId} send={send} />
      </main>
    </div>
  );
}
