import { contentApi } from './content-api';
import type { MessageName, RequestOf } from '@/lib/messaging/protocol';

/**
 * How a content script sends to the background: the envelope only, no
 * schemas. The background parses every content-script message against the
 * protocol (lib/messaging/router.ts), the trust boundary; parsing here as
 * well would load zod and every domain's schemas into every frame of every
 * page. The reply is only checked for success: content scripts use none of
 * its values.
 * @example await sendFromContent('detect/report', { url, entries });
 */
export async function sendFromContent<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<void> {
  // A failed send rejects on its own; a refusal comes back as { ok: false, error }.
  const reply: { ok?: unknown; error?: unknown } = await contentApi().runtime.sendMessage({ spoor: 1, name, payload });
  if (reply?.ok !== true) throw new Error(`${name}: ${String(reply?.error ?? 'no valid reply')}`);
}
