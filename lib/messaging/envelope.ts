import * as z from 'zod/mini';

/** What crosses the wire: the name selects the schema the payload is parsed with. */
export const EnvelopeSchema = z.object({
  spoor: z.literal(1),
  name: z.string(),
  payload: z.unknown(),
});

/** Replies carry either the value or an error message the UI can show (zod/mini: the popup reads some first). */
export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;
