import { FlagSchema, type Flag, type Observation } from '@/lib/records/flag';

/**
 * Observations captured before a researcher id was set and not claimed since.
 * @example unnamedObservations(flag).length // 1
 */
export function unnamedObservations(flag: Pick<Flag, 'observations' | 'claims'>): Observation[] {
  const claimed = new Set(flag.claims.map((claim) => claim.observationId));
  return flag.observations.filter(
    (observation) => observation.capturedBy.researcherId.trim() === '' && !claimed.has(observation.id),
  );
}

/**
 * The flag with its unnamed observations claimed by the researcher. The
 * observation records are untouched: their hashes cover who captured them.
 * @example withClaims(flag, { researcherId: 'anna.k', survey: 'Ivory 2026' }, '2026-03-12T10:00:00.000Z').claims
 */
export function withClaims(flag: Flag, researcher: { researcherId: string; survey: string }, at: string): Flag {
  const claims = unnamedObservations(flag).map((observation) => ({
    observationId: observation.id,
    researcherId: researcher.researcherId.trim(),
    survey: researcher.survey.trim(),
    at,
  }));
  return FlagSchema.parse({ ...flag, claims: [...flag.claims, ...claims], updatedAt: at });
}

/**
 * Who an observation counts as captured by: the researcher recorded at capture, or the one who claimed it.
 * @example capturedByOf(flag, flag.observations[0]).researcherId // 'anna.k'
 */
export function capturedByOf(
  flag: Pick<Flag, 'claims'>,
  observation: Observation,
): { researcherId: string; survey: string } {
  if (observation.capturedBy.researcherId.trim() !== '') return observation.capturedBy;
  const claim = flag.claims.find((candidate) => candidate.observationId === observation.id);
  return claim ? { researcherId: claim.researcherId, survey: claim.survey } : observation.capturedBy;
}
