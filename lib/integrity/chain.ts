import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from './hash';
import {
  AuditEntryBodySchema,
  AuditEntrySchema,
  FlagBodySchema,
  FlagSchema,
  type AuditEntry,
  type AuditEntryBody,
  type Flag,
  type FlagBody,
} from '@/lib/records/flag';

/*
 * The chain of custody is hashed synchronously: every write that adds an
 * audit entry computes it inside its IndexedDB transaction, from records it
 * read in that transaction, and a transaction must not await anything but its
 * own requests (crypto.subtle.digest would let it commit half-done).
 */

/**
 * Lower-case hex SHA-256 of a value's canonical JSON (lib/integrity/hash.ts), computed synchronously.
 * @example canonicalDigest({ b: 1, a: 2 }) === canonicalDigest({ a: 2, b: 1 }) // true
 */
export function canonicalDigest(value: unknown): string {
  return bytesToHex(sha256(new TextEncoder().encode(canonicalJson(value))));
}

/**
 * SHA-256 of a flag record without its audit head: what an entry's `flagSha256` says the record became.
 * @example flagDigest(flag) === headEntry.flagSha256 // the record is what its history made it
 */
export function flagDigest(flag: FlagBody | Flag): string {
  const { auditHead: _head, ...body } = flag as Flag;
  return canonicalDigest(body);
}

/**
 * The hash an entry must carry: SHA-256 of its canonical JSON without `hash`.
 * @example entryDigest(entry) === entry.hash // unless the entry was changed
 */
export function entryDigest(entry: AuditEntryBody | AuditEntry): string {
  const { hash: _hash, ...body } = entry as AuditEntry;
  return canonicalDigest(body);
}

/** What a writer says about a change; the chain fields are filled in here. */
export type EntryFields = Omit<AuditEntryBody, 'prev' | 'flagSha256' | 'changes' | 'legacy'> &
  Partial<Pick<AuditEntryBody, 'changes'>>;

/**
 * A new chain entry after `prev` (null: the first entry), saying the flag is
 * now `after` (null: deleted).
 * @example const entry = chainEntry({ flagId, at, by, action: 'edit', changes }, flag.auditHead, next);
 */
export function chainEntry(fields: EntryFields, prev: string | null, after: FlagBody | Flag | null): AuditEntry {
  const body = AuditEntryBodySchema.parse({ ...fields, prev, flagSha256: after && flagDigest(after) });
  return AuditEntrySchema.parse({ ...body, hash: entryDigest(body) });
}

/**
 * The flag as it is after a change, with the entry that records the change;
 * `prev` is the head before it (null for a new flag).
 * @example const { flag, entry } = advance(next, { flagId, at, by, action: 'edit', changes }, current.auditHead);
 */
export function advance(
  after: FlagBody | Flag,
  fields: EntryFields,
  prev: string | null,
): { flag: Flag; entry: AuditEntry } {
  const { auditHead: _old, ...rest } = after as Flag;
  const body = FlagBodySchema.parse(rest);
  const entry = chainEntry(fields, prev, body);
  return { flag: FlagSchema.parse({ ...body, auditHead: entry.hash }), entry };
}
