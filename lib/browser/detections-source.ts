import { browser } from 'wxt/browser';
import type { ReportEntry } from '@/lib/detect/report';
import { detectMessages } from '@/lib/messaging/detect-messages';
import { sendMessage } from './message-client';
import { watchTabReport } from './tab-report-watch';

/** Where an extension page gets a tab's findings from, and hears that they changed. */
export interface DetectionsSource {
  load(tabId: number): Promise<ReportEntry[]>;
  watch(tabId: number, onChange: () => void): () => void;
}

/**
 * The findings as the background keeps them.
 * @example <DetectedTaxa tabId={tabId} source={backgroundDetections} colors={settings.colors} />
 */
export const backgroundDetections: DetectionsSource = {
  load: (tabId) => sendMessage(detectMessages, 'detect/tabReport', { tabId }),
  watch: (tabId, onChange) => watchTabReport(browser.storage.session, tabId, onChange),
};
