import { z } from 'zod';
import { parseStrictJson } from '@/lib/files/json';
import { readUtf8 } from '@/lib/files/text';
import { shownProblem } from '@/lib/files/shown-text';
import { bytesFromBase64 } from '@/lib/integrity/bytes';
import { sha256Hex } from '@/lib/integrity/hash';
import { Sha256Schema } from '@/lib/records/flag';
import type { SpoorDb } from '@/lib/storage/db';
import { SignatureSchema, SignerSchema, type SignedBy, type Signer, type SigningKey } from '@/lib/records/signing';
import { knownSigners } from './revoke';
import { signDocument, verifyDocument } from './sign';

/*
 * A coordinator's revoked keys as a file another coordinator imports, so a key reported lost to one desk is refused at
 * every desk. The file is signed with the exporting coordinator's key: a changed byte, or a list passed off under
 * another coordinator's name, is refused whole. A revocation only ever takes trust away, so the importing coordinator
 * needs no earlier trust in the signer; the import says who signed the list and which keys it revoked here.
 */

export const REVOCATION_LIST_FORMAT = 'spoor-revocations';
const isoUtc = z.iso.datetime({ offset: false });
/** More than any team's lost keys; bounds the work of reading a hostile file. */
const MAX_REVOCATIONS = 10_000;

const RevokedKeySchema = z.strictObject({
  fingerprint: Sha256Schema,
  researcher: SignerSchema.shape.researcher,
  publicKey: SignerSchema.shape.publicKey,
  keyCreatedAt: isoUtc,
  revoked: z.strictObject({ at: isoUtc, by: z.string().min(1), reason: z.string().trim().min(1) }),
});
export type RevokedKey = z.infer<typeof RevokedKeySchema>;

export const RevocationListSchema = z.strictObject({
  format: z.literal(REVOCATION_LIST_FORMAT),
  version: z.literal(1),
  exportedAt: isoUtc,
  revocations: z.array(RevokedKeySchema).max(MAX_REVOCATIONS),
  signature: SignatureSchema,
});
export type RevocationList = z.infer<typeof RevocationListSchema>;

/** Where a revocation list is wrong: `path` is "revocations[2].fingerprint", or "" for the whole file. */
export interface RevocationProblem {
  file: string;
  path: string;
  message: string;
}

export type ReadRevocations =
  { status: 'ready'; list: RevocationList; signedBy: SignedBy } | { status: 'invalid'; problems: RevocationProblem[] };

/**
 * The keys this profile revoked, as a list signed with `key` (the coordinator's own), as its file's text.
 * @example const text = await revocationListText(db, await ensureSigningKey(db, 'coord'), new Date());
 */
export async function revocationListText(db: SpoorDb, key: SigningKey, now: Date): Promise<string> {
  const revocations = (await knownSigners(db)).flatMap(
    ({ fingerprint, researcher, publicKey, keyCreatedAt, revoked }) =>
      revoked ? [{ fingerprint, researcher, publicKey, keyCreatedAt, revoked }] : [],
  );
  const document = { format: REVOCATION_LIST_FORMAT, version: 1, exportedAt: now.toISOString(), revocations };
  return `${JSON.stringify(await signDocument(document, key), null, 2)}\n`;
}

/** The file name a list is saved under: the day it was made. */
export const revocationListFileName = (now: Date) => `spoor-revoked-keys-${now.toISOString().slice(0, 10)}.json`;

/** A list of every key {@link MAX_REVOCATIONS} allows is under 5 MB: a larger file is not read into memory. */
const MAX_LIST_BYTES = 8 * 1024 * 1024;

/**
 * Reads a revocation list file (see readRevocationList), refusing by size before reading it.
 * @example const read = await readRevocationFile(input.files[0], input.files[0].name);
 */
export async function readRevocationFile(file: Blob, name: string): Promise<ReadRevocations> {
  if (file.size > MAX_LIST_BYTES)
    return invalid([{ file: name, path: '', message: 'too large for a list of revoked keys' }]);
  try {
    return await readRevocationList(await readUtf8(file), name);
  } catch (error) {
    return invalid([{ file: name, path: '', message: (error as Error).message }]);
  }
}

/**
 * A list refused for `problems`, each as the coordinator will read it: they quote the file's name and what it says,
 * which its sender wrote, so hidden and reordering characters are written out and each part is cut.
 */
function invalid(problems: RevocationProblem[]): ReadRevocations {
  return { status: 'invalid', problems: problems.map(shownProblem) };
}

/**
 * Reads a revocation list whole: strict JSON, its schema, its signature, and each key's fingerprint against the key it
 * names (a list must not revoke one key under another's fingerprint). Every problem is listed; nothing is partial.
 * @example const read = await readRevocationList(await file.text(), file.name);
 */
export async function readRevocationList(text: string, file: string): Promise<ReadRevocations> {
  let raw: unknown;
  try {
    raw = parseStrictJson(text);
  } catch (error) {
    return invalid([{ file, path: '', message: `not valid JSON (${(error as Error).message})` }]);
  }
  if ((raw as { format?: unknown } | null)?.format !== REVOCATION_LIST_FORMAT)
    return invalid([
      { file, path: 'format', message: `not a list of revoked keys (format "${REVOCATION_LIST_FORMAT}")` },
    ]);
  const parsed = RevocationListSchema.safeParse(raw);
  if (!parsed.success)
    return invalid(parsed.error.issues.map((issue) => ({ file, path: dotted(issue.path), message: issue.message })));
  const verified = await verifyDocument(raw);
  if (verified.status !== 'valid')
    return invalid([
      { file, path: 'signature', message: verified.status === 'unsigned' ? 'the list is not signed' : verified.reason },
    ]);
  const problems = await keyProblems(parsed.data.revocations, file);
  return problems.length > 0 ? invalid(problems) : { status: 'ready', list: parsed.data, signedBy: verified.signedBy };
}

async function keyProblems(revocations: readonly RevokedKey[], file: string): Promise<RevocationProblem[]> {
  const problems: RevocationProblem[] = [];
  const seen = new Set<string>();
  for (const [index, { fingerprint, publicKey }] of revocations.entries()) {
    const path = `revocations[${index}].fingerprint`;
    if ((await sha256Hex(bytesFromBase64(publicKey))) !== fingerprint)
      problems.push({ file, path, message: 'not the fingerprint of the public key it names' });
    if (seen.has(fingerprint)) problems.push({ file, path, message: 'the key is listed twice' });
    seen.add(fingerprint);
  }
  return problems;
}

const dotted = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );

/** What the list's entry would be as a signer this profile has never seen: first seen at the import. */
export const signerOf = ({ revoked, ...key }: RevokedKey, at: string): Signer => ({ ...key, firstSeen: at, revoked });
