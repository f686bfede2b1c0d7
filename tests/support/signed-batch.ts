import { signedBatchOf } from '@/lib/export/batch-document';
import { readFlagsWithAudit } from '@/lib/export/export-flow';
import { batchJson } from '@/lib/export/json';
import type { CaptureInput } from '@/lib/flags/observation';
import { createFlagService } from '@/lib/flags/service';
import { openSpoorDb } from '@/lib/storage/db';
import { captureOf, steppingClock } from '../unit/flags/support';

/** The ad every researcher's batch names: batches of several researchers meet (and may conflict) on it. */
export const BATCH_AD = 'https://shop.example/ad/1';

/**
 * A researcher's signed batch.json, as a coordinator receives it: one flag of BATCH_AD saved through the flag service,
 * assessed as `prefill`, in a database of its own named `dbName`.
 */
export async function signedBatchJson(
  dbName: string,
  researcher: string,
  survey: string,
  prefill: CaptureInput['prefill'],
): Promise<string> {
  const db = await openSpoorDb(dbName);
  await createFlagService(db, steppingClock()).record(
    await captureOf(BATCH_AD, { researcher: { researcherId: researcher, survey }, prefill }),
    'ask',
  );
  const read = await readFlagsWithAudit(db, await db.getAllKeys('flags'));
  const meta = {
    id: crypto.randomUUID(),
    createdAt: new Date('2026-03-20T12:00:00.000Z'),
    researcher,
    survey,
    extensionVersion: '0.1.0',
  };
  // The researcher's key was made before the batch it signs: an importer refuses a batch older than its key.
  const keyMadeAt = () => new Date(meta.createdAt.getTime() - 24 * 3600 * 1000);
  const { document } = await signedBatchOf(db, read, meta, async () => ({}), keyMadeAt);
  db.close();
  return batchJson(document);
}
