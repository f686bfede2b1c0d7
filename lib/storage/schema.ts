import type { DBSchema } from 'idb';
import type { BatchRecord } from '@/lib/records/batch';
import type { AuditEntry, Flag } from '@/lib/records/flag';

/** An evidence file, stored once under its own hash (two observations of the same bytes share it). */
export interface StoredArtifact {
  blob: Blob;
  mimeType: string;
  bytes: number;
}

/**
 * The shape of Spoor's IndexedDB database at the current version. Records are
 * parsed with the zod schemas (lib/records/flag.ts) when they are read back.
 */
export interface SpoorDbSchema extends DBSchema {
  flags: {
    key: string;
    value: Flag;
    indexes: { canonicalUrl: string; updatedAt: string; status: string; platform: string };
  };
  /** Keyed by the artifact's SHA-256 (out-of-line key). */
  artifacts: { key: string; value: StoredArtifact };
  /** Append-only; the key is the insertion order. */
  audit: { key: number; value: AuditEntry; indexes: { flagId: string } };
  /** Since version 2: the batches exported from or imported into this database, keyed by batch id. */
  batches: { key: string; value: BatchRecord };
}

export type StoreName = 'flags' | 'artifacts' | 'audit' | 'batches';
