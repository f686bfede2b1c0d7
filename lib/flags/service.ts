import type { SpoorDb } from '@/lib/storage/db';
import type { StoredArtifact } from '@/lib/storage/schema';
import { writeAtomically } from '@/lib/storage/transaction';
import { diffChanges } from './audit';
import { advance, chainEntry } from '@/lib/integrity/chain';
import { unnamedObservations, withClaims } from './claim';
import { applyEdit } from './edit';
import { oversizeFields } from '@/lib/records/limits';
import { readHistory, type StoredHistory } from './history-store';
import type { PreparedCapture } from './observation';
import {
  FlagBodySchema,
  FlagSchema,
  FLAG_SCHEMA_VERSION,
  type FlagBody,
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
 * transaction that records what changed in the `audit` store as the next link
 * of the flag's hash chain (lib/integrity/chain.ts), and moves the flag's head to
 * it; nothing is overwritten or deleted without an audit entry. Callers hash
 * and capture first (see prepareCapture); the chain hashes are computed
 * synchronously, so no transaction waits on anything else.
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
          const action = existing ? 'observe' : 'create';
          const next = existing ? withObservation(existing, capture, now) : newFlag(capture, now);
          const note = `observation ${capture.observation.id} (${capture.observation.recordSha256})`;
          const fields = { flagId: next.id, at: now, by, action, note } as const;
          const { flag, entry } = advance(next, fields, existing ? existing.auditHead : null);
          await flags.put(flag);
          await tx.objectStore('audit').add(entry);
          return { outcome: existing ? 'observed' : 'created', flag };
        },
        'this flag was not saved; earlier flags are intact. Export and delete old flags, or free disk space.',
      );
    },

    /**
     * Applies a researcher's correction and logs each changed field. A field over the limits an import holds a batch
     * to (lib/records/limits.ts) is refused here, so no saved flag makes its batch unimportable.
     */
    async edit(flagId: string, edit: FlagEdit, by: string): Promise<Flag> {
      const tooLarge: string[] = [];
      oversizeFields(edit, '', (path, what) => tooLarge.push(`${path}: ${what}`));
      if (tooLarge.length) throw new Error(`This change was not saved: ${tooLarge.join('; ')}.`);
      const now = clock();
      const tx = db.transaction(['flags', 'audit'], 'readwrite');
      return writeAtomically(
        tx,
        async () => {
          const current = FlagSchema.parse(await mustGet(tx.objectStore('flags').get(flagId), flagId));
          const next = applyEdit(current, edit, now);
          const changes = diffChanges(current, next).filter((change) => change.path !== 'updatedAt');
          if (changes.length === 0) return current;
          const written = advance(next, { flagId, at: next.updatedAt, by, action: 'edit', changes }, current.auditHead);
          await tx.objectStore('flags').put(written.flag);
          await tx.objectStore('audit').add(written.entry);
          return written.flag;
        },
        'this change was not saved; the flag is as it was. Export and delete old flags, or free disk space.',
      );
    },

    /**
     * Deletes a flag: its tombstone says who, when and why, its last audit
     * entry keeps the whole record, and the evidence files stay.
     */
    async remove(flagId: string, by: string, reason: string): Promise<void> {
      const at = clock().toISOString();
      const tx = db.transaction(['flags', 'audit', 'tombstones'], 'readwrite');
      await writeAtomically(
        tx,
        async () => {
          const flag = FlagSchema.parse(await mustGet(tx.objectStore('flags').get(flagId), flagId));
          const changes = [{ path: '', from: flag, to: null }];
          const fields = { flagId, at, by, action: 'delete', changes, note: reason || undefined } as const;
          const entry = chainEntry(fields, flag.auditHead, null);
          await tx.objectStore('flags').delete(flagId);
          await tx.objectStore('audit').add(entry);
          const tombstone = { flagId, canonicalUrl: flag.canonicalUrl, at, by, reason, auditHead: entry.hash };
          await tx.objectStore('tombstones').put(tombstone);
        },
        'the flag was not deleted. Free disk space and try again.',
      );
    },

    /**
     * Names the observations captured before a researcher id was set, as this
     * researcher's, on every flag that has some: one audited "claim" per flag.
     * The observations themselves stay as captured. Returns how many flags were claimed.
     */
    async claimUnnamed(researcher: { researcherId: string; survey: string }): Promise<number> {
      const at = clock().toISOString();
      if (!researcher.researcherId.trim())
        throw new Error('Set your researcher id first: claims are made in its name.');
      const tx = db.transaction(['flags', 'audit'], 'readwrite');
      return writeAtomically(
        tx,
        async () => {
          let claimed = 0;
          for (const stored of await tx.objectStore('flags').getAll()) {
            const current = FlagSchema.parse(stored);
            if (unnamedObservations(current).length === 0) continue;
            const next = withClaims(current, researcher, at);
            const changes = diffChanges(current.claims, next.claims, 'claims');
            const written = advance(
              next,
              { flagId: current.id, at, by: researcher.researcherId, action: 'claim', changes },
              current.auditHead,
            );
            await tx.objectStore('flags').put(written.flag);
            await tx.objectStore('audit').add(written.entry);
            claimed += 1;
          }
          return claimed;
        },
        'nothing was claimed. Free disk space and try again.',
      );
    },

    /** How many flags hold observations captured without a researcher id. */
    async countUnnamed(): Promise<number> {
      const flags = await db.getAll('flags');
      return flags.filter((stored) => {
        const parsed = FlagSchema.safeParse(stored);
        return parsed.success && unnamedObservations(parsed.data).length > 0;
      }).length;
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

    /** The flag's (or deleted flag's) history, walked from its head and checked whole (lib/integrity/history.ts). */
    history(flagId: string): Promise<StoredHistory> {
      return readHistory(db, flagId);
    },

    artifact(sha256: string): Promise<StoredArtifact | undefined> {
      return db.get('artifacts', sha256);
    },
  };
}

export type FlagService = ReturnType<typeof createFlagService>;

function newFlag(capture: PreparedCapture, now: string): FlagBody {
  return FlagBodySchema.parse({
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

async function mustGet<T>(request: Promise<T | undefined>, flagId: string): Promise<T> {
  const value = await request;
  if (value === undefined) throw new Error(`No flag ${flagId}: it may have been deleted.`);
  return value;
}
