import { browser } from 'wxt/browser';
import { stageImport } from '@/lib/dictionary/staged';
import type { Dictionary } from '@/lib/dictionary/schema';
import type { ActiveStatus } from '@/lib/dictionary/status';
import { sendToBackground } from '@/lib/messaging/client';

/** What the dictionary settings need from the extension; tests pass an in-memory version. */
export interface DictionaryControls {
  status(): Promise<ActiveStatus>;
  revert(): Promise<ActiveStatus>;
  /** Merges an imported checklist with the bundled list and makes it active. */
  activate(imported: Dictionary, fileName: string): Promise<ActiveStatus>;
}

/**
 * The real controls. An import is staged in storage by the page (its parsed
 * taxa are here) and merged, compiled and activated by the background, so
 * compiling 38,000 taxa never freezes the options page.
 */
export const extensionDictionaryControls: DictionaryControls = {
  status: () => sendToBackground('dictionary/status', {}),
  revert: () => sendToBackground('dictionary/revert', {}),
  activate: async (imported, fileName) =>
    sendToBackground('dictionary/activateStaged', await stageImport(browser.storage.local, imported, fileName)),
};
