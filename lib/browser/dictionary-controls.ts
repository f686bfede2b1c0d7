import { browser } from 'wxt/browser';
import type { ImportOptions } from '@/lib/dictionary/checklist/import';
import { checkInWorker } from '@/lib/dictionary/checklist/worker-client';
import type { CheckedImport } from '@/lib/dictionary/checklist/worker-protocol';
import { stageImport, storeStaged } from '@/lib/active-dictionary/staged';
import type { Dictionary } from '@/lib/dictionary/schema';
import type { ActiveStatus } from '@/lib/active-dictionary/status';
import { sendToBackground } from '@/lib/browser/client';

/** What the dictionary settings need from the extension; tests pass an in-memory version. */
export interface DictionaryControls {
  status(): Promise<ActiveStatus>;
  revert(): Promise<ActiveStatus>;
  /** Merges a dictionary already in memory (a restored backup) with the bundled list and makes it active. */
  activate(imported: Dictionary, fileName: string): Promise<ActiveStatus>;
  /** Reads and validates a whole checklist file; nothing changes yet. Throws ImportError / ImportCancelled. */
  check(file: File, options: ImportOptions): Promise<CheckedImport>;
  /** Merges a checked file with the bundled list and makes it active. */
  activateChecked(checked: CheckedImport, fileName: string): Promise<ActiveStatus>;
}

/**
 * The real controls. A file is read and validated in a worker; its pieces
 * are staged in storage by the page and merged, compiled and activated by the
 * background, so neither parsing 98 MB nor compiling 38,000 taxa freezes the options page.
 */
export const extensionDictionaryControls: DictionaryControls = {
  status: () => sendToBackground('dictionary/status', {}),
  revert: () => sendToBackground('dictionary/revert', {}),
  activate: async (imported, fileName) =>
    sendToBackground('dictionary/activateStaged', await stageImport(browser.storage.local, imported, fileName)),
  check: (file, options) => checkInWorker(file, options),
  activateChecked: async (checked, fileName) =>
    sendToBackground('dictionary/activateStaged', await storeStaged(browser.storage.local, checked.chunks, fileName)),
};
