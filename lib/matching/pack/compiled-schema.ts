import { z } from 'zod';
import {
  AppendixSchema,
  DictionarySchema,
  EuAnnexSchema,
  LangSchema,
  MatchModeSchema,
  TradeGroupSchema,
} from '@/lib/dictionary/schema';
import { COMPILED_FORMAT_VERSION, type CompiledDictionary, type MatchRules } from '@/lib/matching/types';

/** CompiledDictionary.rules: folded cue lists and look-alike pairs (see compile-rules.ts). */
export const MatchRulesSchema = z.object({
  wildlifeCues: z.record(z.string(), z.string()),
  senseCues: z.record(z.string(), z.string()),
  ambiguous: z.array(
    z.object({
      terms: z.array(z.string()),
      competes: z.array(z.string()),
      rule: z.enum(['support', 'veto']),
      wildlife: z.string(),
      ownCuesOnly: z.literal(true).optional(),
      furred: z.literal(true).optional(),
      carved: z.literal(true).optional(),
      carvedParts: z.string().optional(),
    }),
  ),
  stopWords: z.record(z.string(), z.string()),
  exemptGroupWords: z.string(),
  petGroupWords: z.string(),
  notListed: z.array(
    z.object({
      scientificName: z.string(),
      domesticFormOf: z.string().optional(),
      names: z.array(z.string()),
      quietsGroup: z.literal(true).optional(),
    }),
  ),
  confusables: z.object({ latin: z.string(), cyrillic: z.string(), greek: z.string() }),
}) satisfies z.ZodType<MatchRules>;

/**
 * The stored compiled dictionary, checked at the storage boundary. A stored
 * form of another format version fails here and is recompiled.
 */
export const CompiledDictionarySchema = z.object({
  formatVersion: z.literal(COMPILED_FORMAT_VERSION),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  source: DictionarySchema.shape.source,
  listingsAsOf: DictionarySchema.shape.listingsAsOf,
  entries: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['taxon', 'trade', 'code']),
      label: z.string(),
      appendix: AppendixSchema,
      appendixNote: z.string().optional(),
      euAnnex: EuAnnexSchema,
      group: z.optional(TradeGroupSchema),
      category: z.enum(['app-i', 'app-ii', 'app-iii', 'trade']),
      taxa: z.array(z.string()),
    }),
  ),
  terms: z.array(z.object({ text: z.string(), lang: LangSchema, entry: z.number().int().nonnegative() })),
  paradigms: z.array(z.array(z.string())),
  patterns: z.array(
    z.tuple([
      z.array(z.string()),
      z.array(z.string()),
      z.array(z.number().int().nonnegative()),
      MatchModeSchema,
      z.array(z.number().int().nonnegative()),
      z.array(z.number().int()),
    ]),
  ),
  rules: MatchRulesSchema,
  everyday: z.array(z.tuple([z.number().int().nonnegative(), z.string(), z.string()])),
}) satisfies z.ZodType<CompiledDictionary>;
