import type { ArtifactKind } from '@/lib/records/flag';
import { megabytes, ZIP_LIMITS } from '@/lib/files/zip-limits';

/**
 * Bytes of one evidence file Spoor keeps at most: half of what an import takes in one file (ZIP_LIMITS.maxFileBytes),
 * so every file kept can go into a batch and be imported again, and the one copy a capture makes stays bounded. A page
 * that outgrows it (a 200 MB image, megabytes of data: URLs) is flagged with what fits, and `missing` says the size.
 */
export const MAX_EVIDENCE_BYTES = ZIP_LIMITS.maxFileBytes / 2;

/**
 * Throws, before any of its bytes are read, for an evidence file over MAX_EVIDENCE_BYTES: the reason the record keeps.
 * @example assertEvidenceSize(await pageCapture.saveAsMHTML({ tabId }));
 */
export function assertEvidenceSize(blob: Blob, limit = MAX_EVIDENCE_BYTES): void {
  if (blob.size > limit)
    throw new Error(
      `${blob.size.toLocaleString('en')} bytes, over Spoor's limit of ${megabytes(limit)} for one evidence file: not kept`,
    );
}

/** Browser calls that produce evidence for a tab; each may fail on its own. */
export interface EvidenceApis {
  /**
   * The tab's visible area as PNG; the tab must be brought to front first. `whilePictured` runs once the picture is
   * taken, before the page gets Spoor's highlights back: the page as it was in the picture.
   */
  screenshot(tab: { id: number; windowId: number }, whilePictured?: () => Promise<void>): Promise<Blob>;
  /** The page as MHTML (Chrome's pageCapture); absent where the browser has none (Firefox). */
  snapshot?: (tabId: number) => Promise<Blob>;
}

export interface Evidence {
  evidence: { kind: ArtifactKind; blob: Blob }[];
  missing: { kind: ArtifactKind; reason: string }[];
}

/**
 * Takes the screenshot and the page snapshot. A failure of either, or a file over `limit` (MAX_EVIDENCE_BYTES), is
 * written down in `missing` instead of stopping the flag: a record without a picture beats no record. `html` is the
 * content script's serialized page, the snapshot where MHTML is unavailable (or why the page reader kept none);
 * `whilePictured` runs as the screenshot is taken (EvidenceApis).
 * @example const { evidence, missing } = await gatherEvidence(apis, tab, reading.html);
 */
export async function gatherEvidence(
  apis: EvidenceApis,
  tab: { id: number; windowId: number },
  html: string | { refused: string } | undefined,
  whilePictured?: () => Promise<void>,
  limit = MAX_EVIDENCE_BYTES,
): Promise<Evidence> {
  // One after the other: the screenshot brings the tab to front first, so the
  // snapshot records the page in the state the picture shows.
  const [screenshot] = await Promise.allSettled([apis.screenshot(tab, whilePictured).then(bounded(limit))]);
  const [snapshot] = await Promise.allSettled([takeSnapshot(apis, tab.id, html).then(bounded(limit))]);
  const result: Evidence = { evidence: [], missing: [] };
  for (const [kind, outcome] of [
    ['screenshot', screenshot],
    ['snapshot', snapshot],
  ] as const) {
    if (outcome.status === 'fulfilled' && outcome.value.size > 0) result.evidence.push({ kind, blob: outcome.value });
    else
      result.missing.push({
        kind,
        reason: outcome.status === 'rejected' ? reasonOf(outcome.reason) : 'the browser returned an empty file',
      });
  }
  return result;
}

async function takeSnapshot(
  apis: EvidenceApis,
  tabId: number,
  html: string | { refused: string } | undefined,
): Promise<Blob> {
  if (apis.snapshot) return apis.snapshot(tabId);
  if (html === undefined) throw new Error('no page snapshot API in this browser and the page did not answer');
  if (typeof html !== 'string') throw new Error(html.refused);
  return new Blob([html], { type: 'text/html' });
}

const bounded = (limit: number) => (blob: Blob) => {
  assertEvidenceSize(blob, limit);
  return blob;
};

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
