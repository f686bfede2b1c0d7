import { z } from 'zod';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { splitListsStream, TAB_PACK_VERSION, type ListsHead, type TabPack } from './tab-pack';
import { MatchRulesSchema } from './compiled-schema';

const CodeTable = z.array(z.string()).max(64);

/** What only the second stage reads (tab-pack.ts's ListsHead), at the start of the `lists` stream. */
const ListsHeadSchema = z.object({
  rules: MatchRulesSchema.omit({ confusables: true, notListed: true }),
  notes: z.array(z.string()),
  everyday: z.array(z.tuple([z.number().int().nonnegative(), z.string(), z.string()])),
}) satisfies z.ZodType<ListsHead>;

function listsHeadJson({ head, parts }: TabPack): unknown {
  const pieces = parts.filter((_, i) => head.parts[i]?.column === 'lists');
  try {
    return splitListsStream(pieces, head).listsHead;
  } catch {
    return undefined;
  }
}

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
      paradigms: z.object({ endings: z.array(z.string()).min(1), byLastChar: z.record(z.string(), z.string()) }),
      rules: MatchRulesSchema.pick({ confusables: true, notListed: true }),
      index: z.array(z.number().int().nonnegative()),
      listsHead: z.number().int().nonnegative(),
      parts: z.array(
        z.object({
          column: z.enum(['entries', 'terms', 'patterns', 'index', 'lists', 'texts']),
          records: z.number().int().positive(),
          hash: z.string().regex(/^[0-9a-f]{16}$/),
        }),
      ),
    }),
    parts: z.array(z.string()),
  })
  .refine((pack) => pack.parts.length === pack.head.parts.length, 'one text per part')
  .refine(
    (pack) => ListsHeadSchema.safeParse(listsHeadJson(pack)).success,
    "the lists stream begins with the second stage's rules, notes and everyday terms",
  ) satisfies z.ZodType<TabPack>;
