import type { AuditEntry, Flag } from '@/lib/records/flag';
import { BATCH_FORMAT, BATCH_FORMAT_VERSION, BatchSchema, type BatchDocument } from '@/lib/batch-format/schema';
import { distinctArtifacts } from '@/lib/batch-format/evidence-files';

export interface BatchMeta {
  id: string;
  createdAt: Date;
  researcher: string;
  survey: string;
  extensionVersion: string;
}

/**
 * Assembles the batch document for the given flags and their audit trail,
 * computing the date range and counts, and validates it with the same schema
 * an import uses (an export that its own importer would refuse is a bug).
 * Throws on an empty list: a batch of nothing has no date range.
 * @example const doc = buildBatch(flags, audit, { id: crypto.randomUUID(), createdAt: new Date(), researcher: 'anna.k', survey: 'Ivory 2026', extensionVersion: '0.1.0' });
 */
export function buildBatch(flags: readonly Flag[], audit: readonly AuditEntry[], meta: BatchMeta): BatchDocument {
  if (flags.length === 0) throw new Error('a batch needs at least one flag');
  const captureTimes = flags
    .flatMap((flag) => flag.observations.map((observation) => observation.capturedAt))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return BatchSchema.parse({
    format: BATCH_FORMAT,
    formatVersion: BATCH_FORMAT_VERSION,
    batch: {
      ...meta,
      createdAt: meta.createdAt.toISOString(),
      dateRange: { from: captureTimes[0], to: captureTimes.at(-1) },
      counts: { flags: flags.length, observations: captureTimes.length, artifacts: distinctArtifacts(flags).length },
    },
    flags,
    audit,
  });
}

/**
 * The document as batch.json: indented for people who open it, with a final newline.
 * @example new Blob([batchJson(doc)], { type: 'application/json' })
 */
export function batchJson(doc: BatchDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
