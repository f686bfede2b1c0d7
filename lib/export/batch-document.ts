import { BatchSchema, type BatchDocument } from '@/lib/batch-format/schema';
import type { DetectedTaxon } from '@/lib/flags/detected-taxa';
import { impliedTaxonIds } from '@/lib/flags/detected-taxa';
import { batchJson, buildBatch, signBatch, type BatchMeta } from './json';
import { sha256Hex } from '@/lib/integrity/hash';
import { verifyHistory } from '@/lib/integrity/history';
import { readChains } from '@/lib/flags/history-store';
import { FlagSchema, type AuditEntry, type Flag } from '@/lib/records/flag';
import { ensureSigningKey } from '@/lib/signing/keys';
import { SigningKeySchema, type SigningKey } from '@/lib/records/signing';
import type { SpoorDb } from '@/lib/storage/db';
import { readUtf8 } from '@/lib/files/text';
import type { BatchRecord } from '@/lib/records/batch';

/** Facts of the taxa trade terms imply, by dictionary id (the dashboard's dictionary: 'dashboard/taxa'). */
export type TaxaOf = (ids: readonly string[]) => Promise<Record<string, DetectedTaxon>>;

/** A signed batch document and its batch.json bytes, as saved. */
export interface SignedBatch {
  document: BatchDocument;
  json: Uint8Array<ArrayBuffer>;
  sha256: string;
  /** The key that signed it: the bundle's manifest is signed with the same one. */
  key: SigningKey;
}

/**
 * Flags and every audit entry their histories reach (joined chains included),
 * read in ONE readonly transaction and checked after it ends. Ids no longer in
 * the database are left out; a flag whose history does not verify stops the
 * export, naming it: Spoor never sends a chain its own importer would refuse.
 * @example const { flags, audit } = await readFlagsWithAudit(db, selection);
 */
export async function readFlagsWithAudit(
  db: SpoorDb,
  flagIds: readonly string[],
): Promise<{ flags: Flag[]; audit: AuditEntry[] }> {
  const tx = db.transaction(['flags', 'audit'], 'readonly');
  const stored = await Promise.all([...new Set(flagIds)].map((id) => tx.objectStore('flags').get(id)));
  const flags = stored.flatMap((record) => (record ? [FlagSchema.parse(record)] : []));
  const entries = await readChains(
    tx,
    flags.map((flag) => flag.auditHead),
  );
  await tx.done;
  const audit = new Map<string, AuditEntry>();
  for (const flag of flags) {
    const history = verifyHistory({ flag }, (hash) => entries.get(hash));
    if (history.problems.length > 0)
      throw new Error(
        `The history of flag ${flag.id} does not verify, so it cannot be exported: ${history.problems[0]!.message}`,
      );
    for (const entry of history.entries) audit.set(entry.hash, entry);
  }
  return { flags, audit: [...audit.values()] };
}

/**
 * Builds the batch document of the flags, with the facts of the taxa their
 * trade terms imply, and signs it with the researcher's key (made now if this
 * profile has none for that id).
 * @example const signed = await signedBatchOf(db, flags, audit, meta, taxaOf);
 */
export async function signedBatchOf(
  db: SpoorDb,
  read: { flags: Flag[]; audit: AuditEntry[] },
  meta: BatchMeta,
  taxaOf: TaxaOf,
  clock?: () => Date,
): Promise<SignedBatch> {
  const key = await ensureSigningKey(db, meta.researcher, clock);
  const taxa = await taxaOf(impliedTaxonIds(read.flags.flatMap((flag) => flag.observations)));
  const document = await signBatch(buildBatch(read.flags, read.audit, meta, taxa), key);
  return withBytes(document, key);
}

/**
 * A saved batch's document exactly as it was first saved (BatchRecord.document),
 * re-hashed against its record; with the key that signed it when this profile
 * still holds it, else re-signed with the researcher's current key (a backup
 * restored into a new browser cannot carry the old private key).
 * @example const signed = await storedBatchOf(db, record);
 */
export async function storedBatchOf(db: SpoorDb, record: BatchRecord): Promise<SignedBatch | undefined> {
  if (!record.document) return undefined;
  const stored = await db.get('artifacts', record.document.sha256);
  if (!stored) throw new Error(`The saved batch.json of batch ${record.id} is missing from the database`);
  if ((await sha256Hex(stored.blob)) !== record.document.sha256)
    throw new Error(`The saved batch.json of batch ${record.id} no longer hashes to its record`);
  const document = BatchSchema.parse(JSON.parse(await readUtf8(stored.blob)));
  const original = SigningKeySchema.safeParse(await db.get('keys', document.signature.fingerprint));
  if (original.success) {
    const json = new Uint8Array(await stored.blob.arrayBuffer());
    return { document, json, sha256: record.document.sha256, key: original.data };
  }
  const key = await ensureSigningKey(db, document.batch.researcher);
  const { signature: _old, ...unsigned } = document;
  return withBytes(await signBatch(unsigned, key), key);
}

async function withBytes(document: BatchDocument, key: SigningKey): Promise<SignedBatch> {
  const json = new TextEncoder().encode(batchJson(document));
  return { document, json, sha256: await sha256Hex(json), key };
}
