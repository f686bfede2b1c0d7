import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging/router';
import { SETTINGS_KEY } from '@/lib/settings/schema';
import { openSpoorDb } from '@/lib/storage/db';
import { ownKey, signingHandlers } from './signing-handlers';

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
  return signingHandlers(ready, area);
}
