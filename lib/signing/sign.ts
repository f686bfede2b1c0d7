import { base64FromBytes, bytesFromBase64 } from '@/lib/integrity/bytes';
import { canonicalJson, sha256Hex } from '@/lib/integrity/hash';
import {
  SIGNATURE_ALGORITHM,
  SignatureSchema,
  type Signature,
  type SignedBy,
  type SigningKey,
} from '@/lib/records/signing';

/*
 * A signed document (batch.json, a bundle's manifest.json) carries its
 * signature as a top-level `signature` object. The signed bytes are the UTF-8
 * canonical JSON (lib/integrity/hash.ts: keys sorted, no whitespace) of the whole
 * document with `signature.value` left out, so the signer's id, key and
 * fingerprint are signed too, and the file may be re-indented freely.
 */

const encode = (text: string) => new TextEncoder().encode(text);

/** The bytes a signature covers: the document, its signature's value removed. */
function signedBytes(document: Record<string, unknown>, signature: Omit<Signature, 'value'>): Uint8Array<ArrayBuffer> {
  return encode(canonicalJson({ ...document, signature }));
}

/**
 * The document with its Ed25519 signature by `key` (a `signature` member it
 * must not already have). Ed25519 is deterministic: the same document and key
 * always give the same signature, so a batch saved again is the same file.
 * @example const signed = await signDocument(batchDocument, await ensureSigningKey(db, 'anna.k'));
 */
export async function signDocument<T extends object>(
  document: T,
  key: SigningKey,
): Promise<T & { signature: Signature }> {
  const unsigned: Omit<Signature, 'value'> = {
    algorithm: SIGNATURE_ALGORITHM,
    researcher: key.researcherId,
    publicKey: key.publicKey,
    fingerprint: key.fingerprint,
    keyCreatedAt: key.createdAt,
  };
  const bytes = signedBytes(document as Record<string, unknown>, unsigned);
  const value = new Uint8Array(await crypto.subtle.sign(SIGNATURE_ALGORITHM, key.privateKey, bytes));
  return { ...document, signature: { ...unsigned, value: base64FromBytes(value) } };
}

export type Verification =
  { status: 'valid'; signedBy: SignedBy } | { status: 'unsigned' } | { status: 'invalid'; reason: string };

/**
 * Checks the signature of a document as read from its file (the raw JSON,
 * before any schema fills defaults or drops members): its shape, that the
 * fingerprint is the public key's, and that the signature covers exactly this content.
 * @example const result = await verifyDocument(JSON.parse(text)); if (result.status !== 'valid') refuse();
 */
export async function verifyDocument(raw: unknown): Promise<Verification> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { status: 'invalid', reason: 'not a JSON object' };
  const { signature, ...document } = raw as Record<string, unknown>;
  if (signature === undefined) return { status: 'unsigned' };
  const parsed = SignatureSchema.safeParse(signature);
  if (!parsed.success)
    return {
      status: 'invalid',
      reason: `the signature is malformed (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`,
    };
  const { value, ...unsigned } = parsed.data;
  if (canonicalJson(unsigned) !== canonicalJson({ ...(signature as object), value: undefined }))
    return { status: 'invalid', reason: 'the signature carries fields Spoor does not know' };
  const publicBytes = bytesFromBase64(unsigned.publicKey);
  if ((await sha256Hex(publicBytes)) !== unsigned.fingerprint)
    return { status: 'invalid', reason: 'the key fingerprint is not the fingerprint of the key it names' };
  try {
    const key = await crypto.subtle.importKey('raw', publicBytes, { name: SIGNATURE_ALGORITHM }, false, ['verify']);
    const ok = await crypto.subtle.verify(
      SIGNATURE_ALGORITHM,
      key,
      bytesFromBase64(value),
      signedBytes(document, unsigned),
    );
    if (!ok)
      return {
        status: 'invalid',
        reason:
          'the signature does not match: the file was changed after it was signed, or it was not signed with this key',
      };
  } catch (error) {
    return {
      status: 'invalid',
      reason: `the signature cannot be checked (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const { algorithm: _algorithm, ...signedBy } = unsigned;
  return { status: 'valid', signedBy };
}
