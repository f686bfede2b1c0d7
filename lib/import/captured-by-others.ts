import type { BatchDocument } from '@/lib/batch-format/schema';

/** The observations of a batch that say someone other than its signer captured them. */
export interface CapturedByOthers {
  observations: number;
  /** Who they name, each once, in the order first met. */
  researchers: string[];
}

/**
 * The observations a batch says others captured than the researcher whose key signed it. A coordinator's merged
 * batch sent on holds such observations honestly; a forger can write them too, naming a colleague. Either way only
 * the signer's key vouches for them, which the import report says (never refused: an honest relay looks the same).
 * @example capturedByOthers(document, 'ben.m') // { observations: 2, researchers: ['anna.k'] }
 */
export function capturedByOthers(document: BatchDocument, signer: string): CapturedByOthers | undefined {
  const researchers = new Set<string>();
  let observations = 0;
  for (const flag of document.flags)
    for (const { capturedBy } of flag.observations)
      if (capturedBy.researcherId !== signer) {
        observations += 1;
        researchers.add(capturedBy.researcherId);
      }
  return observations > 0 ? { observations, researchers: [...researchers] } : undefined;
}
