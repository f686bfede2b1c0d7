import * as z from 'zod/mini';
import { canonicalJson, sha256Hex } from '@/lib/integrity/hash';
import {
  ObservationSchema,
  type AdFields,
  type ArtifactKind,
  type ArtifactRef,
  type Assessment,
  type CaptureTrigger,
  type Detection,
  type Observation,
  type PaintTampering,
  type TextCut,
  type Platform,
} from '@/lib/records/flag';

/** Everything gathered for one capture, before hashing. */
export interface CaptureInput {
  url: string;
  canonicalUrl: string;
  platform: Platform;
  ad: AdFields;
  detected: Detection[];
  /** Spoor's scan of the page, when it named other entries than `detected` (ObservationSchema). */
  detectedOnPage?: Detection[];
  /** Fields that read otherwise after the evidence was taken (ObservationSchema). */
  changedDuringCapture?: string[];
  /** What the page did to Spoor's highlights when it was read (lib/flags/paint-check.ts). */
  paintTampering?: PaintTampering[];
  /** Where the reading of the page's text was cut (lib/flags/visible-text.ts). */
  textCut?: TextCut;
  /** The page's declared language, which `detected` was read with (ObservationSchema). */
  pageLang?: string;
  /** Pre-filled assessment: intent, paperwork claims, trade terms read from the page. */
  prefill: Partial<Assessment>;
  trigger: CaptureTrigger;
  foundOn?: string;
  evidence: { kind: ArtifactKind; blob: Blob }[];
  missing: { kind: ArtifactKind; reason: string }[];
  researcher: { researcherId: string; survey: string };
  extensionVersion: string;
  capturedAt: Date;
}

/** A capture ready to store: hashed, validated, nothing left to await. */
export interface PreparedCapture {
  canonicalUrl: string;
  platform: Platform;
  prefill: Partial<Assessment>;
  observation: Observation;
  files: { ref: ArtifactRef; blob: Blob }[];
}

/**
 * Hashes each evidence file and the observation record. Done before the
 * database transaction opens (hashing is async work a transaction must not wait for).
 * @example const capture = await prepareCapture({ url, canonicalUrl, …, evidence: [{ kind: 'screenshot', blob }] });
 */
export async function prepareCapture(input: CaptureInput): Promise<PreparedCapture> {
  const files = await Promise.all(
    input.evidence.map(async ({ kind, blob }) => ({
      ref: { kind, sha256: await sha256Hex(blob), mimeType: blob.type, bytes: blob.size },
      blob,
    })),
  );
  const unhashed = {
    id: crypto.randomUUID(),
    capturedAt: input.capturedAt.toISOString(),
    capturedBy: input.researcher,
    extensionVersion: input.extensionVersion,
    url: input.url,
    trigger: input.trigger,
    foundOn: input.foundOn,
    ad: input.ad,
    detected: input.detected,
    ...(input.detectedOnPage && { detectedOnPage: input.detectedOnPage }),
    ...(input.changedDuringCapture?.length && { changedDuringCapture: input.changedDuringCapture }),
    ...(input.paintTampering?.length && { paintTampering: input.paintTampering }),
    ...(input.textCut && { textCut: input.textCut }),
    ...(input.pageLang && { pageLang: input.pageLang }),
    artifacts: files.map((file) => file.ref),
    missing: input.missing,
  };
  // Parse first so defaults are filled in: the hash covers the record as stored.
  const normalized = z.omit(ObservationSchema, { recordSha256: true }).parse(unhashed);
  const recordSha256 = await sha256Hex(canonicalJson(normalized));
  const observation = ObservationSchema.parse({ ...normalized, recordSha256 });
  return { canonicalUrl: input.canonicalUrl, platform: input.platform, prefill: input.prefill, observation, files };
}
