import { z } from 'zod';
import { chainEntry, entryDigest } from '@/lib/integrity/chain';
import {
  AuditEntryBodySchema,
  AuditEntrySchema,
  FlagBodySchema,
  FlagSchema,
  type AuditEntry,
  type Flag,
  type Status,
  type Tombstone,
} from '@/lib/records/flag';

/*
 * Before database version 3 (and backup format 2) audit entries were plain
 * records, and "exported" was a review status. How that history is chained:
 *
 * - each flag's entries, in the order they were stored (the audit store's
 *   keys), become a chain marked `legacy: true`: each links to the one before,
 *   but says nothing about the record it left, because those states were
 *   never hashed;
 * - one `migrate` entry by "spoor" closes the legacy chain, saying so in its
 *   note, records any change of the upgrade (status "exported" goes back to
 *   the review status it replaced, read from the status changes in the trail),
 *   and carries the hash of the record from then on: from there the history is
 *   tamper-evident, before it only as trustworthy as the database it came from;
 * - a flag deleted before the upgrade gets a tombstone from its last delete
 *   entry, and its migrate entry says it is deleted (flagSha256 null).
 */

const LegacyEntrySchema = z.object({
  flagId: z.uuid(),
  at: z.iso.datetime({ offset: false }),
  by: z.string(),
  action: z.enum(['create', 'observe', 'edit', 'delete', 'export', 'import', 'merge']),
  changes: z.array(z.object({ path: z.string(), from: z.unknown(), to: z.unknown() })).default([]),
  note: z.string().optional(),
});
type LegacyEntry = z.infer<typeof LegacyEntrySchema>;

const LegacyFlagSchema = z.object({
  ...FlagBodySchema.shape,
  status: z.enum(['new', 'reviewed', 'exported']).default('new'),
});

export const MIGRATE_NOTE =
  'History before this entry was recorded before Spoor chained its audit trail; it was chained here, in the order it was stored.';

export interface ChainedLegacy {
  /** The input entries, in order: chained where they parsed, unchanged where they did not. */
  audit: unknown[];
  /** One migrate entry per flag and per deleted flag, to append after them. */
  migrate: AuditEntry[];
  /** Every input flag: upgraded where it parsed, unchanged where it did not. */
  flags: unknown[];
  tombstones: Tombstone[];
}

/**
 * Chains a pre-chain audit trail and upgrades its flags (policy above). Pure:
 * the v3 migration and the restore of a format-1 backup both use it.
 * Records that do not parse are passed through untouched (nothing is lost;
 * the consistency check reports them).
 * @example const { flags, audit, migrate, tombstones } = chainLegacyHistory(oldFlags, oldAudit, new
 * Date().toISOString());
 */
export function chainLegacyHistory(flags: readonly unknown[], audit: readonly unknown[], at: string): ChainedLegacy {
  const heads = new Map<string, string>();
  const trails = new Map<string, LegacyEntry[]>();
  const chained = audit.map((record) => {
    const parsed = LegacyEntrySchema.safeParse(record);
    if (!parsed.success) return record;
    const entry = parsed.data;
    const body = AuditEntryBodySchema.parse({ ...entry, prev: heads.get(entry.flagId) ?? null, legacy: true });
    const linked = AuditEntrySchema.parse({ ...body, hash: entryDigest(body) });
    heads.set(entry.flagId, linked.hash);
    trails.set(entry.flagId, [...(trails.get(entry.flagId) ?? []), entry]);
    return linked;
  });

  const migrate: AuditEntry[] = [];
  const upgraded = flags.map((record) => {
    const parsed = LegacyFlagSchema.safeParse(record);
    if (!parsed.success) return record;
    const trail = trails.get(parsed.data.id) ?? [];
    const status = reviewStatus(parsed.data.status, trail);
    const body = FlagBodySchema.parse({ ...parsed.data, status });
    const changes = status === parsed.data.status ? [] : [{ path: 'status', from: parsed.data.status, to: status }];
    const fields = { flagId: body.id, at, by: 'spoor', action: 'migrate' as const, changes, note: MIGRATE_NOTE };
    const entry = chainEntry(fields, heads.get(body.id) ?? null, body);
    migrate.push(entry);
    heads.delete(body.id);
    return FlagSchema.parse({ ...body, auditHead: entry.hash }) satisfies Flag;
  });

  const tombstones: Tombstone[] = [];
  for (const [flagId, trail] of trails) {
    const deletion = trail.findLast((entry) => entry.action === 'delete');
    const head = heads.get(flagId);
    if (!deletion || !head) continue;
    const entry = chainEntry({ flagId, at, by: 'spoor', action: 'migrate', note: MIGRATE_NOTE }, head, null);
    migrate.push(entry);
    const record = deletion.changes[0]?.from as { canonicalUrl?: unknown } | undefined;
    tombstones.push({
      flagId,
      canonicalUrl: typeof record?.canonicalUrl === 'string' ? record.canonicalUrl : 'https://unknown.invalid/',
      at: deletion.at,
      by: deletion.by,
      reason: deletion.note ?? '',
      auditHead: entry.hash,
    });
  }
  return { audit: chained, migrate, flags: upgraded, tombstones };
}

/**
 * The review status an "exported" flag had: the last status the researcher set, from the trail's status changes.
 * @example reviewStatus('exported', trail) // 'reviewed' when the trail says new → reviewed → exported
 */
function reviewStatus(status: 'new' | 'reviewed' | 'exported', trail: readonly LegacyEntry[]): Status {
  if (status !== 'exported') return status;
  let review: Status = 'new';
  for (const change of trail.flatMap((entry) => entry.changes)) {
    if (change.path !== 'status') continue;
    if (change.to === 'new' || change.to === 'reviewed') review = change.to;
    else if (change.from === 'new' || change.from === 'reviewed') review = change.from;
  }
  return review;
}

/**
 * Batches a pre-version-2 database imported are known only from their import
 * and merge entries: batch id → when, who sent it, and the flags it touched.
 * @example legacyImports(oldAudit).get(batchId)?.at
 */
export function legacyImports(audit: readonly unknown[]): Map<string, { at: string; from: string; flagIds: string[] }> {
  const known = new Map<string, { at: string; from: string; flagIds: string[] }>();
  for (const record of audit) {
    const parsed = LegacyEntrySchema.safeParse(record);
    if (!parsed.success || (parsed.data.action !== 'import' && parsed.data.action !== 'merge')) continue;
    const entry = parsed.data;
    const change = entry.changes.find((candidate) => candidate.path === 'batchIds');
    const before = new Set(Array.isArray(change?.from) ? change.from : []);
    const from = /^batch \S+ from (.*?), flag /.exec(entry.note ?? '')?.[1] ?? '';
    for (const id of Array.isArray(change?.to) ? change.to : []) {
      if (typeof id !== 'string' || before.has(id)) continue;
      const batch = known.get(id) ?? { at: entry.at, from, flagIds: [] };
      if (!batch.flagIds.includes(entry.flagId)) batch.flagIds.push(entry.flagId);
      known.set(id, batch);
    }
  }
  return known;
}
