import { z } from 'zod';
import {
  AppendixSchema,
  DictionarySchema,
  EuAnnexSchema,
  LangSchema,
  MatchModeSchema,
  TradeGroupSchema,
} from '@/lib/dictionary/schema';
import { COMPILED_FORMAT_VERSION, type CompiledDictionary } from '@/lib/matching/types';

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
      group: TradeGroupSchema.optional(),
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
  everyday: z.array(z.tuple([z.number().int().nonnegative(), z.string(), z.string()])),
}) satisfies z.ZodType<CompiledDictionary>;
