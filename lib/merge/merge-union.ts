import type { AuditEntry, Flag } from '@/lib/records/flag';
import { compareFields, firstResearcher, type Conflict } from './merge-fields';
import { splitReplays } from './replays';

export interface Union {
  flag: Flag;
  conflicts: Conflict[];
  changes: AuditEntry['changes'];
  observationsAdded: number;
  /** The other record's observations that repeat a capture here under another id: not added. */
  replays: Array<{ observationId: string; sameAs: string }>;
}

/** Where the other record came from, for conflicts and the new batch id. */
export interface UnionSource {
  at: string;
  /** Who the other record's values are from. */
  researcher: string;
  /** The batch it came in, recorded on the flag; absent for a backup. */
  batchId?: string;
}

/**
 * One ad's two records as one: every observation of both (each once, by id:
 * the caller has checked that shared ids hold the same content; and once by
 * capture: one re-sent under a new id is a replay, not added), the kept
 * record's fields with gaps filled from the other, differing fields as
 * conflicts (the kept value stays), tags, batches and claims united. Pure;
 * shared by batch import and backup restore.
 * @example const { flag, changes, conflicts } = unionOf(existing, incoming, { at, researcher: 'ben', batchId });
 */
export function unionOf(kept: Flag, other: Flag, source: UnionSource): Union {
  const { flag: filled, filled: fills, differing } = compareFields(kept, other);
  const { fresh: added, replays } = splitReplays(kept.observations, other.observations);
  const observations = [...kept.observations, ...added].sort(
    (a, b) => Date.parse(a.capturedAt) - Date.parse(b.capturedAt),
  );
  const tags = [...new Set([...kept.assessment.tags, ...other.assessment.tags])];
  const batchIds = [...new Set([...kept.batchIds, ...other.batchIds, ...(source.batchId ? [source.batchId] : [])])];
  const claimed = new Set(kept.claims.map((claim) => claim.observationId));
  const held = new Set(observations.map((observation) => observation.id));
  const claims = [
    ...kept.claims,
    ...other.claims.filter((claim) => !claimed.has(claim.observationId) && held.has(claim.observationId)),
  ];
  const flag: Flag = {
    ...filled,
    assessment: { ...filled.assessment, tags },
    observations,
    batchIds,
    claims,
    updatedAt: source.at,
  };
  const changes: AuditEntry['changes'] = [...fills];
  if (added.length > 0)
    changes.unshift({
      path: 'observations',
      from: kept.observations.map((observation) => observation.id),
      to: observations.map((observation) => observation.id),
    });
  const changedList = (path: string, from: unknown[], to: unknown[]) => {
    if (from.length !== to.length) changes.push({ path, from, to });
  };
  changedList('assessment.tags', kept.assessment.tags, tags);
  changedList('batchIds', kept.batchIds, batchIds);
  changedList('claims', kept.claims, claims);
  const conflicts = differing.map(({ path, kept: value, other: theirs }) => ({
    flagId: kept.id,
    canonicalUrl: kept.canonicalUrl,
    field: path,
    kept: { researcher: firstResearcher(kept), value },
    other: { researcher: source.researcher, value: theirs, ...(source.batchId ? { batchId: source.batchId } : {}) },
  }));
  return {
    flag,
    conflicts,
    changes,
    observationsAdded: added.length,
    replays: replays.map(({ observation, sameAs }) => ({ observationId: observation.id, sameAs })),
  };
}
