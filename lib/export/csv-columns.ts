import { capturedByOf } from '@/lib/flags/claim';
import type { ArtifactKind, Flag, Observation } from '@/lib/records/flag';
import { csvText, type CsvValue } from '@/lib/files/csv';
import { detectedTaxa, type ImpliedTaxonLookup } from '@/lib/flags/detected-taxa';

/** What a column's getter may need besides the flag. */
export interface CsvContext {
  batchId: string;
  /** The taxa trade terms imply, by dictionary id: the batch's `taxa` table. */
  taxa: ImpliedTaxonLookup;
}

export interface CsvColumn {
  name: string;
  /**
   * The meaning, as the README's "CSV columns" table states it (tests/unit/export/docs.test.ts holds the two together).
   */
  description: string;
  value(flag: Flag, context: CsvContext): CsvValue;
}

/** Several values in one cell: "; " reads well and survives every spreadsheet. */
export const LIST_SEPARATOR = '; ';

const list = (values: Iterable<string>) => [...new Set(values)].join(LIST_SEPARATOR);
const byTime = (flag: Flag) =>
  flag.observations.toSorted((a, b) => Date.parse(a.capturedAt) - Date.parse(b.capturedAt));
const latest = (flag: Flag) => byTime(flag).at(-1)!;
const hashesOf = (kind: ArtifactKind) => (flag: Flag) =>
  list(
    flag.observations.flatMap((observation) =>
      observation.artifacts.filter((ref) => ref.kind === kind).map((ref) => ref.sha256),
    ),
  );
const fromObservations = (pick: (observation: Observation, flag: Flag) => string) => (flag: Flag) =>
  list(flag.observations.map((observation) => pick(observation, flag)));
const detected = (flag: Flag, context: CsvContext) => detectedTaxa(flag.observations, context.taxa);

/**
 * The CSV columns, in order: one row per flag. Everything the coordinator
 * sorts and filters on; the full record is in batch.json.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'flag_id', description: 'The flag’s UUID, as in batch.json.', value: (flag) => flag.id },
  { name: 'batch_id', description: 'The UUID of this export batch.', value: (_flag, context) => context.batchId },
  {
    name: 'canonical_url',
    description: 'The ad’s canonical URL (rel=canonical on the ad’s own site, or the URL without tracking parameters).',
    value: (flag) => flag.canonicalUrl,
  },
  {
    name: 'page_url',
    description: 'The URL of the latest observation, as the browser showed it.',
    value: (flag) => latest(flag).url,
  },
  { name: 'platform', description: 'The marketplace’s name.', value: (flag) => flag.platform.name },
  {
    name: 'country',
    description: 'ISO 3166-1 alpha-2 country of the marketplace’s domain, where it says one.',
    value: (flag) => flag.platform.country,
  },
  { name: 'title', description: 'The ad’s title.', value: (flag) => flag.ad.title },
  { name: 'price_amount', description: 'The asking price, a plain number.', value: (flag) => flag.ad.price?.amount },
  { name: 'currency', description: 'ISO 4217 currency of the price.', value: (flag) => flag.ad.price?.currency },
  { name: 'seller_name', description: 'The seller’s displayed name.', value: (flag) => flag.ad.seller?.name },
  { name: 'seller_id', description: 'The seller’s id on the platform.', value: (flag) => flag.ad.seller?.id },
  {
    name: 'seller_profile',
    description: 'The URL of the seller’s profile.',
    value: (flag) => flag.ad.seller?.profileUrl,
  },
  { name: 'location', description: 'Where the ad says the item is.', value: (flag) => flag.ad.location },
  { name: 'listing_id', description: 'The platform’s id of the ad.', value: (flag) => flag.ad.listingId },
  {
    name: 'posted_at',
    description: 'When the ad was posted (ISO 8601), counted from the capture time where the page said “3 days ago”.',
    value: (flag) => flag.ad.postedAt,
  },
  {
    name: 'first_captured_at',
    description: 'The first observation’s capture time (ISO 8601, UTC).',
    value: (flag) => byTime(flag)[0]!.capturedAt,
  },
  {
    name: 'last_captured_at',
    description: 'The latest observation’s capture time (ISO 8601, UTC).',
    value: (flag) => latest(flag).capturedAt,
  },
  {
    name: 'observations',
    description: 'How many times the ad was captured.',
    value: (flag) => flag.observations.length,
  },
  {
    name: 'researchers',
    description: 'Ids of the researchers who captured it (or claimed a capture made before they set their id).',
    value: fromObservations((observation, flag) => capturedByOf(flag, observation).researcherId),
  },
  {
    name: 'survey',
    description: 'The surveys the captures were made for.',
    value: fromObservations((observation, flag) => capturedByOf(flag, observation).survey),
  },
  {
    name: 'detected_taxa',
    description:
      'Scientific names of the taxa Spoor detected on the page, or, where the page only names a product (ivory, rhino horn), the taxa it implies: as the dashboard shows them.',
    value: (flag, context) => list(detected(flag, context).map((taxon) => taxon.label)),
  },
  {
    name: 'appendices',
    description: 'CITES Appendices of the detected taxa.',
    value: (flag, context) => list(detected(flag, context).map((taxon) => taxon.appendix)),
  },
  {
    name: 'eu_annexes',
    description: 'EU Wildlife Trade Regulation Annexes of the detected taxa.',
    value: (flag, context) => list(detected(flag, context).map((taxon) => taxon.euAnnex)),
  },
  {
    name: 'confirmed_taxa',
    description: 'Taxa the researcher confirmed.',
    value: (flag) => list(flag.assessment.confirmedTaxa),
  },
  {
    name: 'specimens',
    description: 'Number of specimens the researcher counted.',
    value: (flag) => flag.assessment.specimens,
  },
  {
    name: 'trade_terms',
    description: 'CITES Trade Database term codes (IVC, SKI, LIV…).',
    value: (flag) => list(flag.assessment.tradeTerms),
  },
  { name: 'intent', description: 'selling, wanted or other.', value: (flag) => flag.assessment.intent },
  {
    name: 'paperwork',
    description: 'What the ad claims about permits or age.',
    value: (flag) => flag.assessment.paperwork,
  },
  { name: 'suspicion', description: 'low, medium or high.', value: (flag) => flag.assessment.suspicion },
  {
    name: 'status',
    description: 'The researcher’s review: new or reviewed (exporting never changes it).',
    value: (flag) => flag.status,
  },
  { name: 'tags', description: 'The researcher’s tags.', value: (flag) => list(flag.assessment.tags) },
  { name: 'notes', description: 'The researcher’s notes.', value: (flag) => flag.assessment.notes },
  {
    name: 'screenshot_sha256',
    description: 'SHA-256 of each screenshot (evidence/<sha256>.png in the bundle).',
    value: hashesOf('screenshot'),
  },
  {
    name: 'snapshot_sha256',
    description: 'SHA-256 of each page snapshot (evidence/<sha256>.mhtml or .html).',
    value: hashesOf('snapshot'),
  },
  {
    name: 'record_sha256',
    description: 'SHA-256 of each observation’s canonical JSON (its recordSha256).',
    value: fromObservations((observation) => observation.recordSha256),
  },
  {
    name: 'currency_inferred',
    description: '“yes” when the page showed the price without a currency and the domain’s country gave it.',
    value: (flag) => (flag.ad.price?.currencyInferred ? 'yes' : undefined),
  },
  {
    name: 'posted_text',
    description: 'The posting date as the page wrote it (“il y a 3 jours”).',
    value: (flag) => flag.ad.postedText,
  },
  {
    name: 'paperwork_claim',
    description: 'What the ad claims about permits: permit, none, exemption or silent.',
    value: (flag) => flag.ad.paperworkClaim?.claim,
  },
  {
    name: 'paperwork_evidence',
    description: 'The ad’s own words that make the paperwork claim.',
    value: (flag) => flag.ad.paperworkClaim?.phrase,
  },
  {
    name: 'claimed_canonical_url',
    description: 'A canonical URL the page declared on another site: its claim, never used to file the flag.',
    value: (flag) => flag.ad.claimedCanonical,
  },
  {
    name: 'claimed_title',
    description: 'A title the page’s structured data gave that contradicts the heading it showed (the title column).',
    value: (flag) => flag.ad.claimedTitle,
  },
  {
    name: 'field_sources',
    description:
      'Where each field was read and how sure the reader was, and what another source said instead ' +
      '(title=json-ld 0.9; price=visible 0.85 (json-ld said 5 EUR); …).',
    value: (flag) => fieldSources(flag.ad),
  },
  {
    name: 'paint_tampering',
    description:
      'What the page did to Spoor’s highlights when flagged (restyled, removed, replaced, overpainted, covered).',
    value: (flag) => list(flag.observations.flatMap((observation) => observation.paintTampering ?? [])),
  },
  {
    name: 'text_cut',
    description:
      'Where the reading of the page’s text stopped before its end, per observation cut (characters, nodes or ' +
      'loading: the page was still loading after the flag’s wait; the characters read, the last words read): names ' +
      'further down the page are not in detected.',
    value: (flag) =>
      list(
        flag.observations.flatMap(({ textCut }) =>
          textCut ? [`${textCut.reason} after ${textCut.characters}: …${textCut.after}`] : [],
        ),
      ),
  },
  {
    name: 'changed_during_capture',
    description:
      'What read otherwise when the page was read again once its evidence was taken, over every observation (title, ' +
      'price, seller…; url: the tab left for another ad’s address or no web page; text: the page’s text, perhaps only for a ' +
      'moment): the screenshot may not show the fields.',
    value: (flag) => list(flag.observations.flatMap((observation) => observation.changedDuringCapture ?? [])),
  },
  {
    name: 'page_lang',
    description:
      'The languages the observations’ pages declared (`<html lang>`, BCP 47), under which their names were read; ' +
      'empty when none declared one (and for records older than Spoor 47).',
    value: (flag) => list(flag.observations.flatMap(({ pageLang }) => (pageLang ? [pageLang] : []))),
  },
];

/** "title=json-ld 0.9; price=visible 0.7": the provenance of each field, one cell. */
function fieldSources(ad: Flag['ad']): string {
  return Object.entries(ad.sources)
    .map(([field, source]) => {
      const confidence = ad.confidence?.[field];
      const disputed = ad.disputed?.[field];
      const against = disputed ? ` (${disputed.source} said ${disputed.value})` : '';
      return `${field}=${source}${confidence === undefined ? '' : ` ${confidence}`}${against}`;
    })
    .join(LIST_SEPARATOR);
}

/**
 * The batch as CSV: a header row of column names, then one row per flag; every column, or those given (an import
 * checks a bundle's CSV against the columns it names: lib/import/csv-checks.ts).
 * @example new Blob([flagsCsv(doc.flags, { batchId: doc.batch.id, taxa: (id) => doc.taxa[id] })], { type: 'text/csv' })
 */
export function flagsCsv(
  flags: Iterable<Flag>,
  context: CsvContext,
  columns: readonly CsvColumn[] = CSV_COLUMNS,
): string {
  const rows = (function* () {
    yield columns.map((column) => column.name);
    for (const flag of flags) yield columns.map((column) => column.value(flag, context));
  })();
  return csvText(rows);
}
