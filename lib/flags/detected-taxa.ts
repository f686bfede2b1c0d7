import type { Appendix, EuAnnex } from '@/lib/dictionary/schema';
import type { Detection } from '@/lib/records/flag';

/** What the dashboard and the CSV say about a detected taxon. */
export interface DetectedTaxon {
  label: string;
  appendix: Appendix;
  euAnnex: EuAnnex;
}

/** Finds a taxon's facts by its dictionary id. */
export type ImpliedTaxonLookup = (id: string) => DetectedTaxon | undefined;

type Detected = Pick<Detection, 'kind' | 'label' | 'appendix' | 'euAnnex' | 'taxa'>;

/**
 * The taxa Spoor detected on an ad, as the dashboard and the CSV both report
 * them: the taxa the page names (with their listing at capture time), or, for
 * an ad that only says "ivory" or "rhino horn", the taxa those trade terms
 * imply. Each label once, in order of detection.
 * @example detectedTaxa(flag.observations, lookup).map((taxon) => taxon.label) // ['Elephantidae']
 */
export function detectedTaxa(
  observations: readonly { detected: readonly Detected[] }[],
  lookup: ImpliedTaxonLookup,
): DetectedTaxon[] {
  const detections = observations.flatMap((observation) => observation.detected);
  const named = detections.filter((detection) => detection.kind === 'taxon');
  const facts =
    named.length > 0
      ? named.map(({ label, appendix, euAnnex }) => ({ label, appendix, euAnnex }))
      : impliedTaxonIds(observations).flatMap((id) => lookup(id) ?? []);
  const byLabel = new Map<string, DetectedTaxon>();
  for (const fact of facts) if (!byLabel.has(fact.label)) byLabel.set(fact.label, fact);
  return [...byLabel.values()];
}

/**
 * The dictionary ids of the taxa that trade terms and code words imply, each once.
 * @example impliedTaxonIds(flag.observations) // ['elephantidae']
 */
export function impliedTaxonIds(observations: readonly { detected: readonly Detected[] }[]): string[] {
  const ids = observations.flatMap((observation) =>
    observation.detected.filter((detection) => detection.kind !== 'taxon').flatMap((detection) => detection.taxa),
  );
  return [...new Set(ids)];
}
