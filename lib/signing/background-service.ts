import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging/router';
import { SETTINGS_KEY } from '@/lib/settings/schema';
import { readSettings } from '@/lib/settings/store';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { ensureSigningKey } from './keys';

/**
 * The researcher's key, for the id now in settings; null while there is none.
 * @example const key = await ownKey(db, browser.storage.local);
 */
async function ownKey(db: SpoorDb, area: typeof browser.storage.local) {
  const { researcherId } = await readSettings(area);
  if (!researcherId.trim()) return null;
  const { fingerprint, createdAt } = await ensureSigningKey(db, researcherId);
  return { researcherId: researcherId.trim(), fingerprint, createdAt };
}

/**
 * Wires the "signing" domain into the background: a researcher's key pair is
 * made as soon as their id is set (by the options page, the welcome page or
 * the popup), and at start-up for an id set before keys existed; pages ask for
 * its fingerprint with 'signing/ownKey'.
 * @example listen(browser.runtime, { ...startSigningService() });
 */
export function startSigningService(api: typeof browser = browser): Handlers {
  const ready = openSpoorDb();
  const area = api.storage.local;
  const ensure = () => ready.then((db) => ownKey(db, area)).catch(() => null);
  api.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && SETTINGS_KEY in changes) void ensure();
  });
  void ensure();
  return { 'signing/ownKey': async () => ({ key: await ownKey(await ready, area) }) };
}
