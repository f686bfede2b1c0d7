import { browser } from 'wxt/browser';
import type { SaveFilePicker, SaveTargets } from '@/lib/archive/save';
import { sendToBackground } from '@/lib/messaging/client';
import type { SendToBackground } from '@/lib/messaging/flag-messages';
import { readSettings } from '@/lib/settings/store';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';

/** What the batch components need from the page they run in; tests build one around fake IndexedDB. */
export interface BatchEnv {
  db(): Promise<SpoorDb>;
  send: SendToBackground;
  save: SaveTargets;
  /** Settings' researcher id and survey: the exporter, or the coordinator importing. */
  researcher(): Promise<{ researcherId: string; survey: string }>;
  extensionVersion: string;
  clock?: () => Date;
}

/**
 * The batch components' environment in an extension page: Spoor's database
 * (one connection per page, given up when a newer version needs the database,
 * as after an update), the file picker where the browser has one, else an
 * `<a download>` of a Blob.
 * @example <BatchActions selection={selection} filteredIds={ids} env={pageBatchEnv(window)} />
 */
export function pageBatchEnv(page: Window): BatchEnv {
  let connection: Promise<SpoorDb> | undefined;
  const db = () => {
    connection ??= openSpoorDb().then((opened) => {
      opened.onversionchange = () => {
        opened.close();
        connection = undefined;
      };
      return opened;
    });
    return connection;
  };
  const picker = (page as Window & { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  return {
    db,
    send: sendToBackground,
    save: { showSaveFilePicker: picker?.bind(page), download: (blob, fileName) => downloadBlob(page, blob, fileName) },
    researcher: () => readSettings(browser.storage.local),
    extensionVersion: browser.runtime.getManifest().version,
  };
}

/** Starts a download of the Blob; the object URL outlives the click long enough for the browser to fetch it. */
async function downloadBlob(page: Window, blob: Blob, fileName: string): Promise<void> {
  const url = URL.createObjectURL(blob);
  const link = page.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  page.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
