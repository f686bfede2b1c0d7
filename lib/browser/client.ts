import { protocol, type MessageName, type RequestOf, type ResponseOf } from '@/lib/messaging/protocol';
import { sendMessage } from './message-client';

/**
 * Sends a message to the background and returns its parsed reply.
 * @example const report = await sendToBackground('detect/tabReport', { tabId });
 */
export async function sendToBackground<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return sendMessage(protocol, name, payload) as Promise<ResponseOf<K>>;
}
