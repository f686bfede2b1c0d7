import { z } from 'zod';
import { detectMessages } from './detect-messages';
import { flagMessages } from './flag-messages';
import { dashboardMessages } from './dashboard-messages';
import { dictionaryMessages } from './dictionary-messages';
import { batchMessages } from './batch-messages';
import { backupMessages } from './backup-messages';
import { signingMessages } from './signing-messages';

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

/** What crosses the wire: the name selects the schema the payload is parsed with. */
export const EnvelopeSchema = z.object({
  spoor: z.literal(1),
  name: z.string(),
  payload: z.unknown(),
});

/** Replies carry either the value or an error message the UI can show. */
export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(protocol, name);
}
