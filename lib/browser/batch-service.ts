import type { Handlers } from '@/lib/messaging/router';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { listBatches } from '@/lib/dashboard/batch-list';
import { batchRevocations } from '@/lib/dashboard/batch-revocations';

/**
 * The "batch/…" messages the background answers.
 * @example listen(browser.runtime, batchHandlers(openSpoorDb()));
 */
export function batchHandlers(ready: Promise<SpoorDb>): Handlers {
  return {
    'batch/list': async () => {
      const db = await ready;
      const batches = await listBatches(db);
      return { batches, revoked: await batchRevocations(db, batches) };
    },
  };
}

/**
 * Wires the "batch" domain into the background.
 * @example listen(browser.runtime, { ...startBatchService() });
 */
export function startBatchService(): Handlers {
  return batchHandlers(openSpoorDb());
}
