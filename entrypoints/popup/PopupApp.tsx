import { browser } from 'wxt/browser';
import { lazy, Suspense, useEffect, useState } from 'react';
import { DetectedTaxa } from '@/components/DetectedTaxa';
import { FlagPanel } from '@/components/FlagPanel';
import { useT } from '@/components/i18n';
import { PauseControls } from '@/components/PauseControls';
import { Brand } from '@/components/popup/Brand';
import { useAfterFirstMove } from '@/components/popup/useAfterFirstMove';
import { SiteAccessNotice } from '@/components/SiteAccessNotice';
import { usePageSettings } from '@/components/page/PageRoot';
import { loadClient, sendToBackgroundLater } from '@/lib/browser/client-later';
import { commandTab } from '@/lib/browser/content-commands';
import type { OpeningRead, PopupOpening, PopupTab } from '@/lib/browser/popup-opening';
import { isWebPage } from '@/lib/browser/web-page';
import { defaultSettings } from '@/lib/settings/schema';
import { updateSettings } from '@/lib/settings/store';

// Folded away when the popup opens: loaded at the user's first move in it (issue 14).
const Legend = lazy(() => import('@/components/Legend').then(({ Legend }) => ({ default: Legend })));

const httpHost = (url?: string) => (isWebPage(url) ? new URL(url).hostname : undefined);
const area = browser.storage.local;
/** The tab paints at once; the answer only says it heard. */
const SHOW_PRIVATE_TIMEOUT_MS = 2000;

/**
 * The popup: the verdict on the current tab, the taxa once, "Flag this ad", then what was captured.
 * `opening` holds the answers asked for as the popup's script started (lib/browser/popup-opening.ts), `read` what
 * of them had arrived before the first render (shown at once), `tab` the tab they are about.
 */
export function PopupApp({ tab, opening, read = {} }: { tab: PopupTab; opening: PopupOpening; read?: OpeningRead }) {
  const t = useT();
  const [summary, setSummary] = useState(false);
  // Read before the first render (components/page): the researcher prompt never flashes for someone who has an id.
  const settings = usePageSettings();
  const host = httpHost(tab.url);
  // The first screen parses its replies with their own messages' schemas; flagging needs the whole protocol, loaded
  // as the user moves towards the button (a click with no move first loads it then: sendToBackgroundLater).
  const later = useAfterFirstMove();
  useEffect(() => {
    if (later) void loadClient();
  }, [later]);
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
        <SiteAccessNotice url={tab.url} permissions={browser.permissions} />
        {/* Spoor never reads a page that is not a web page: no verdict ("nothing found") about it. */}
        {tab.id !== undefined && host && (
          <DetectedTaxa
            tabId={tab.id}
            source={opening.detections}
            initial={read.entries}
            compact={summary}
            // The tab reports again once they are painted, which takes the button away.
            onShowPrivate={() => void commandTab(browser, tab.id!, 'detect/show-private', SHOW_PRIVATE_TIMEOUT_MS)}
          />
        )}
        {tab.id !== undefined && host && settings && (
          <FlagPanel
            tabId={tab.id}
            send={sendToBackgroundLater}
            status={opening.status}
            statusRead={read.status}
            onSummary={setSummary}
            identity={{
              researcherId: settings.researcherId,
              survey: settings.survey,
              save: async (identity) => void (await updateSettings(area, identity)),
            }}
          />
        )}
        {!host && <h1 className="verdict verdict--quiet">{t('popupNotAWebPage')}</h1>}
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
          {later && (
            <Suspense fallback={null}>
              <Legend />
            </Suspense>
          )}
        </details>
      </footer>
    </div>
  );
}
