import type { ArtifactRef, Flag } from '@/lib/records/flag';

/**
 * Every evidence file the flags reference, once per SHA-256, in the order the
 * flags and observations list them (two observations of the same bytes share one file).
 * @example distinctArtifacts(flags).map((ref) => ref.sha256)
 */
export function distinctArtifacts(flags: readonly Flag[]): ArtifactRef[] {
  const bySha = new Map<string, ArtifactRef>();
  for (const flag of flags) {
    for (const observation of flag.observations) {
      for (const ref of observation.artifacts) if (!bySha.has(ref.sha256)) bySha.set(ref.sha256, ref);
    }
  }
  return [...bySha.values()];
}

const EXTENSION_BY_MIME: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'multipart/related': 'mhtml',
  'message/rfc822': 'mhtml',
  'text/html': 'html',
};

/**
 * Where an evidence file sits in the bundle: named by its hash, so the name
 * itself says what the bytes must hash to.
 * @example evidencePath({ sha256: 'ab…', mimeType: 'image/png' }) // 'evidence/ab….png'
 */
export function evidencePath(ref: Pick<ArtifactRef, 'sha256' | 'mimeType'>): string {
  const mime = ref.mimeType.split(';')[0]!.trim().toLowerCase();
  return `evidence/${ref.sha256}.${EXTENSION_BY_MIME[mime] ?? 'bin'}`;
}
