import { chainEntry, advance } from '@/lib/integrity/chain';
import { canonicalJson } from '@/lib/integrity/hash';
import type { AuditEntry, Flag, Observation, Tombstone } from '@/lib/records/flag';
import type { BatchDocument } from '@/lib/batch-format/schema';
import type { Conflict } from './merge-fields';
import { identityConflict, observationConflicts } from './merge-identity';
import { unionOf } from './merge-union';
import { splitReplays, type Replay } from './replays';
import { looksAlike } from '@/lib/matching/look-alike';

export interface MergeContext {
  /** The coordinator doing the import (their researcher id). */
  by: string;
  at: Date;
  /** Deleted flags here, by id, among those the batch names. */
  tombstones?: ReadonlyMap<string, Tombstone>;
  /** Fresh ids for records kept apart; crypto.randomUUID by default. */
  newId?: () => string;
  /** Who signed the batch, for the audit entries' notes: "anna.k, key ab12…". */
  signer?: string;
}

export interface MergeResult {
  /** Flags to write: new ones and changed existing ones, each complete. */
  flags: Flag[];
  conflicts: Conflict[];
  /** To append after the batch's own entries (stored as they are): one import or merge entry per incoming flag. */
  audit: AuditEntry[];
  /** Observations that repeat a capture already held under another id (one capture re-sent): shown, not added. */
  replays: Replay[];
  summary: { added: number; merged: number; observationsAdded: number; keptApart: number; replayed: number };
}

/**
 * Merges an imported batch into the existing flags, purely, by content: the
 * same ad (the same canonical URL on the same platform, found by flag id or by
 * URL) becomes one flag holding every researcher's observations, each once.
 * What does not match is never merged, and never dropped: a flag id reused
 * for another ad, an observation id reused with different content, or a flag
 * deleted here comes back as a conflict, and the incoming flag is kept as a
 * record of its own with a new id. Differing ad fields and assessments keep
 * the existing value and come back as conflicts too.
 *
 * The batch's audit entries are stored as they are (their hashes stay valid);
 * each flag's chain gains one entry: an `import` after the incoming head for a
 * new flag, or a `merge` that joins the incoming head for an existing one.
 * @example const { flags, audit, conflicts } = mergeBatch(existing, imported.document, { by: 'coord', at: new Date()
 * });
 */
export function mergeBatch(existing: readonly Flag[], batch: BatchDocument, context: MergeContext): MergeResult {
  const byId = new Map(existing.map((flag) => [flag.id, flag]));
  const byUrl = new Map(existing.map((flag) => [flag.canonicalUrl, flag]));
  const changed = new Map<string, Flag>();
  const result: MergeResult = {
    flags: [],
    conflicts: [],
    audit: [],
    replays: [],
    summary: { added: 0, merged: 0, observationsAdded: 0, keptApart: 0, replayed: 0 },
  };
  const at = context.at.toISOString();
  const batchId = batch.batch.id;
  const newId = context.newId ?? (() => crypto.randomUUID());
  const from = `batch ${batchId} from ${batch.batch.researcher}${context.signer ? `, signed by ${context.signer}` : ''}`;

  const land = (flag: Flag, entry: AuditEntry, conflicts: Conflict[]) => {
    byId.set(flag.id, flag);
    if (!byUrl.has(flag.canonicalUrl) || byUrl.get(flag.canonicalUrl)!.id === flag.id)
      byUrl.set(flag.canonicalUrl, flag);
    changed.set(flag.id, flag);
    result.audit.push(entry);
    result.conflicts.push(...conflicts);
  };

  for (const incoming of batch.flags) {
    const note = (extra: string[]) => [`${from}, flag ${incoming.id}`, ...extra].join('\n');
    const local = byId.get(incoming.id);
    const sameUrl = byUrl.get(incoming.canonicalUrl);
    const deleted = !local ? context.tombstones?.get(incoming.id) : undefined;
    const source = { researcher: batch.batch.researcher, batchId };
    const noteReplays = (replays: ReadonlyArray<{ observationId: string; sameAs: string }>) => {
      const flagged = { flagId: incoming.id, canonicalUrl: incoming.canonicalUrl, ...source };
      result.replays.push(...replays.map((replay) => ({ ...flagged, ...replay })));
      result.summary.replayed += replays.length;
      return replays.map((replay) => `observation ${replay.observationId} repeats capture ${replay.sameAs}: not added`);
    };
    const clash =
      (local && identityConflict(local, incoming, source, 'id')) ||
      (!local && sameUrl && identityConflict(sameUrl, incoming, source, 'platform')) ||
      (deleted && deletedConflict(deleted, incoming, batch));
    const target = clash ? undefined : (local ?? sameUrl);
    const observations = target ? observationConflicts(target, incoming, source) : [];

    if (clash || observations.length > 0) {
      // Kept apart: a record of its own, under a fresh id if its id is taken here.
      const conflicts = (clash ? [clash] : observations).map(markLookAlike);
      const id = byId.has(incoming.id) || deleted ? newId() : incoming.id;
      const batchIds = withItem(incoming.batchIds, batchId);
      const copy = { ...incoming, id, batchIds, updatedAt: at };
      for (const conflict of conflicts) conflict.keptApartAs = id;
      const fields = {
        flagId: id,
        at,
        by: context.by,
        action: 'import' as const,
        batchId,
        joins: [incoming.auditHead],
        changes: [
          ...(id === incoming.id ? [] : [{ path: 'id', from: incoming.id, to: id }]),
          { path: 'batchIds', from: incoming.batchIds, to: batchIds },
        ],
        note: note([`kept apart from ${conflicts[0]!.flagId}: ${conflicts.map(describeConflict).join('; ')}`]),
      };
      const entry = chainEntry(fields, null, copy);
      land({ ...copy, auditHead: entry.hash }, entry, conflicts);
      result.summary.keptApart += 1;
    } else if (target) {
      const merged = unionOf(target, incoming, { at, researcher: batch.batch.researcher, batchId });
      const conflicts = merged.conflicts.map(markLookAlike);
      const replayNotes = noteReplays(merged.replays.map((replay) => ({ ...replay, flagId: target.id })));
      const fields = {
        flagId: target.id,
        at,
        by: context.by,
        action: 'merge' as const,
        batchId,
        joins: [incoming.auditHead],
        changes: merged.changes,
        note: note([...conflicts.map(describeConflict), ...replayNotes]),
      };
      const { flag, entry } = advance(merged.flag, fields, target.auditHead);
      land(flag, entry, conflicts);
      result.summary.merged += 1;
      result.summary.observationsAdded += merged.observationsAdded;
    } else {
      const batchIds = withItem(incoming.batchIds, batchId);
      // A capture the sender holds twice under two ids is one sighting: the import entry records the one it drops.
      const { fresh, replays } = splitReplays([], incoming.observations);
      const replayNotes = noteReplays(
        replays.map(({ observation, sameAs }) => ({ observationId: observation.id, sameAs })),
      );
      const ids = (observations: readonly Observation[]) => observations.map((observation) => observation.id);
      const changes: AuditEntry['changes'] = [
        { path: 'batchIds', from: incoming.batchIds, to: batchIds },
        ...(replays.length > 0 ? [{ path: 'observations', from: ids(incoming.observations), to: ids(fresh) }] : []),
      ];
      const kept = new Set(ids(fresh));
      const claims = incoming.claims.filter((claim) => kept.has(claim.observationId));
      if (claims.length !== incoming.claims.length) changes.push({ path: 'claims', from: incoming.claims, to: claims });
      const fields = {
        flagId: incoming.id,
        at,
        by: context.by,
        action: 'import' as const,
        batchId,
        changes,
        note: note(replayNotes),
      };
      const { flag, entry } = advance(
        { ...incoming, batchIds, observations: fresh, claims },
        fields,
        incoming.auditHead,
      );
      land(flag, entry, []);
      result.summary.added += 1;
    }
  }
  result.flags = [...changed.values()];
  return result;
}

/** A flag deleted here that the batch brings again: kept as a new record, never resurrected silently. */
function deletedConflict(tombstone: Tombstone, incoming: Flag, batch: BatchDocument): Conflict {
  return {
    flagId: tombstone.flagId,
    canonicalUrl: tombstone.canonicalUrl,
    field: 'deleted',
    kept: { researcher: tombstone.by, value: `deleted on ${tombstone.at}: ${tombstone.reason}` },
    other: { researcher: batch.batch.researcher, value: incoming.canonicalUrl, batchId: batch.batch.id },
  };
}

function withItem(list: readonly string[], item: string): string[] {
  return list.includes(item) ? [...list] : [...list, item];
}

/** A conflict whose two values differ but read alike, marked so (decided once, for the note and the report). */
function markLookAlike(conflict: Conflict): Conflict {
  return looksAlike(conflict.kept.value, conflict.other.value) ? { ...conflict, looksAlike: true } : conflict;
}

/** One line of an audit note: the field, the value kept and the other one, and whether the two look alike. */
export function describeConflict(conflict: Conflict): string {
  const show = (value: unknown) => (typeof value === 'string' ? value : canonicalJson(value));
  const alike = conflict.looksAlike ? ' (they look alike: not the same value)' : '';
  return `conflict ${conflict.field}: kept ${show(conflict.kept.value)} (${conflict.kept.researcher}), other ${show(conflict.other.value)} (${conflict.other.researcher})${alike}`;
}
