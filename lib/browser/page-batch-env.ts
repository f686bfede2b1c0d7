import { browser } from 'wxt/browser';
import type { SaveFilePicker } from '@/lib/files/save';
import { sendToBackground } from './client';
import { readSettings } from '@/lib/settings/store';
import type { SpoorDb } from '@/lib/storage/db';
import { openAnnouncingDb } from './announcing-db';
import type { BatchEnv } from './batch-env';
import { activeMatcher } from '@/lib/active-dictionary/active-matcher';
import { detectionsInText } from '@/lib/flags/captured-detections';

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
    connection ??= openAnnouncingDb().then((opened) => {
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
    taxa: async (ids) => (await sendToBackground('dashboard/taxa', { ids: [...ids] })).taxa,
    extensionVersion: browser.runtime.getManifest().version,
    // The active dictionary as tabs use it, loaded on the first import only.
    reread: async (text, { pageLang, senses } = {}) =>
      detectionsInText(await activeMatcher(browser.storage.local, senses === false ? { senses } : {}), text, pageLang),
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
