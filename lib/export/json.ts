import type { AuditEntry, Flag } from '@/lib/records/flag';
import { signDocument } from '@/lib/signing/sign';
import type { SigningKey } from '@/lib/records/signing';
import {
  BATCH_FORMAT,
  BATCH_FORMAT_VERSION,
  BatchSchema,
  UnsignedBatchSchema,
  type BatchDocument,
  type UnsignedBatchDocument,
} from '@/lib/batch-format/schema';
import type { DetectedTaxon } from '@/lib/flags/detected-taxa';
import { distinctArtifacts } from '@/lib/batch-format/evidence-files';
import { captureSpan } from '@/lib/batch-format/capture-span';

export interface BatchMeta {
  id: string;
  createdAt: Date;
  researcher: string;
  survey: string;
  extensionVersion: string;
}

/**
 * Assembles the batch document for the given flags and their audit chains,
 * computing the date range and counts, and validates it with the same schema
 * an import uses (an export that its own importer would refuse is a bug).
 * `taxa`: the facts of the taxa the flags' trade terms imply (see UnsignedBatchSchema).
 * Throws on an empty list: a batch of nothing has no date range.
 * @example const doc = buildBatch(flags, audit, { id: crypto.randomUUID(), createdAt: new Date(), researcher: 'anna.k',
 * survey: 'Ivory 2026', extensionVersion: '0.1.0' }, {});
 */
export function buildBatch(
  flags: readonly Flag[],
  audit: readonly AuditEntry[],
  meta: BatchMeta,
  taxa: Readonly<Record<string, DetectedTaxon>>,
): UnsignedBatchDocument {
  if (flags.length === 0) throw new Error('a batch needs at least one flag');
  return UnsignedBatchSchema.parse({
    format: BATCH_FORMAT,
    formatVersion: BATCH_FORMAT_VERSION,
    batch: {
      ...meta,
      createdAt: meta.createdAt.toISOString(),
      dateRange: captureSpan(flags),
      counts: {
        flags: flags.length,
        observations: flags.reduce((sum, flag) => sum + flag.observations.length, 0),
        artifacts: distinctArtifacts(flags).length,
      },
    },
    flags,
    audit,
    taxa,
  });
}

/**
 * The document signed with the researcher's key, validated as an import would.
 * @example const doc = await signBatch(buildBatch(flags, audit, meta, taxa), key);
 */
export async function signBatch(document: UnsignedBatchDocument, key: SigningKey): Promise<BatchDocument> {
  return BatchSchema.parse(await signDocument(document, key));
}

/**
 * The document as batch.json: indented for people who open it, with a final newline.
 * @example new Blob([batchJson(doc)], { type: 'application/json' })
 */
export function batchJson(doc: BatchDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * The CSV context of a batch: its id and its table of implied taxa.
 * @example flagsCsv(doc.flags, csvContextOf(doc))
 */
export function csvContextOf(doc: Pick<BatchDocument, 'batch' | 'taxa'>) {
  return { batchId: doc.batch.id, taxa: (id: string) => (Object.hasOwn(doc.taxa, id) ? doc.taxa[id] : undefined) };
}
