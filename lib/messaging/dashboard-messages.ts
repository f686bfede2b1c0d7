import { z } from 'zod';
import { TaxonFactsSchema } from '@/lib/batch-format/schema';
import { ArchiveRowSchema } from '@/lib/dashboard/row';
import { StatusSchema } from '@/lib/records/flag';
import { defineMessage } from './define';

const flagIds = z.array(z.uuid()).min(1);

/** What a bulk action did: flags changed, and flags it could not change with the reason. */
export const BulkResultSchema = z.object({
  done: z.array(z.string()),
  failed: z.array(z.object({ id: z.string(), error: z.string() })),
});
export type BulkResult = z.infer<typeof BulkResultSchema>;

/** Messages of the "archive" domain: the dashboard's view of every flag. */
export const dashboardMessages = {
  /** Every flag as a compact row (lib/dashboard/row.ts); filtering and sorting happen in the page. */
  'dashboard/list': defineMessage({
    from: ['extension'],
    request: z.object({}),
    response: z.object({ rows: z.array(ArchiveRowSchema), unreadable: z.number().int().nonnegative() }),
  }),
  /** Sets the status of many flags; each change is an "edit" in the audit trail. */
  'dashboard/setStatus': defineMessage({
    from: ['extension'],
    request: z.object({ ids: flagIds, status: StatusSchema }),
    response: BulkResultSchema,
  }),
  /** What the dashboard's dictionary says of these taxa (by id): an export writes it into the batch for its CSV. */
  'dashboard/taxa': defineMessage({
    from: ['extension'],
    request: z.object({ ids: z.array(z.string().max(200)).max(100_000) }),
    response: z.object({ taxa: z.record(z.string(), TaxonFactsSchema) }),
  }),
  /** Deletes many flags through the flag service: each deletion keeps the record in the audit trail. */
  'dashboard/delete': defineMessage({
    from: ['extension'],
    request: z.object({ ids: flagIds, reason: z.string() }),
    response: BulkResultSchema,
  }),
};
