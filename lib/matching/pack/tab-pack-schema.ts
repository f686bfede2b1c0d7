import { z } from 'zod';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { TAB_PACK_VERSION, type TabPack } from './tab-pack';
import { MatchRulesSchema } from './compiled-schema';

const CodeTable = z.array(z.string()).max(64);

/**
 * A tab pack, checked by the background before it is stored. Light on
 * purpose: the parts are only checked to be strings (their records are
 * checked against the head's hashes and counts when a tab decodes them), so
 * tabs need not run a schema over megabytes.
 */
export const TabPackSchema = z
  .object({
    head: z.object({
      formatVersion: z.literal(TAB_PACK_VERSION),
      fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
      source: DictionarySchema.shape.source,
      listingsAsOf: DictionarySchema.shape.listingsAsOf,
      codes: z.object({
        kind: CodeTable,
        appendix: CodeTable,
        euAnnex: CodeTable,
        group: CodeTable,
        category: CodeTable,
        lang: CodeTable,
        mode: CodeTable,
      }),
      notes: z.array(z.string()),
      paradigms: z.array(z.array(z.string())).min(1),
      rules: MatchRulesSchema,
      index: z.array(z.number().int().nonnegative()),
      everyday: z.array(z.tuple([z.number().int().nonnegative(), z.string(), z.string()])),
      parts: z.array(
        z.object({
          column: z.enum(['entries', 'terms', 'patterns', 'index', 'lists']),
          records: z.number().int().positive(),
          hash: z.string().regex(/^[0-9a-f]{16}$/),
        }),
      ),
    }),
    parts: z.array(z.string()),
  })
  .refine((pack) => pack.parts.length === pack.head.parts.length, 'one text per part') satisfies z.ZodType<TabPack>;
