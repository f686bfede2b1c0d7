import type { AuditEntry, Flag } from '@/lib/records/flag';
import type { BatchDocument } from '@/lib/batch-format/schema';
import { compareFields, type Conflict } from './merge-fields';

export interface MergeContext {
  /** The coordinator doing the import (their researcher id). */
  by: string;
  at: Date;
}

export interface MergeResult {
  /** Flags to write: new ones and changed existing ones, each complete. */
  flags: Flag[];
  conflicts: Conflict[];
  /** To append: the batch's own trail (re-keyed to the flag it landed in), then one import or merge entry per flag. */
  audit: AuditEntry[];
  summary: { added: number; merged: number; observationsAdded: number };
}

/**
 * Merges an imported batch into the existing flags, purely. The same ad
 * (same flag id, or same canonical URL) becomes one flag holding every
 * researcher's observations, each once (by observation id). Differing ad
 * fields and assessments keep the existing value and come back as conflicts,
 * which the merge audit entry also records, so nothing a researcher said is lost.
 * @example const { flags, audit, conflicts } = mergeBatch(existing, imported.document, { by: 'coord', at: new Date() });
 */
export function mergeBatch(existing: readonly Flag[], batch: BatchDocument, context: MergeContext): MergeResult {
  const byId = new Map(existing.map((flag) => [flag.id, flag]));
  const byUrl = new Map(existing.map((flag) => [flag.canonicalUrl, flag]));
  const changed = new Map<string, Flag>();
  const result: MergeResult = {
    flags: [],
    conflicts: [],
    audit: [],
    summary: { added: 0, merged: 0, observationsAdded: 0 },
  };
  const at = context.at.toISOString();
  const batchId = batch.batch.id;
  const landedIn = new Map<string, string>();

  for (const incoming of batch.flags) {
    const target = byId.get(incoming.id) ?? byUrl.get(incoming.canonicalUrl);
    const merged = target ? mergeInto(target, incoming, batch, at) : addNew(incoming, batchId);
    landedIn.set(incoming.id, merged.flag.id);
    byId.set(merged.flag.id, merged.flag);
    byUrl.set(merged.flag.canonicalUrl, merged.flag);
    changed.set(merged.flag.id, merged.flag);
    result.conflicts.push(...merged.conflicts);
    result.summary[target ? 'merged' : 'added'] += 1;
    result.summary.observationsAdded += merged.observationsAdded;
    result.audit.push({
      flagId: merged.flag.id,
      at,
      by: context.by,
      action: target ? 'merge' : 'import',
      changes: merged.changes,
      note: [
        `batch ${batchId} from ${batch.batch.researcher}, flag ${incoming.id}`,
        ...merged.conflicts.map(describeConflict),
      ].join('\n'),
    });
  }
  const trail = batch.audit.map((entry) => ({ ...entry, flagId: landedIn.get(entry.flagId) ?? entry.flagId }));
  result.audit.unshift(...trail);
  result.flags = [...changed.values()];
  return result;
}

/**
 * The batches imported before, from the import and merge entries of the audit trail: batch id → when.
 * @example knownBatches(auditEntries).get(batchId) // '2026-04-02T08:00:00.000Z'
 */
export function knownBatches(audit: readonly AuditEntry[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const entry of audit) {
    if (entry.action !== 'import' && entry.action !== 'merge') continue;
    const change = entry.changes.find((candidate) => candidate.path === 'batchIds');
    const before = new Set(Array.isArray(change?.from) ? change.from : []);
    for (const id of Array.isArray(change?.to) ? change.to : []) {
      if (typeof id === 'string' && !before.has(id) && !known.has(id)) known.set(id, entry.at);
    }
  }
  return known;
}

interface Merged {
  flag: Flag;
  conflicts: Conflict[];
  changes: AuditEntry['changes'];
  observationsAdded: number;
}

function addNew(incoming: Flag, batchId: string): Merged {
  const batchIds = withItem(incoming.batchIds, batchId);
  const changes = [{ path: 'batchIds', from: incoming.batchIds, to: batchIds }];
  return { flag: { ...incoming, batchIds }, conflicts: [], changes, observationsAdded: 0 };
}

function mergeInto(target: Flag, incoming: Flag, batch: BatchDocument, at: string): Merged {
  const { flag: filled, filled: fills, differing } = compareFields(target, incoming);
  const known = new Set(target.observations.map((observation) => observation.id));
  const added = incoming.observations.filter((observation) => !known.has(observation.id));
  const observations = [...target.observations, ...added].sort(
    (a, b) => Date.parse(a.capturedAt) - Date.parse(b.capturedAt),
  );
  const tags = [...new Set([...target.assessment.tags, ...incoming.assessment.tags])];
  const batchIds = [...new Set([...target.batchIds, ...incoming.batchIds, batch.batch.id])];
  const flag: Flag = { ...filled, assessment: { ...filled.assessment, tags }, observations, batchIds, updatedAt: at };
  const changes: AuditEntry['changes'] = [
    {
      path: 'observations',
      from: target.observations.map((observation) => observation.id),
      to: observations.map((observation) => observation.id),
    },
    ...fills,
    { path: 'batchIds', from: target.batchIds, to: batchIds },
  ];
  if (tags.length !== target.assessment.tags.length)
    changes.push({ path: 'assessment.tags', from: target.assessment.tags, to: tags });
  const conflicts = differing.map(({ path, kept, other }) => ({
    flagId: target.id,
    canonicalUrl: target.canonicalUrl,
    field: path,
    kept: { researcher: firstResearcher(target), value: kept },
    other: { researcher: batch.batch.researcher, value: other, batchId: batch.batch.id },
  }));
  return { flag, conflicts, changes, observationsAdded: added.length };
}

function withItem(list: readonly string[], item: string): string[] {
  return list.includes(item) ? [...list] : [...list, item];
}

/** Whose assessment a flag carries: the researcher who flagged it first. */
function firstResearcher(flag: Flag): string {
  return flag.observations.toSorted((a, b) => Date.parse(a.capturedAt) - Date.parse(b.capturedAt))[0]!.capturedBy
    .researcherId;
}

function describeConflict(conflict: Conflict): string {
  const show = (value: unknown) => JSON.stringify(value);
  return `conflict ${conflict.field}: kept ${show(conflict.kept.value)} (${conflict.kept.researcher}), other ${show(conflict.other.value)} (${conflict.other.researcher})`;
}
