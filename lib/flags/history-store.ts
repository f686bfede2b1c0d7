import type { SpoorDb } from '@/lib/storage/db';
import { verifyHistory, type History } from '@/lib/integrity/history';
import {
  AuditEntrySchema,
  FlagSchema,
  TombstoneSchema,
  type AuditEntry,
  type Flag,
  type Tombstone,
} from '@/lib/records/flag';

/** Any transaction that covers the audit store. */
export interface AuditReader {
  objectStore(name: 'audit'): { index(name: 'hash'): { get(hash: string): Promise<unknown> } };
}

/**
 * Every audit entry reachable from the heads (through `prev` and `joins`), by
 * hash, read through the audit store's hash index of `tx`. Waits only for the
 * transaction's own requests, so a write transaction may call it.
 * Entries that do not parse are left out (the history check then says they are missing).
 * @example const entries = await readChains(tx, [flag.auditHead]);
 */
export async function readChains(tx: AuditReader, heads: readonly string[]): Promise<Map<string, AuditEntry>> {
  const index = tx.objectStore('audit').index('hash');
  const found = new Map<string, AuditEntry>();
  const queue = [...new Set(heads)];
  const queued = new Set(queue);
  while (queue.length > 0) {
    const batch = queue.splice(0, queue.length);
    const stored = await Promise.all(batch.map((hash) => index.get(hash)));
    for (const record of stored) {
      const parsed = AuditEntrySchema.safeParse(record);
      if (!parsed.success) continue;
      found.set(parsed.data.hash, parsed.data);
      for (const link of [parsed.data.prev, ...(parsed.data.joins ?? [])]) {
        if (link && !queued.has(link)) {
          queued.add(link);
          queue.push(link);
        }
      }
    }
  }
  return found;
}

export interface StoredHistory {
  flag: Flag | null;
  tombstone: Tombstone | null;
  history: History;
}

/**
 * A flag's (or deleted flag's) history, read in one readonly transaction and checked whole.
 * @example const { history } = await readHistory(db, flagId); history.problems.length === 0 // verified
 */
export async function readHistory(db: SpoorDb, flagId: string): Promise<StoredHistory> {
  const tx = db.transaction(['flags', 'tombstones', 'audit'], 'readonly');
  const [storedFlag, storedTombstone] = await Promise.all([
    tx.objectStore('flags').get(flagId),
    tx.objectStore('tombstones').get(flagId),
  ]);
  const flag = storedFlag ? FlagSchema.parse(storedFlag) : null;
  const tombstone = storedTombstone ? TombstoneSchema.parse(storedTombstone) : null;
  const head = flag?.auditHead ?? tombstone?.auditHead;
  const entries = head ? await readChains(tx, [head]) : new Map<string, AuditEntry>();
  await tx.done;
  const holder = flag ? { flag } : tombstone ? { tombstone } : undefined;
  const history = holder ? verifyHistory(holder, (hash) => entries.get(hash)) : { line: [], entries: [], problems: [] };
  return { flag, tombstone, history };
}
