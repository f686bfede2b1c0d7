import { z } from 'zod';
import { Sha256Schema } from '@/lib/records/flag';

const isoUtc = z.iso.datetime({ offset: false });
/** Standard base64 of exactly `bytes` bytes. */
const base64Of = (bytes: number) =>
  z
    .string()
    .length(Math.ceil(bytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64');

export const SIGNATURE_ALGORITHM = 'Ed25519';

/**
 * This profile's signing key: an Ed25519 key pair made with WebCrypto when the
 * researcher id was set. The private key is a non-extractable CryptoKey kept
 * in IndexedDB: it signs, but no script (Spoor's included) can read it out, and
 * no backup carries it. A reinstalled browser therefore makes a new key.
 */
export const SigningKeySchema = z.object({
  /** SHA-256 of the raw 32-byte public key, hex: what the researcher reads out to the coordinator. */
  fingerprint: Sha256Schema,
  researcherId: z.string().min(1),
  createdAt: isoUtc,
  /** The raw public key, base64. */
  publicKey: base64Of(32),
  privateKey: z.custom<CryptoKey>(
    (value) => typeof CryptoKey !== 'undefined' && value instanceof CryptoKey,
    'a WebCrypto private key',
  ),
});
export type SigningKey = z.infer<typeof SigningKeySchema>;

/**
 * A signature as it is written into batch.json and manifest.json (`signature`).
 * It covers the whole document with this object, `value` left out, as
 * canonical JSON (lib/signing/sign.ts; docs/EXPORT.md).
 */
export const SignatureSchema = z.object({
  algorithm: z.literal(SIGNATURE_ALGORITHM),
  /** The researcher id the key was made with. */
  researcher: z.string().min(1),
  publicKey: base64Of(32),
  fingerprint: Sha256Schema,
  keyCreatedAt: isoUtc,
  /** The 64-byte Ed25519 signature, base64. */
  value: base64Of(64),
});
export type Signature = z.infer<typeof SignatureSchema>;

/** Who signed a file, as an import reports it. */
export type SignedBy = Omit<Signature, 'value' | 'algorithm'>;

/**
 * A key a coordinator has seen on imported files. It is trusted for its
 * researcher once accepted: the first file a key signs, and a researcher's new
 * key, wait for the coordinator to compare fingerprints and accept it.
 */
export const SignerSchema = z.object({
  fingerprint: Sha256Schema,
  researcher: z.string().min(1),
  publicKey: base64Of(32),
  keyCreatedAt: isoUtc,
  /** When this Spoor first read a file signed with the key. */
  firstSeen: isoUtc,
  accepted: z.object({ at: isoUtc, by: z.string() }).optional(),
  /**
   * The coordinator learned the key was lost or stolen: every file it signs is refused from then on, whatever date the
   * file gives (whoever holds the key writes those dates). Batches imported before stay, marked in the batch list
   * (lib/dashboard/batch-revocations.ts).
   */
  revoked: z.object({ at: isoUtc, by: z.string(), reason: z.string() }).optional(),
});
export type Signer = z.infer<typeof SignerSchema>;
