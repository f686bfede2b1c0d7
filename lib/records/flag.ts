import * as z from 'zod/mini';
import { DetectionSchema } from './detection';

export { DetectionSchema, type Detection } from './detection';

/**
 * A flag: one ad a researcher captured, with every observation of it.
 * The same ad seen again (a price change, a re-listing, another researcher)
 * becomes another observation of the same flag, never a silent duplicate.
 *
 * This schema is the single source of truth for storage, the JSON export
 * (docs/flag-batch.schema.json is generated from it) and the CSV columns. Written with zod/mini (the functional
 * form): the popup's first screen parses flags, and loads no more of zod than these schemas use (issue 14).
 */
export const FLAG_SCHEMA_VERSION = 1;

const isoUtc = z.iso.datetime({ offset: false }); // "2026-03-12T09:30:00.000Z"
/** Lower-case hex SHA-256, as every hash in Spoor's records is written. */
export const Sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'SHA-256 hex'));
const sha256 = Sha256Schema;
const httpUrl = z.url({ protocol: /^https?$/ });

export const PriceSchema = z.object({
  amount: z.number().check(z.nonnegative()),
  /** ISO 4217 code. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** The page showed the amount without a currency; the currency is the one of the domain's country. */
  currencyInferred: z.optional(z.literal(true)),
});

/**
 * Where a field was read. Structured data: `json-ld`, `microdata`, `rdfa`, `opengraph`, `meta`
 * (other meta tags); the platform's own knowledge (lib/extract/platforms): `page-state` (the state
 * object a page renders from) and `platform` (its selectors; `adapter` in records made before
 * platforms became data); `url` (an id in the URL's path); the visible page: `labelled` (a value
 * next to a label such as "Vendeur"), `visible` (a price, heading or profile link found by its
 * shape and place); `fallback` (title, first h1, meta description); `link` (an ad flagged from a
 * link without opening it); `researcher` (a correction).
 */
export const FieldSourceSchema = z.enum([
  'json-ld',
  'microdata',
  'rdfa',
  'opengraph',
  'meta',
  'page-state',
  'platform',
  'adapter',
  'url',
  'labelled',
  'visible',
  'fallback',
  'link',
  'researcher',
]);

/**
 * What an ad says about permits: claims one, says there is none, claims an exemption (antique, pre-Convention), or
 * nothing.
 */
export const PaperworkClaimKindSchema = z.enum(['permit', 'none', 'exemption', 'silent']);
export const PaperworkClaimSchema = z.object({
  claim: PaperworkClaimKindSchema,
  /** The ad's own words that make the claim ("ohne CITES Papiere"); absent when silent. */
  phrase: z.optional(z.string()),
});
export type PaperworkClaim = z.infer<typeof PaperworkClaimSchema>;

/** The ad as the page presents it. Every field is optional: pages differ. */
export const AdFieldsSchema = z.object({
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  price: z.optional(PriceSchema),
  seller: z.optional(
    z.object({ name: z.optional(z.string()), id: z.optional(z.string()), profileUrl: z.optional(httpUrl) }),
  ),
  location: z.optional(z.string()),
  listingId: z.optional(z.string()),
  /** When the ad says it was posted (ISO 8601: a date, or a UTC time when the page gave one). */
  postedAt: z.optional(z.string()),
  /**
   * The posting date as the page wrote it ("il y a 3 jours", "gestern, 14:30"); postedAt was computed from it at
   * capture time.
   */
  postedText: z.optional(z.string()),
  imageUrls: z._default(z.array(httpUrl), []),
  /** Which source each field came from, for the investigator's confidence. */
  sources: z._default(z.record(z.string(), FieldSourceSchema), {}),
  /** How sure the reader was of each field (0–1), under the same keys as `sources`. */
  confidence: z.optional(z.record(z.string(), z.number().check(z.gte(0), z.lte(1)))),
  /**
   * Fields whose sources disagreed, under the same keys as `sources`: the value another source gave (written out,
   * "5 EUR") and which source. A field the page showed keeps what the researcher saw; the markup's other value is here.
   */
  disputed: z.optional(z.record(z.string(), z.object({ source: FieldSourceSchema, value: z.string() }))),
  /**
   * Fields whose value only the page's markup gave (JSON-LD, microdata, OpenGraph…) and no text the page showed states,
   * drawn words included: a price shown only in an image, or drawn where the ad reader does not read. The value is the
   * markup's claim, not what the researcher read (lib/flags/unshown-fields.ts).
   */
  unshown: z.optional(z.array(z.enum(['price', 'seller', 'location'])).check(z.maxLength(3))),
  /** A rel=canonical the page declared on another site: not trusted to file the flag, kept as the page's claim. */
  claimedCanonical: z.optional(httpUrl),
  /**
   * A title the page's structured data (JSON-LD, microdata, RDFa, OpenGraph, meta tags) gave that shares no word with
   * the heading it showed: `title` is the heading the researcher saw, this the page's other claim.
   */
  claimedTitle: z.optional(z.string()),
  /** What the ad claims about permits, with its words as evidence. */
  paperworkClaim: z.optional(PaperworkClaimSchema),
});
export type AdFields = z.infer<typeof AdFieldsSchema>;

export const PlatformSchema = z.object({
  /** Known marketplace id ("ebay", "leboncoin"…) or the host name. */
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  host: z.string().check(z.minLength(1)),
  /** ISO 3166-1 alpha-2, where the domain says it (ebay.de → DE). */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
});
export type Platform = z.infer<typeof PlatformSchema>;

export const ArtifactKindSchema = z.enum(['screenshot', 'snapshot']);
export type ArtifactKind = z.infer<typeof ArtifactKindSchema>;

/** A stored evidence file; the bytes live in the `artifacts` store as a Blob under `sha256`. */
export const ArtifactRefSchema = z.object({
  kind: ArtifactKindSchema,
  sha256,
  mimeType: z.string(),
  bytes: z.number().check(z.int(), z.nonnegative()),
});
export type ArtifactRef = z.infer<typeof ArtifactRefSchema>;

export const ResearcherSchema = z.object({
  researcherId: z.string(),
  survey: z.string(),
});

/** How the researcher asked for the capture: the popup button, the shortcut, or a context menu. */
export const CaptureTriggerSchema = z.enum(['button', 'shortcut', 'page-menu', 'link-menu']);
export type CaptureTrigger = z.infer<typeof CaptureTriggerSchema>;

/**
 * What the page did to Spoor's highlights at flag time, as the page reader found it (lib/flags/paint-check.ts): its
 * own style rules restyle them (`restyled`), Spoor's entries left the highlight registry (`removed`) or another
 * Highlight stands under their names (`replaced`), a page highlight of a priority at least theirs lies over the same
 * words (`overpainted`), or an element that paints lies over the highlighted words (`covered`). The researcher may not
 * have seen what Spoor found: the names are recorded all the same.
 */
export const PaintTamperingSchema = z.enum(['restyled', 'removed', 'replaced', 'overpainted', 'covered']);
export type PaintTampering = z.infer<typeof PaintTamperingSchema>;

/**
 * Where the flag's reading of the page's shown text stopped before the page's end (lib/flags/visible-text.ts): at its
 * character bound (`characters`), its node bound (`nodes`: a page of hundreds of thousands of nodes) or where the page
 * had arrived (`loading`: still being parsed after PARSE_WAIT_MS), after `characters` characters, the last of them
 * `after`. Names further down the page are not in `detected`.
 */
export const TextCutSchema = z.object({
  reason: z.enum(['characters', 'nodes', 'loading']),
  characters: z.number().check(z.int(), z.nonnegative()),
  after: z.string(),
});
export type TextCut = z.infer<typeof TextCutSchema>;

/** The longest `lang` a page reading keeps: a BCP 47 tag with its extensions (RFC 5646 suggests 35 characters). */
export const PAGE_LANG_MAX = 35;

/** One capture of the ad: what was on the page at that moment, with its evidence. */
export const ObservationSchema = z.object({
  id: z.uuid(),
  capturedAt: isoUtc,
  capturedBy: ResearcherSchema,
  extensionVersion: z.string(),
  url: httpUrl,
  trigger: CaptureTriggerSchema,
  /** For a link flagged from another page (a search result list): the page the link was on. */
  foundOn: z.optional(httpUrl),
  ad: AdFieldsSchema,
  /** The names in the page's text as read at flag time (before the evidence was taken). */
  detected: z.array(DetectionSchema),
  /**
   * What Spoor's scan of the page (every frame) last reported, kept only when it named other entries than `detected`:
   * the page changed after the scan, holds names in frames or hidden text, or hid them from the scan.
   */
  detectedOnPage: z.optional(z.array(DetectionSchema)),
  /**
   * The ad's fields that read otherwise when the page was read again once the evidence was taken (`text`: its visible
   * text): the page changed while it was captured, so the screenshot may not show what the fields say. `text` too when
   * the page changed its text and back between the two readings (lib/flags/capture-watch.ts).
   */
  changedDuringCapture: z.optional(z.array(z.string())),
  /** What the page did to Spoor's highlights when it was flagged (PaintTamperingSchema); absent when nothing. */
  paintTampering: z.optional(z.array(PaintTamperingSchema)),
  /** Where the reading of the page's text was cut (TextCutSchema); absent when the whole page was read. */
  textCut: z.optional(TextCutSchema),
  /**
   * The language the page declared (`<html lang>`) when it was read, as `detected` was read under it: an importing
   * coordinator reads the words again under it too. Absent when the page declared none, and in older records.
   */
  pageLang: z.optional(z.string().check(z.minLength(1), z.maxLength(PAGE_LANG_MAX))),
  artifacts: z.array(ArtifactRefSchema),
  /** Evidence that could not be captured, and why: the record is saved regardless. */
  missing: z._default(z.array(z.object({ kind: ArtifactKindSchema, reason: z.string() })), []),
  /** SHA-256 of the observation's canonical JSON without this field (lib/integrity/hash.ts). */
  recordSha256: sha256,
});
export type Observation = z.infer<typeof ObservationSchema>;

export const IntentSchema = z.enum(['selling', 'wanted', 'other']);
export const SuspicionSchema = z.enum(['low', 'medium', 'high']);
/**
 * The researcher's review. Being exported is a separate fact (the batches a
 * flag went into), so saving a batch never overwrites "reviewed".
 */
export const StatusSchema = z.enum(['new', 'reviewed']);
export type Status = z.infer<typeof StatusSchema>;

/** What the researcher confirms or adds; pre-filled from the page where it can be. */
export const AssessmentSchema = z.object({
  confirmedTaxa: z._default(z.array(z.string()), []),
  specimens: z.optional(z.number().check(z.int(), z.nonnegative())),
  /** CITES Trade Database term codes: LIV, SKI, IVC, HOC, TUS, SCA, CAP… */
  tradeTerms: z._default(z.array(z.string().check(z.regex(/^[A-Z]{3}$/))), []),
  intent: z._default(IntentSchema, 'other'),
  /** What the ad claims about papers: "with CITES certificate", "pre-1947". */
  paperwork: z._default(z.string(), ''),
  suspicion: z._default(SuspicionSchema, 'medium'),
  tags: z._default(z.array(z.string()), []),
  notes: z._default(z.string(), ''),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/**
 * A researcher's correction. Written out rather than `partial()`: zod 4 fills
 * defaults inside optional fields, which would turn "unchanged" into "reset".
 */
export const FlagEditSchema = z.object({
  ad: z.optional(
    z.partial(
      z.object({
        title: z.string(),
        description: z.string(),
        price: PriceSchema,
        location: z.string(),
        seller: z.object({ name: z.optional(z.string()), id: z.optional(z.string()) }),
      }),
    ),
  ),
  assessment: z.optional(
    z.partial(
      z.object({
        confirmedTaxa: z.array(z.string()),
        specimens: z.number().check(z.int(), z.nonnegative()),
        tradeTerms: z.array(z.string().check(z.regex(/^[A-Z]{3}$/))),
        intent: IntentSchema,
        paperwork: z.string(),
        suspicion: SuspicionSchema,
        tags: z.array(z.string()),
        notes: z.string(),
      }),
    ),
  ),
  status: z.optional(StatusSchema),
});
export type FlagEdit = z.infer<typeof FlagEditSchema>;

/**
 * A researcher naming observations captured before they had set a researcher
 * id. The observation records stay as captured (their hashes cover them);
 * the claim is added beside them and audited.
 */
export const ClaimSchema = z.object({
  observationId: z.uuid(),
  researcherId: z.string().check(z.minLength(1)),
  survey: z.string(),
  at: isoUtc,
});
export type Claim = z.infer<typeof ClaimSchema>;

/** A flag without its audit head: what the head entry's `flagSha256` covers (lib/integrity/chain.ts). */
export const FlagBodySchema = z.object({
  schemaVersion: z.literal(FLAG_SCHEMA_VERSION),
  id: z.uuid(),
  /** Recognises the same ad again: rel=canonical, or the URL without tracking parameters. */
  canonicalUrl: httpUrl,
  platform: PlatformSchema,
  /** The ad's current fields: the first observation's, as corrected by the researcher. */
  ad: AdFieldsSchema,
  assessment: AssessmentSchema,
  observations: z.array(ObservationSchema).check(z.minLength(1)),
  status: z._default(StatusSchema, 'new'),
  /** Batches this flag went into (exported from here or imported), oldest first. */
  batchIds: z._default(z.array(z.string()), []),
  /** Unnamed observations claimed by a researcher later. */
  claims: z._default(z.array(ClaimSchema), []),
  createdAt: isoUtc,
  updatedAt: isoUtc,
});
export type FlagBody = z.infer<typeof FlagBodySchema>;

export const FlagSchema = z.extend(FlagBodySchema, {
  /** SHA-256 of the newest entry of the flag's audit chain: the history this record is the result of. */
  auditHead: sha256,
});
export type Flag = z.infer<typeof FlagSchema>;

export const AuditActionSchema = z.enum([
  'create',
  'observe',
  'edit',
  'delete',
  'export',
  'import',
  'merge',
  'restore',
  'claim',
  'migrate',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/**
 * One link of a flag's chain of custody: nothing is changed or deleted without
 * one. `hash` is the SHA-256 of the entry's canonical JSON without `hash`, which
 * includes `prev` (the entry before it) and `flagSha256` (the flag record after
 * it), so changing, dropping or inserting an entry, or changing the record
 * without one, breaks the chain. Rules: lib/integrity/history.ts.
 */
export const AuditEntryBodySchema = z.object({
  flagId: z.uuid(),
  at: isoUtc,
  by: z.string(),
  action: AuditActionSchema,
  /**
   * Field paths with their values before and after. A deletion carries the
   * whole deleted flag as one change (path "", from the flag, to null), so the
   * trail outlives the record.
   */
  changes: z._default(z.array(z.object({ path: z.string(), from: z.unknown(), to: z.unknown() })), []),
  note: z.optional(z.string()),
  /** The batch an export, import or merge was about. */
  batchId: z.optional(z.uuid()),
  /** The previous entry of this flag's chain; null only for the first. */
  prev: z.nullable(sha256),
  /** Heads of other chains this entry brings in (an import, a merge, a restore): their entries stay as they were. */
  joins: z.optional(z.array(sha256).check(z.minLength(1))),
  /**
   * SHA-256 of the flag record (without auditHead) after this entry; null once
   * deleted. Absent only on legacy entries, whose record states were never hashed.
   */
  flagSha256: z.optional(z.nullable(sha256)),
  /** Written before Spoor chained its history, and chained in store order by the upgrade (see migrations/v3.ts). */
  legacy: z.optional(z.literal(true)),
});
export type AuditEntryBody = z.infer<typeof AuditEntryBodySchema>;

export const AuditEntrySchema = z.extend(AuditEntryBodySchema, { hash: sha256 });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/**
 * What is left of a deleted flag: who deleted it, when and why, and the head of
 * its chain (the delete entry holds the whole record). A restore that finds the
 * flag in a backup asks whether to keep it deleted or bring it back.
 */
export const TombstoneSchema = z.object({
  flagId: z.uuid(),
  canonicalUrl: httpUrl,
  at: isoUtc,
  by: z.string(),
  reason: z.string(),
  auditHead: sha256,
});
export type Tombstone = z.infer<typeof TombstoneSchema>;
