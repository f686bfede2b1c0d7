import { canonicalJson } from '@/lib/integrity/hash';
import type { Flag } from '@/lib/records/flag';

/** One field two researchers see differently: shown to the coordinator, never settled silently. */
export interface Conflict {
  flagId: string;
  canonicalUrl: string;
  /** Dotted path in the flag: "assessment.intent", "ad.price". */
  field: string;
  /** The value the merged flag keeps (the one already there) and who gave it. */
  kept: ConflictValue;
  /** The value the imported batch brought. */
  other: ConflictValue;
  /** When the two could not be one record: the id the incoming flag was kept under, beside the existing one. */
  keptApartAs?: string;
  /**
   * The two values differ but read alike (a seller with a Cyrillic letter, an invisible character, "I" for "l"):
   * the coordinator is warned, the merge never takes them for one.
   */
  looksAlike?: true;
}

export interface ConflictValue {
  researcher: string;
  value: unknown;
  /** The batch the value came in with; absent for the flag as it was before the import. */
  batchId?: string;
}

interface MergedField {
  path: string;
  get(flag: Flag): unknown;
  set(flag: Flag, value: unknown): Flag;
  /** Lists whose order carries no meaning compare as sets. */
  unordered?: boolean;
}

const adField = (key: keyof Flag['ad']): MergedField => ({
  path: `ad.${key}`,
  get: (flag) => flag.ad[key],
  set: (flag, value) => ({ ...flag, ad: { ...flag.ad, [key]: value } }),
});
const assessmentField = (key: keyof Flag['assessment'], unordered = false): MergedField => ({
  path: `assessment.${key}`,
  get: (flag) => flag.assessment[key],
  set: (flag, value) => ({ ...flag, assessment: { ...flag.assessment, [key]: value } }),
  unordered,
});

/** What a researcher states about the ad; tags are merged as a union instead (see mergeBatch). */
export const MERGED_FIELDS: readonly MergedField[] = [
  ...(['title', 'description', 'price', 'seller', 'location', 'listingId', 'postedAt'] as const).map(adField),
  assessmentField('confirmedTaxa', true),
  assessmentField('specimens'),
  assessmentField('tradeTerms', true),
  assessmentField('intent'),
  assessmentField('paperwork'),
  assessmentField('suspicion'),
  assessmentField('notes'),
];

export interface FieldOutcome {
  flag: Flag;
  /** Gaps the incoming flag filled: the kept flag had nothing there. */
  filled: { path: string; from: unknown; to: unknown }[];
  /** Both had a value and they differ. */
  differing: { path: string; kept: unknown; other: unknown }[];
}

/**
 * Compares the fields of the flag being kept with an incoming one. Where the
 * kept flag is empty the incoming value fills it; where both have values that
 * differ, the kept value stays and the difference is reported.
 * @example compareFields(kept, incoming).differing // [{ path: 'assessment.intent', kept: 'selling', other: 'wanted' }]
 */
export function compareFields(kept: Flag, incoming: Flag): FieldOutcome {
  const outcome: FieldOutcome = { flag: kept, filled: [], differing: [] };
  for (const field of MERGED_FIELDS) {
    const mine = field.get(kept);
    const theirs = field.get(incoming);
    if (isEmpty(theirs) || comparable(mine, field.unordered) === comparable(theirs, field.unordered)) continue;
    if (isEmpty(mine)) {
      outcome.flag = field.set(outcome.flag, theirs);
      outcome.filled.push({ path: field.path, from: mine ?? null, to: theirs });
    } else {
      outcome.differing.push({ path: field.path, kept: mine, other: theirs });
    }
  }
  return outcome;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function comparable(value: unknown, unordered = false): string {
  return canonicalJson(unordered && Array.isArray(value) ? value.toSorted() : value);
}

/**
 * Whose assessment a flag carries: the researcher who flagged it first.
 * @example firstResearcher(flag) // 'anna.k'
 */
export function firstResearcher(flag: Flag): string {
  return flag.observations.toSorted((a, b) => Date.parse(a.capturedAt) - Date.parse(b.capturedAt))[0]!.capturedBy
    .researcherId;
}
