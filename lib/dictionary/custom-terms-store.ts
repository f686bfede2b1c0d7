import { z } from 'zod';
import {
  AppendixSchema,
  EuAnnexSchema,
  LangSchema,
  MatchModeSchema,
  TermSchema,
  TradeGroupSchema,
} from '@/lib/dictionary/schema';
import type { KeyValueArea } from '@/lib/settings/store';
import { CUSTOM_TERMS_KEY } from './custom-terms-key';

/**
 * Terms a researcher adds to the active dictionary from the options page
 * (a local code word, a name the bundled list lacks). Kept in storage.local
 * under `customTerms`, apart from the dictionary, so they survive importing
 * another checklist or reverting to the bundled list; the background merges
 * them in whenever it compiles (lib/dictionary/custom-terms.ts).
 */
export { CUSTOM_TERMS_KEY };

const isoUtc = z.iso.datetime({ offset: false });
const text = TermSchema.shape.text;

/** The term names a taxon: its scientific name, and the listing to use when the list does not know it. */
export const CustomTaxonTargetSchema = z.object({
  kind: z.literal('taxon'),
  scientificName: text,
  appendix: AppendixSchema,
  euAnnex: EuAnnexSchema,
  group: TradeGroupSchema,
});

/** The term is a product word or a code word, pointing at the taxa it implies by scientific name. */
export const CustomTradeTargetSchema = z.object({
  kind: z.enum(['trade', 'code']),
  taxa: z.array(text).min(1),
});

export const CustomTermSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+$/, 'lower-case letters and digits'),
  text,
  lang: LangSchema,
  match: z._default(MatchModeSchema, 'word'),
  /** Phrases that cancel a match they overlap ("white gold jewellery"). */
  exclude: z.array(text).default([]),
  target: z.discriminatedUnion('kind', [CustomTaxonTargetSchema, CustomTradeTargetSchema]),
  createdAt: isoUtc,
  /** A restore into a profile holding the same term keeps the newer one. */
  updatedAt: isoUtc,
});
export type CustomTerm = z.infer<typeof CustomTermSchema>;
export type CustomTermInput = z.input<typeof CustomTermSchema>;

export const CustomTermsSchema = z.array(CustomTermSchema);

/**
 * The stored custom terms; a damaged list reads as none rather than breaking every page.
 * @example const terms = await readCustomTerms(browser.storage.local);
 */
export async function readCustomTerms(area: Pick<KeyValueArea, 'get'>): Promise<CustomTerm[]> {
  const parsed = CustomTermsSchema.safeParse((await area.get(CUSTOM_TERMS_KEY))[CUSTOM_TERMS_KEY] ?? []);
  return parsed.success ? parsed.data : [];
}

/**
 * Stores the list (validated first: storage is a boundary). The background
 * recompiles only when asked ('dictionary/applyCustomTerms') or at startup.
 * @example await saveCustomTerms(browser.storage.local, [...terms, added]);
 */
export async function saveCustomTerms(area: KeyValueArea, terms: readonly CustomTermInput[]): Promise<CustomTerm[]> {
  const parsed = CustomTermsSchema.parse(terms);
  await area.set({ [CUSTOM_TERMS_KEY]: parsed });
  return parsed;
}

/**
 * A fresh id for a new term: time then randomness, so ids sort by creation and never clash across machines.
 * @example newCustomTermId() // 'm8x2k1q4f9a2c7'
 */
export function newCustomTermId(now: Date = new Date()): string {
  return `${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
}
