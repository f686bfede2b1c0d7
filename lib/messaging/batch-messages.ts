import { z } from 'zod';
import { BatchRecordSchema } from '@/lib/records/batch';
import { BatchRevocationSchema } from '@/lib/dashboard/batch-revocations';
import { defineMessage } from './define';

/**
 * Messages of the "batch" domain. Export and import themselves run in the
 * dashboard page (they carry evidence Blobs; see lib/export/export-flow.ts);
 * the background answers what batches exist, for the batch list and for
 * naming the batches a flag went into.
 */
export const batchMessages = {
  /**
   * Every batch exported from or imported into this database, newest first, and those imported that were signed with a
   * key revoked since (`revoked`).
   */
  'batch/list': defineMessage({
    from: ['extension'],
    request: z.object({}),
    response: z.object({ batches: z.array(BatchRecordSchema), revoked: z.array(BatchRevocationSchema) }),
  }),
};
