import * as z from 'zod/mini';

/**
 * The dictionary's enums that a detection carries (lib/records/detection.ts): its languages, CITES Appendix and EU
 * Annex. Apart from the dictionary's other schemas (schema.ts, which exports these too), so that the popup's first
 * screen, which parses the tab's detections, builds none of the taxa's and terms' schemas (issue 14).
 */

/** Languages of common names and trade terms. `la` marks scientific names and synonyms. */
export const COMMON_NAME_LANGS = ['en', 'fr', 'de', 'nl', 'es', 'it', 'pl', 'ru'] as const;
export const LangSchema = z.enum([...COMMON_NAME_LANGS, 'la']);
export type Lang = z.infer<typeof LangSchema>;

/** CITES Appendix; split listings ("I/II") carry a note saying which populations are where. `nc`: not CITES-listed. */
export const AppendixSchema = z.enum(['I', 'II', 'III', 'I/II', 'I/III', 'II/III', 'nc']);
export type Appendix = z.infer<typeof AppendixSchema>;

/** Annex of Council Regulation (EC) No 338/97 as amended; `none` where the taxon is not annexed. */
export const EuAnnexSchema = z.enum(['A', 'B', 'C', 'D', 'A/B', 'B/D', 'none']);
export type EuAnnex = z.infer<typeof EuAnnexSchema>;
