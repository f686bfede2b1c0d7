import { browser } from 'wxt/browser';
import { useEffect, useState } from 'react';
import { DetectedTaxa } from '@/components/DetectedTaxa';
import { FlagPanel } from '@/components/FlagPanel';
import { useT } from '@/components/i18n';
import { Legend } from '@/components/Legend';
import { PauseControls } from '@/components/PauseControls';
import { Brand } from '@/components/popup/Brand';
import { SiteAccessNotice } from '@/components/SiteAccessNotice';
import { useStoredValue } from '@/components/useSettings';
import { backgroundDetections } from '@/lib/browser/detections-source';
import { sendToBackground } from '@/lib/browser/client';
import { commandTab } from '@/lib/browser/content-commands';
import { SETTINGS_KEY, defaultSettings, type Settings } from '@/lib/settings/schema';
import { readSettings, updateSettings } from '@/lib/settings/store';

/**
 * The tab the popup is about: `?tabId=N` when the popup is opened as a page
 * (tests, a pinned window), else the active tab of the current window.
 */
async function targetTab() {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

const httpHost = (url?: string) => (url && /^https?:/.test(url) ? new URL(url).hostname : undefined);
const area = browser.storage.local;
/** The tab paints at once; the answer only says it heard. */
const SHOW_PRIVATE_TIMEOUT_MS = 2000;

/** The popup: the verdict on the current tab, the taxa once, "Flag this ad", then what was captured. */
export function PopupApp() {
  const t = useT();
  const [tab, setTab] = useState<{ id?: number; url?: string }>();
  const [summary, setSummary] = useState(false);
  // Undefined until read: the researcher prompt must not flash for someone who has an id.
  const [settings] = useStoredValue<Settings | undefined>(area, SETTINGS_KEY, readSettings, undefined);
  useEffect(() => {
    void targetTab().then((found) => setTab(found ?? {}));
  }, []);
  const host = httpHost(tab?.url);
  return (
    <div className="popup">
      <header className="popup__header">
        <Brand />
        <nav className="popup__nav" aria-label={t('popupNavLabel')}>
          <a href="/dashboard.html" target="_blank" rel="noreferrer">
            {t('popupDashboard')}
          </a>
          <a href="/options.html" target="_blank" rel="noreferrer">
            {t('popupSettings')}
          </a>
        </nav>
      </header>
      <main className="popup__main">
        {tab && <SiteAccessNotice url={tab.url} permissions={browser.permissions} />}
        {tab?.id !== undefined && (
          <DetectedTaxa
            tabId={tab.id}
            source={backgroundDetections}
            compact={summary}
            // The tab reports again once they are painted, which takes the button away.
            onShowPrivate={() => void commandTab(browser, tab.id!, 'detect/show-private', SHOW_PRIVATE_TIMEOUT_MS)}
          />
        )}
        {tab?.id !== undefined && host && settings && (
          <FlagPanel
            tabId={tab.id}
            send={sendToBackground}
            onSummary={setSummary}
            identity={{
              researcherId: settings.researcherId,
              survey: settings.survey,
              save: async (identity) => void (await updateSettings(area, identity)),
            }}
          />
        )}
        {tab && !host && <p className="muted">{t('popupNotAWebPage')}</p>}
      </main>
      <footer className="popup__footer">
        {/* After a flag its capture needs the room (Chrome cuts a popup at 600 px); pausing is one reopen away. */}
        {!summary && (
          <PauseControls
            host={host}
            settings={settings ?? defaultSettings}
            onChange={(change) => void updateSettings(area, change)}
          />
        )}
        <details className="popup__legend">
          <summary>{t('popupLegendLabel')}</summary>
          <Legend />
        </details>
      </footer>
    </div>
  );
}
