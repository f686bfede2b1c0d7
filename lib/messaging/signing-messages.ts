import { z } from 'zod';
import { Sha256Schema } from '@/lib/records/flag';
import { defineMessage } from './define';

/** This profile's signing key as pages show it: never the private key itself. */
export const OwnKeySchema = z.object({
  researcherId: z.string(),
  fingerprint: Sha256Schema,
  createdAt: z.iso.datetime({ offset: false }),
});
export type OwnKey = z.infer<typeof OwnKeySchema>;

/** Messages of the "signing" domain. */
export const signingMessages = {
  /**
   * The signing key of the researcher id in settings (made now if this profile
   * has none yet); null while no researcher id is set.
   */
  'signing/ownKey': defineMessage({
    from: ['extension'],
    request: z.object({}),
    response: z.object({ key: OwnKeySchema.nullable() }),
  }),
};
