import type { SpoorDb } from '@/lib/storage/db';
import type { StoredArtifact } from '@/lib/storage/schema';
import { writeAtomically } from '@/lib/storage/transaction';
import { diffChanges } from './audit';
import { applyEdit } from './edit';
import type { PreparedCapture } from './observation';
import {
  AuditEntrySchema,
  FlagSchema,
  FLAG_SCHEMA_VERSION,
  type AuditEntry,
  type Flag,
  type FlagEdit,
} from '@/lib/records/flag';

export type IfFlagged = 'ask' | 'observe';
export interface RecordResult {
  outcome: 'created' | 'observed' | 'already-flagged';
  flag: Flag;
}

/**
 * Flags in IndexedDB with their evidence and audit trail. Every write is one
 * transaction that records what changed in the `audit` store; nothing is
 * overwritten or deleted without an audit entry. Callers hash and capture
 * first (see prepareCapture), so no transaction waits on anything else.
 * @example const flags = createFlagService(await openSpoorDb()); await flags.record(capture, 'ask');
 */
export function createFlagService(db: SpoorDb, clock: () => Date = () => new Date()) {
  const flagWrite = () => db.transaction(['flags', 'artifacts', 'audit'], 'readwrite');

  return {
    /**
     * Saves a capture: a new flag, or a new observation of the flag with the
     * same canonical URL when `ifFlagged` is 'observe'. The look-up happens in
     * the write transaction, so two tabs flagging the same ad at once cannot
     * create two flags.
     */
    async record(capture: PreparedCapture, ifFlagged: IfFlagged): Promise<RecordResult> {
      const now = clock().toISOString();
      const by = capture.observation.capturedBy.researcherId;
      const tx = flagWrite();
      return writeAtomically(
        tx,
        async () => {
          const flags = tx.objectStore('flags');
          const stored = await flags.index('canonicalUrl').get(capture.canonicalUrl);
          const existing = stored && FlagSchema.parse(stored);
          if (existing && ifFlagged === 'ask') return { outcome: 'already-flagged', flag: existing };

          for (const file of capture.files) {
            const artifact: StoredArtifact = { blob: file.blob, mimeType: file.ref.mimeType, bytes: file.ref.bytes };
            await tx.objectStore('artifacts').put(artifact, file.ref.sha256);
          }
          const flag = existing ? withObservation(existing, capture, now) : newFlag(capture, now);
          await flags.put(flag);
          const action = existing ? 'observe' : 'create';
          const note = `observation ${capture.observation.id} (${capture.observation.recordSha256})`;
          await tx.objectStore('audit').add(auditEntry({ flagId: flag.id, at: now, by, action, note }));
          return { outcome: existing ? 'observed' : 'created', flag };
        },
        'this flag was not saved; earlier flags are intact. Export and delete old flags, or free disk space.',
      );
    },

    /** Applies a researcher's correction and logs each changed field. */
    async edit(flagId: string, edit: FlagEdit, by: string): Promise<Flag> {
      const now = clock();
      const tx = db.transaction(['flags', 'audit'], 'readwrite');
      return writeAtomically(
        tx,
        async () => {
          const current = FlagSchema.parse(await mustGet(tx.objectStore('flags').get(flagId), flagId));
          const next = applyEdit(current, edit, now);
          const changes = diffChanges(current, next).filter((change) => change.path !== 'updatedAt');
          if (changes.length === 0) return current;
          await tx.objectStore('flags').put(next);
          await tx.objectStore('audit').add(auditEntry({ flagId, at: next.updatedAt, by, action: 'edit', changes }));
          return next;
        },
        'this change was not saved; the flag is as it was. Export and delete old flags, or free disk space.',
      );
    },

    /** Deletes a flag; its audit entry keeps the whole record, and the evidence files stay. */
    async remove(flagId: string, by: string, reason: string): Promise<void> {
      const at = clock().toISOString();
      const tx = db.transaction(['flags', 'audit'], 'readwrite');
      await writeAtomically(
        tx,
        async () => {
          const flag = await mustGet(tx.objectStore('flags').get(flagId), flagId);
          await tx.objectStore('flags').delete(flagId);
          const changes = [{ path: '', from: flag, to: null }];
          await tx
            .objectStore('audit')
            .add(auditEntry({ flagId, at, by, action: 'delete', changes, note: reason || undefined }));
        },
        'the flag was not deleted. Free disk space and try again.',
      );
    },

    async get(flagId: string): Promise<Flag | undefined> {
      const stored = await db.get('flags', flagId);
      return stored && FlagSchema.parse(stored);
    },

    async findByCanonicalUrl(canonicalUrl: string): Promise<Flag | undefined> {
      const stored = await db.getFromIndex('flags', 'canonicalUrl', canonicalUrl);
      return stored && FlagSchema.parse(stored);
    },

    /** How many flags a platform has: a cheap test before reading a freshly loaded page. */
    countOnPlatform(platformId: string): Promise<number> {
      return db.countFromIndex('flags', 'platform', platformId);
    },

    /** The flag's audit trail, oldest first (the store's key is the insertion order). */
    async history(flagId: string): Promise<AuditEntry[]> {
      return (await db.getAllFromIndex('audit', 'flagId', flagId)).map((entry) => AuditEntrySchema.parse(entry));
    },

    artifact(sha256: string): Promise<StoredArtifact | undefined> {
      return db.get('artifacts', sha256);
    },
  };
}

export type FlagService = ReturnType<typeof createFlagService>;

function newFlag(capture: PreparedCapture, now: string): Flag {
  return FlagSchema.parse({
    schemaVersion: FLAG_SCHEMA_VERSION,
    id: crypto.randomUUID(),
    canonicalUrl: capture.canonicalUrl,
    platform: capture.platform,
    ad: capture.observation.ad,
    assessment: capture.prefill,
    observations: [capture.observation],
    createdAt: now,
    updatedAt: now,
  });
}

/** The flag's fields stay as corrected; the new observation keeps its own page data. */
function withObservation(flag: Flag, capture: PreparedCapture, now: string): Flag {
  return FlagSchema.parse({ ...flag, observations: [...flag.observations, capture.observation], updatedAt: now });
}

function auditEntry(entry: Omit<AuditEntry, 'changes'> & Partial<Pick<AuditEntry, 'changes'>>): AuditEntry {
  return AuditEntrySchema.parse(entry);
}

async function mustGet<T>(request: Promise<T | undefined>, flagId: string): Promise<T> {
  const value = await request;
  if (value === undefined) throw new Error(`No flag ${flagId}: it may have been deleted.`);
  return value;
}
