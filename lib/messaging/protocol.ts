import type { z } from 'zod';
import { detectMessages } from './detect-messages';
import { flagMessages } from './flag-messages';
import { dashboardMessages } from './dashboard-messages';
import { dictionaryMessages } from './dictionary-messages';
import { batchMessages } from './batch-messages';
import { backupMessages } from './backup-messages';
import { signingMessages } from './signing-messages';

// Kept in their own module so a page that reads a few replies does not load every domain's schemas.
export { EnvelopeSchema, ReplySchema, type Reply } from './envelope';

/**
 * The one message protocol between content scripts, background and extension
 * pages. Each domain declares its messages in its own file; names are
 * namespaced ("detect/…", "flag/…", "dashboard/…", "dictionary/…", "batch/…", "backup/…", "signing/…").
 */
export const protocol = {
  ...detectMessages,
  ...flagMessages,
  ...dashboardMessages,
  ...dictionaryMessages,
  ...batchMessages,
  ...backupMessages,
  ...signingMessages,
};

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = z.input<Protocol[K]['request']>;
export type ResponseOf<K extends MessageName> = z.output<Protocol[K]['response']>;

/** How pages reach the background (lib/browser/client.ts); tests pass one that calls the handlers directly. */
export type SendToBackground = <K extends MessageName>(name: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;

export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(protocol, name);
}
