import type { DBSchema } from 'idb';
import type { BatchRecord } from '@/lib/records/batch';
import type { AuditEntry, Flag, Tombstone } from '@/lib/records/flag';
import type { Signer, SigningKey } from '@/lib/records/signing';

/** An evidence file, stored once under its own hash (two observations of the same bytes share it). */
export interface StoredArtifact {
  blob: Blob;
  mimeType: string;
  bytes: number;
}

/**
 * The shape of Spoor's IndexedDB database at the current version. Records are
 * parsed with the zod schemas (lib/records/) when they are read back.
 */
export interface SpoorDbSchema extends DBSchema {
  flags: {
    key: string;
    value: Flag;
    indexes: { canonicalUrl: string; updatedAt: string; status: string; platform: string };
  };
  /** Keyed by the artifact's SHA-256 (out-of-line key). */
  artifacts: { key: string; value: StoredArtifact };
  /**
   * Append-only; the key is the insertion order. Since version 3 each entry is a link of a hash chain, found by its
   * hash.
   */
  audit: { key: number; value: AuditEntry; indexes: { flagId: string; hash: string } };
  /** Since version 2: the batches exported from or imported into this database, keyed by batch id. */
  batches: { key: string; value: BatchRecord };
  /** Since version 3: deleted flags (who, when, why, and the head of their history), keyed by flag id. */
  tombstones: { key: string; value: Tombstone };
  /** Since version 3: this profile's signing keys, by fingerprint. */
  keys: { key: string; value: SigningKey; indexes: { researcherId: string } };
  /** Since version 3: the keys imported files were signed with, by fingerprint. */
  signers: { key: string; value: Signer; indexes: { researcher: string } };
}

export type StoreName = 'flags' | 'artifacts' | 'audit' | 'batches' | 'tombstones' | 'keys' | 'signers';
