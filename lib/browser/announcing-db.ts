import { browser } from 'wxt/browser';
import { onCommitted } from '@/lib/storage/committed';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { announceFlagsChanged, type StampArea } from './tab-flag-keys';

/**
 * Spoor's database as the background and the pages open it: every committed write of the flags, whatever wrote it
 * (capture, edit, deletion, claim, export, import, restore), changes the flags' stamp in storage.session, so no
 * flag status kept for the popup outlives it (tab-flag-status.ts).
 * @example const db = await openAnnouncingDb();
 */
export async function openAnnouncingDb(area: StampArea = browser.storage.session): Promise<SpoorDb> {
  return onCommitted(await openSpoorDb(), 'flags', () => void announceFlagsChanged(area));
}
