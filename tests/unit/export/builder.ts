import * as z from 'zod/mini';
import { recordHash, sha256Hex } from '@/lib/integrity/hash';
import { advance, chainEntry, type EntryFields } from '@/lib/integrity/chain';
import {
  FlagBodySchema,
  ObservationSchema,
  type ArtifactKind,
  type ArtifactRef,
  type AuditEntry,
  type Detection,
  type Flag,
  type Observation,
} from '@/lib/records/flag';
import { buildBatch, signBatch, type BatchMeta } from '@/lib/export/json';
import { ManifestSchema, type Manifest, type UnsignedManifest } from '@/lib/batch-format/manifest';
import { signDocument } from '@/lib/signing/sign';
import type { BatchDocument } from '@/lib/batch-format/schema';
import type { DetectedTaxon } from '@/lib/flags/detected-taxa';
import { createSigningKey } from '@/lib/signing/keys';
import { detectPlatform } from '@/lib/extract/platform';
import type { SigningKey } from '@/lib/records/signing';

/** Small valid flags for the archive tests: deterministic ids, real hashes, evidence as a few bytes. */

export const anna = { researcherId: 'anna.k', survey: 'Ivory 2026' };
export const ben = { researcherId: 'ben.o', survey: 'Ivory 2026' };
type Researcher = typeof anna;

/** A valid v4-shaped UUID from a kind digit and a number, so test output is readable and stable. */
export const uuid = (kind: 'observation' | 'flag' | 'batch', n: number) =>
  `${{ observation: 1, flag: 2, batch: 3 }[kind]}0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const ivory: Detection = {
  entryId: 'loxodonta-africana',
  kind: 'taxon',
  label: 'Loxodonta africana',
  appendix: 'I/II',
  euAnnex: 'A/B',
  taxa: ['loxodonta-africana'],
  count: 2,
  matched: ['ivory'],
};

export interface Evidence {
  ref: ArtifactRef;
  blob: Blob;
}

/** An evidence file of the given bytes with its true hash. */
export async function evidence(
  kind: ArtifactKind,
  content: string | Uint8Array<ArrayBuffer>,
  mimeType = kind === 'screenshot' ? 'image/png' : 'multipart/related',
): Promise<Evidence> {
  const blob = new Blob([content], { type: mimeType });
  return { ref: { kind, sha256: await sha256Hex(blob), mimeType, bytes: blob.size }, blob };
}

export interface ObservationSpec {
  n: number;
  by?: Researcher;
  url?: string;
  capturedAt?: string;
  artifacts?: ArtifactRef[];
}

/** An observation hashed the way lib/flags/observation.ts hashes one. */
export async function observation(spec: ObservationSpec): Promise<Observation> {
  const unhashed = z.omit(ObservationSchema, { recordSha256: true }).parse({
    id: uuid('observation', spec.n),
    capturedAt: spec.capturedAt ?? `2026-03-${String(10 + (spec.n % 18)).padStart(2, '0')}T09:30:00.000Z`,
    capturedBy: spec.by ?? anna,
    extensionVersion: '0.1.0',
    url: spec.url ?? 'https://www.ebay.de/itm/1?utm_source=mail',
    trigger: 'button',
    ad: { title: 'Elfenbein Figur' },
    detected: [ivory],
    artifacts: spec.artifacts ?? [],
  });
  return ObservationSchema.parse({
    ...unhashed,
    recordSha256: await recordHash(unhashed as Observation, 'recordSha256'),
  });
}

export interface FlagSpec {
  n: number;
  url?: string;
  observations: Observation[];
  country?: string;
  ad?: Partial<Flag['ad']>;
  assessment?: Partial<Flag['assessment']>;
}

/**
 * A flag as the flag service makes one: its record, and a create entry at its
 * creation time by the first observation's researcher as the head of its chain
 * (createEntryOf gives that entry back).
 */
export function flag(spec: FlagSpec): Flag {
  const body = flagBody(spec);
  return advance(body, createFields(body), null).flag;
}

const createFields = (body: Pick<Flag, 'id' | 'createdAt' | 'observations'>): EntryFields => ({
  flagId: body.id,
  at: body.createdAt,
  by: body.observations[0]!.capturedBy.researcherId,
  action: 'create',
});

/** The create entry of a flag made by `flag()` (it is the head of its chain until it changes). */
export function createEntryOf(made: Flag): AuditEntry {
  const { auditHead: _head, ...body } = made;
  return chainEntry(createFields(body), null, body);
}

function flagBody(spec: FlagSpec) {
  const url = spec.url ?? 'https://www.ebay.de/itm/1';
  return FlagBodySchema.parse({
    schemaVersion: 1,
    id: uuid('flag', spec.n),
    canonicalUrl: url,
    // The platform Spoor reads from the address (the import refuses one that is not: lib/import/platform-checks.ts).
    platform: { ...detectPlatform(url), ...(spec.country && { country: spec.country }) },
    ad: {
      title: 'Elfenbein Figur',
      price: { amount: 450, currency: 'EUR' },
      seller: { name: 'antik-hans', id: 'u77' },
      ...spec.ad,
    },
    assessment: {
      intent: 'selling',
      suspicion: 'high',
      tradeTerms: ['CAR'],
      confirmedTaxa: ['Loxodonta africana'],
      ...spec.assessment,
    },
    observations: spec.observations,
    createdAt: spec.observations[0]!.capturedAt,
    updatedAt: spec.observations.at(-1)!.capturedAt,
  });
}

/** Evidence by hash, answering getArtifact as the artifacts store would. */
export function evidenceStore(files: readonly Evidence[]): (sha256: string) => Promise<Blob> {
  const bySha = new Map(files.map((file) => [file.ref.sha256, file.blob]));
  return async (sha256) => {
    const blob = bySha.get(sha256);
    if (!blob) throw new Error(`no artifact ${sha256}`);
    return blob;
  };
}

const keys = new Map<string, Promise<SigningKey>>();
/** A signing key per researcher, made once per test file (WebCrypto Ed25519, as in the browser). */
export function testKey(researcher = 'anna.k'): Promise<SigningKey> {
  if (!keys.has(researcher)) keys.set(researcher, createSigningKey(researcher, new Date('2026-03-01T00:00:00.000Z')));
  return keys.get(researcher)!;
}

/** Signs bundle manifests with the researcher's test key, as the export does. */
export const manifestSigner =
  (researcher = 'anna.k') =>
  async (manifest: UnsignedManifest): Promise<Manifest> =>
    ManifestSchema.parse(await signDocument(manifest, await testKey(researcher)));

/**
 * A document (or anything) re-signed with the researcher's test key after a
 * change: what a sender who alters their own file can do. Checks past the
 * signature must still catch the change.
 */
export async function resign<T extends object>(raw: T, researcher = 'anna.k'): Promise<T> {
  const { signature: _old, ...unsigned } = raw as T & { signature?: unknown };
  return signDocument(unsigned, await testKey(researcher)) as Promise<T>;
}

export const batchMeta = (n: number, researcher = 'anna.k'): BatchMeta => ({
  id: uuid('batch', n),
  createdAt: new Date('2026-03-20T12:00:00.000Z'),
  researcher,
  survey: 'Ivory 2026',
  extensionVersion: '0.1.0',
});

/**
 * A batch of builder flags with their create entries (plus `audit`), signed
 * with the researcher's test key, as an export makes one.
 */
export async function signedBatch(
  flags: readonly Flag[],
  meta: BatchMeta,
  audit: readonly AuditEntry[] = flags.map(createEntryOf),
  taxa: Record<string, DetectedTaxon> = {},
): Promise<BatchDocument> {
  return signBatch(buildBatch(flags, audit, meta, taxa), await testKey(meta.researcher));
}

export interface Fixture {
  doc: BatchDocument;
  files: Evidence[];
  getArtifact: (sha256: string) => Promise<Blob>;
  key: SigningKey;
}

/**
 * Anna's batch: two ads, three observations, a screenshot each plus one
 * snapshot; the first screenshot is shared by two observations (same bytes).
 */
export async function annasBatch(): Promise<Fixture> {
  const shot1 = await evidence('screenshot', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]));
  const shot2 = await evidence('screenshot', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 9, 9, 9]));
  const page = await evidence('snapshot', 'MIME-Version: 1.0\r\n\r\n<p>Elfenbein</p>');
  const first = flag({
    n: 1,
    observations: [
      await observation({ n: 1, artifacts: [shot1.ref, page.ref], capturedAt: '2026-03-10T09:30:00.000Z' }),
      await observation({ n: 2, artifacts: [shot1.ref], capturedAt: '2026-03-12T10:00:00.000Z' }),
    ],
  });
  const second = flag({
    n: 2,
    url: 'https://www.leboncoin.fr/ad/collection/77',
    country: 'FR',
    ad: { title: 'Statuette en ivoire', price: { amount: 120, currency: 'EUR' } },
    observations: [
      await observation({
        n: 3,
        url: 'https://www.leboncoin.fr/ad/collection/77',
        artifacts: [shot2.ref],
        capturedAt: '2026-03-11T08:00:00.000Z',
      }),
    ],
  });
  const doc = await signedBatch([first, second], batchMeta(1));
  const files = [shot1, page, shot2]; // the order the flags reference them
  return { doc, files, getArtifact: evidenceStore(files), key: await testKey() };
}

/** Reads a whole stream into one byte array. */
export async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
