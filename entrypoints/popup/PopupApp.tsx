import { browser } from 'wxt/browser';
import { useEffect, useState } from 'react';
import { DashboardLink } from '@/components/dashboard/DashboardLink';
import { DetectedTaxa } from '@/components/DetectedTaxa';
import { FlagPanel } from '@/components/FlagPanel';
import { sendToBackground } from '@/lib/browser/client';
import { Legend } from '@/components/Legend';
import { PauseControls } from '@/components/PauseControls';
import { SiteAccessNotice } from '@/components/SiteAccessNotice';
import { useSettings } from '@/components/useSettings';
import { backgroundDetections } from '@/lib/browser/detections-source';
import { updateSettings } from '@/lib/settings/store';

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

/** The popup: what Spoor found on the current tab, and the flag button. */
export function PopupApp() {
  const [tab, setTab] = useState<{ id?: number; url?: string }>();
  const settings = useSettings(browser.storage.local);
  useEffect(() => {
    void targetTab().then((found) => setTab(found ?? {}));
  }, []);
  return (
    <main style={{ minWidth: 420, font: '13px system-ui, sans-serif', display: 'grid', gap: 8 }}>
      {tab && <SiteAccessNotice url={tab.url} permissions={browser.permissions} />}
      {tab?.id !== undefined && <DetectedTaxa tabId={tab.id} source={backgroundDetections} colors={settings.colors} />}
      {tab?.id !== undefined && httpHost(tab.url) && <FlagPanel tabId={tab.id} send={sendToBackground} />}
      <PauseControls
        host={httpHost(tab?.url)}
        settings={settings}
        onChange={(change) => void updateSettings(browser.storage.local, change)}
      />
      <Legend colors={settings.colors} />
      <DashboardLink newTab />
    </main>
  );
}
