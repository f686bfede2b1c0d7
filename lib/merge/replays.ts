import { canonicalJson } from '@/lib/integrity/hash';
import type { Observation } from '@/lib/records/flag';

/**
 * An incoming observation that is a capture already held under another id: the same page at the same moment, with
 * the same screenshot and text. Shown to the coordinator as a duplicate, never counted as a second sighting.
 */
export interface Replay {
  flagId: string;
  canonicalUrl: string;
  /** The incoming observation's id, and the one already held (here, or earlier in the same flag) that it repeats. */
  observationId: string;
  sameAs: string;
  /** Who sent it, and in which batch (none for a backup). */
  researcher: string;
  batchId?: string;
}

/**
 * What makes two observations one capture, whatever their ids and record hashes say: the ad's URL, the capture time,
 * the screenshots' hashes and the captured text. A re-sent capture under a fresh id and hash still has all four; a real
 * second sighting has at least another time.
 * @example captureKey(observation) === captureKey(replayed) // true
 */
export function captureKey(observation: Observation): string {
  const { url, capturedAt, ad, artifacts } = observation;
  const screenshots = artifacts.flatMap((artifact) => (artifact.kind === 'screenshot' ? [artifact.sha256] : []));
  return canonicalJson({
    url,
    capturedAt: new Date(capturedAt).toISOString(),
    screenshots: screenshots.sort(),
    text: { title: ad.title ?? '', description: ad.description ?? '' },
  });
}

/**
 * The incoming observations that are new captures, and those that repeat one already held (by `held`, or an earlier
 * incoming one) under another id. Observations whose id is held are neither: the caller matches those by id.
 * @example const { fresh, replays } = splitReplays(existing.observations, incoming.observations);
 */
export function splitReplays(
  held: readonly Observation[],
  incoming: readonly Observation[],
): { fresh: Observation[]; replays: Array<{ observation: Observation; sameAs: string }> } {
  const ids = new Set(held.map((observation) => observation.id));
  const byCapture = new Map(held.map((observation) => [captureKey(observation), observation.id]));
  const fresh: Observation[] = [];
  const replays: Array<{ observation: Observation; sameAs: string }> = [];
  for (const observation of incoming) {
    if (ids.has(observation.id)) continue;
    const key = captureKey(observation);
    const sameAs = byCapture.get(key);
    if (sameAs) replays.push({ observation, sameAs });
    else {
      fresh.push(observation);
      byCapture.set(key, observation.id);
      ids.add(observation.id);
    }
  }
  return { fresh, replays };
}
