import { browser } from 'wxt/browser';
import type { ReportEntry } from '@/lib/detect/report';
import { readTabReport } from './tab-store';
import { watchTabReport } from './tab-report-watch';

/** Where an extension page gets a tab's findings from, and hears that they changed. */
export interface DetectionsSource {
  load(tabId: number): Promise<ReportEntry[]>;
  watch(tabId: number, onChange: () => void): () => void;
}

/**
 * The findings as the background keeps them in storage.session, read by the page itself (parsed, merged and sorted
 * as the background's `detect/tabReport` answers): the background is not woken for them.
 * @example <DetectedTaxa tabId={tabId} source={sessionDetections} />
 */
export const sessionDetections: DetectionsSource = {
  load: (tabId) => readTabReport(browser.storage.session, tabId),
  watch: (tabId, onChange) => watchTabReport(browser.storage.session, tabId, onChange),
};
