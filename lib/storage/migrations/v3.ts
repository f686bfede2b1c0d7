import { BatchRecordSchema } from '@/lib/records/batch';
import type { Migration } from './types';
import { chainLegacyHistory, legacyImports } from './legacy-history';

/**
 * Version 3: the chain of custody and signing.
 * - audit entries become a hash chain (how old entries are chained: legacy-history.ts),
 *   found by their `hash` (a unique index);
 * - `tombstones`: deleted flags, keyed by flag id;
 * - `keys`: this profile's signing keys; `signers`: keys seen on imported files;
 * - "exported" is no longer a review status (it goes back to the one it replaced);
 * - batches imported before version 2 (known only from audit entries) get batch records,
 *   because repeat imports are now recognised from the batches store alone.
 * Everything is read and rewritten in the upgrade's own transaction: records keep their keys.
 */
export const v3: Migration = {
  version: 3,
  async upgrade(db, tx) {
    db.createObjectStore('tombstones', { keyPath: 'flagId' });
    db.createObjectStore('keys', { keyPath: 'fingerprint' }).createIndex('researcherId', 'researcherId');
    db.createObjectStore('signers', { keyPath: 'fingerprint' }).createIndex('researcher', 'researcher');
    const audit = tx.objectStore('audit');
    audit.createIndex('hash', 'hash', { unique: true });

    const [auditKeys, entries, flags, batchIds, artifactKeys] = await Promise.all([
      audit.getAllKeys(),
      audit.getAll(),
      tx.objectStore('flags').getAll(),
      tx.objectStore('batches').getAllKeys(),
      tx.objectStore('artifacts').getAllKeys(),
    ]);
    const at = new Date().toISOString();
    const chained = chainLegacyHistory(flags, entries, at);
    for (const [index, entry] of chained.audit.entries()) await audit.put(entry as never, auditKeys[index]);
    for (const entry of chained.migrate) await audit.add(entry);
    for (const flag of chained.flags) await tx.objectStore('flags').put(flag as never);
    for (const tombstone of chained.tombstones) await tx.objectStore('tombstones').put(tombstone);

    const known = new Set(batchIds.map(String));
    const stored = new Set(artifactKeys.map(String));
    const evidenceOf = new Map(
      (flags as { id?: string; observations?: { artifacts?: { sha256: string }[] }[] }[]).map((flag) => [
        flag.id,
        (flag.observations ?? []).flatMap((observation) => observation.artifacts ?? []).map((ref) => ref.sha256),
      ]),
    );
    for (const [id, batch] of legacyImports(entries)) {
      if (known.has(id)) continue;
      const evidence = batch.flagIds.every((flagId) => (evidenceOf.get(flagId) ?? []).every((sha) => stored.has(sha)));
      const record = BatchRecordSchema.safeParse({
        id,
        createdAt: batch.at,
        researcher: batch.from,
        survey: '',
        flagIds: batch.flagIds,
        formats: [],
        imported: { fileName: '', importedAt: batch.at, from: batch.from, evidence },
      });
      if (record.success) await tx.objectStore('batches').put(record.data);
    }
  },
};
