import * as z from 'zod/mini';
import { AppendixSchema, EuAnnexSchema, LangSchema } from './listing';

/**
 * The species dictionary: what Spoor looks for on a page. The bundled default
 * (lib/dictionary/bundled/) and an imported CITES checklist share this shape;
 * every dictionary is parsed with these schemas before it is compiled. Written with zod/mini (the functional form), as
 * the flag records are (lib/records/flag.ts). The enums a detection carries are in listing.ts, so that the popup's
 * first screen, which parses detections, builds none of the dictionary's other schemas (issue 14).
 */

export { COMMON_NAME_LANGS, AppendixSchema, EuAnnexSchema, LangSchema } from './listing';
export type { Appendix, EuAnnex, Lang } from './listing';

/**
 * How a term meets the words around it.
 * - `word`: whole words only ("ivory" does not match "ivorybill").
 * - `prefix`: the term may start a longer word, for German and Dutch compounds
 *   ("Elfenbein" matches "Elfenbeinschnitzerei", "Eisbär" matches "Eisbärfell").
 * - `suffix`: the term may end a longer word ("elfenbein" matches "Mammutelfenbein").
 * - `compound`: either of the two.
 */
export const MatchModeSchema = z.enum(['word', 'prefix', 'suffix', 'compound']);
export type MatchMode = z.infer<typeof MatchModeSchema>;

const trimmed = z.string().check(
  z.minLength(2),
  z.refine((s) => s === s.trim() && !/\s{2,}/.test(s), 'must be trimmed, single-spaced'),
);

export const TermSchema = z.object({
  text: trimmed,
  lang: LangSchema,
  match: z.optional(MatchModeSchema),
  /**
   * Whether inflected endings match (plurals; Russian and Polish cases: "попугая", "papugę").
   * Unset means the language's default: on for common names, off for scientific names.
   */
  inflect: z.optional(z.boolean()),
  /** Phrases that cancel a match they overlap ("ivory white", "Ivory Coast", "leopard print"). */
  exclude: z.optional(z.array(trimmed)),
});
export type Term = z.infer<typeof TermSchema>;

export const RankSchema = z.enum([
  'class',
  'order',
  'family',
  'subfamily',
  'genus',
  'species',
  'subspecies',
  'variety',
]);

/** The trade groups researchers count by (survey reports, dashboard summaries). */
export const TradeGroupSchema = z.enum([
  'reptiles',
  'amphibians',
  'birds',
  'elephants',
  'big-cats',
  'primates',
  'bears',
  'rhinos',
  'pangolins',
  'other-mammals',
  'marine-turtles',
  'fish',
  'corals',
  'invertebrates',
  'plants',
  'timber',
]);
export type TradeGroup = z.infer<typeof TradeGroupSchema>;

export const TaxonIdSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case slug'));

export const TaxonSchema = z.object({
  /** Slug of the scientific name: "psittacus-erithacus". */
  id: TaxonIdSchema,
  scientificName: trimmed,
  rank: RankSchema,
  higher: z.object({
    kingdom: z.enum(['Animalia', 'Plantae']),
    class: z.optional(z.string()),
    order: z.optional(z.string()),
    family: z.optional(z.string()),
  }),
  group: TradeGroupSchema,
  synonyms: z._default(z.array(trimmed), []),
  cites: z.object({ appendix: AppendixSchema, note: z.optional(z.string()) }),
  euAnnex: EuAnnexSchema,
  /** Common names, each with its language. */
  names: z._default(z.array(TermSchema), []),
});
export type Taxon = z.infer<typeof TaxonSchema>;

/**
 * A word for a wildlife product ("ivory", "рог носорога") or a code word
 * dealers use ("white gold", "ox bone"), pointing at the taxa it implies.
 */
export const TradeTermSchema = z.object({
  id: TaxonIdSchema,
  kind: z.enum(['trade', 'code']),
  /** English label shown on the hover card: "Rhino horn". */
  label: trimmed,
  /** CITES Trade Database term code, where one fits (IVC, HOR, SKI…). */
  tradeCode: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  taxa: z.array(TaxonIdSchema).check(z.minLength(1)),
  terms: z.array(TermSchema).check(z.minLength(1)),
  note: z.optional(z.string()),
});
export type TradeTerm = z.infer<typeof TradeTermSchema>;

export const DictionarySchema = z.object({
  /** Where the taxa came from: the bundled list, or an imported checklist merged into it. */
  source: z.enum(['bundled', 'cites-checklist', 'speciesplus']),
  /** The date the listings reflect (ISO date). */
  listingsAsOf: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  taxa: z.array(TaxonSchema),
  tradeTerms: z.array(TradeTermSchema),
  /** Phrases that cancel any match they overlap ("faux fur", "imitation ivory"). */
  globalExclusions: z._default(z.array(TermSchema), []),
});
export type Dictionary = z.infer<typeof DictionarySchema>;
export type DictionaryInput = z.input<typeof DictionarySchema>;
