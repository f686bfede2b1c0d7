import type { Handlers } from '@/lib/messaging/router';
import type { OwnKey } from '@/lib/messaging/signing-messages';
import { readSettings, type KeyValueArea } from '@/lib/settings/store';
import type { SpoorDb } from '@/lib/storage/db';
import { ensureSigningKey } from '@/lib/signing/keys';

/**
 * The researcher's key, for the id now in settings (made if this profile has
 * none for it yet); null while there is no id.
 * @example const key = await ownKey(db, browser.storage.local);
 */
export async function ownKey(db: SpoorDb, area: KeyValueArea): Promise<OwnKey | null> {
  const { researcherId } = await readSettings(area);
  if (!researcherId.trim()) return null;
  const { fingerprint, createdAt } = await ensureSigningKey(db, researcherId);
  return { researcherId: researcherId.trim(), fingerprint, createdAt };
}

/**
 * The "signing/…" messages the background answers.
 * @example listen(browser.runtime, signingHandlers(openSpoorDb(), browser.storage.local));
 */
export function signingHandlers(ready: Promise<SpoorDb>, area: KeyValueArea): Handlers {
  return { 'signing/ownKey': async () => ({ key: await ownKey(await ready, area) }) };
}
