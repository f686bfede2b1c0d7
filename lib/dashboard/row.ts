import * as z from 'zod/mini';
import { AppendixSchema, EuAnnexSchema, TradeGroupSchema } from '@/lib/dictionary/schema';
import {
  AdFieldsSchema,
  ArtifactRefSchema,
  AssessmentSchema,
  DetectionSchema,
  FlagSchema,
  ObservationSchema,
  PriceSchema,
} from '@/lib/records/flag';
import { detectedTaxa } from '@/lib/flags/detected-taxa';
import type { TaxonLookup } from './taxon-lookup';

/**
 * One flag as the dashboard lists it: the few fields a table row, the filters,
 * the search and the summary need, so 10,000 flags cross runtime messaging
 * without their observations, detections and evidence references.
 */
export const ArchiveRowSchema = z.object({
  id: z.string(),
  url: z.string(),
  firstCapturedAt: z.string(),
  lastCapturedAt: z.string(),
  platform: z.string(),
  country: z.optional(z.string()),
  title: z.optional(z.string()),
  price: z.optional(PriceSchema),
  seller: z.optional(z.string()),
  location: z.optional(z.string()),
  /** Confirmed taxa, else the taxa detected on the page (labels: scientific names mostly). */
  taxa: z.array(z.string()),
  appendices: z.array(AppendixSchema),
  annexes: z.array(EuAnnexSchema),
  /** Trade groups of the taxa, where the dictionary knows them. */
  groups: z.array(TradeGroupSchema),
  intent: AssessmentSchema.shape.intent,
  /** The researcher's review: new or reviewed. */
  status: FlagSchema.shape.status,
  /** Saved in a batch from this Spoor: a separate fact, it never replaces the review status. */
  exported: z.boolean(),
  batchIds: z.array(z.string()),
  observations: z.number().check(z.int(), z.positive()),
  /** SHA-256 of the latest observation's screenshot, for the table's thumbnail. */
  screenshot: z.optional(z.string()),
  specimens: z.optional(z.number().check(z.int(), z.nonnegative())),
  tags: z.array(z.string()),
  notes: z.string(),
});
export type ArchiveRow = z.infer<typeof ArchiveRowSchema>;

/**
 * The part of a stored flag a row is made from. Parsing only this keeps the
 * boundary check while skipping the hashes, URLs and UUIDs of every
 * observation, which is most of the cost of parsing 10,000 whole flags.
 */
export const ListedFlagSchema = z.extend(
  z.pick(FlagSchema, { id: true, canonicalUrl: true, platform: true, status: true, batchIds: true }),
  {
    ad: z.pick(AdFieldsSchema, { title: true, price: true, seller: true, location: true }),
    assessment: AssessmentSchema,
    observations: z
      .array(
        z.extend(z.pick(ObservationSchema, { capturedAt: true }), {
          detected: z.array(
            z.pick(DetectionSchema, { kind: true, label: true, appendix: true, euAnnex: true, taxa: true }),
          ),
          artifacts: z.array(z.pick(ArtifactRefSchema, { kind: true, sha256: true })),
        }),
      )
      .check(z.minLength(1)),
  },
);
export type ListedFlag = z.infer<typeof ListedFlagSchema>;

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/**
 * A flag's row. Taxa are what the researcher confirmed, or else what Spoor
 * detected (detectedTaxa: named taxa, or for an ad that only says "ivory" the
 * taxa the trade term implies, as the CSV's detected_taxa). Appendices,
 * Annexes and groups follow those taxa. `exported`: saved in a batch from here.
 * @example flagRow(flag, taxonLookup(loadBundledDictionary())).appendices // ['I/II']
 */
export function flagRow(flag: ListedFlag, lookup: TaxonLookup, exported = false): ArchiveRow {
  const found = detectedTaxa(flag.observations, lookup);
  const detected = found.map((taxon) => taxon.label);
  const taxa = flag.assessment.confirmedTaxa.length > 0 ? flag.assessment.confirmedTaxa : detected;

  // The page's own detection carries the listing at capture time; the dictionary fills in the rest.
  const facts = taxa.map((label) => found.find((taxon) => taxon.label === label) ?? lookup(label));
  const known = facts.filter((fact) => fact !== undefined);
  const captures = flag.observations.map((observation) => observation.capturedAt).sort();
  const { ad, assessment } = flag;
  const screenshot = flag.observations
    .flatMap((observation) => observation.artifacts)
    .findLast((artifact) => artifact.kind === 'screenshot')?.sha256;
  return {
    id: flag.id,
    url: flag.canonicalUrl,
    firstCapturedAt: captures[0]!,
    lastCapturedAt: captures.at(-1)!,
    platform: flag.platform.name,
    country: flag.platform.country,
    title: ad.title,
    price: ad.price,
    seller: ad.seller?.name ?? ad.seller?.id,
    location: ad.location,
    taxa,
    appendices: unique(known.map((fact) => fact.appendix)),
    annexes: unique(known.map((fact) => fact.euAnnex)),
    groups: unique(taxa.flatMap((label) => lookup(label)?.group ?? [])),
    intent: assessment.intent,
    status: flag.status,
    exported,
    batchIds: flag.batchIds,
    observations: flag.observations.length,
    ...(screenshot && { screenshot }),
    specimens: assessment.specimens,
    tags: assessment.tags,
    notes: assessment.notes,
  };
}
