import type { MessageName, RequestOf, ResponseOf } from '@/lib/messaging/protocol';

/**
 * Loads the whole client: the protocol with every domain's schemas. The popup calls it once its first screen is
 * shown, so that screen never waits on them (issue 14).
 * @example useEffect(() => void loadClient(), []);
 */
export const loadClient = () => import('./client');

/**
 * `sendToBackground` for a page whose first screen leaves the protocol out: the first send loads it, unless
 * `loadClient` already did.
 * @example <FlagPanel tabId={tabId} send={sendToBackgroundLater} />
 */
export async function sendToBackgroundLater<K extends MessageName>(
  name: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const { sendToBackground } = await loadClient();
  return sendToBackground(name, payload);
}
