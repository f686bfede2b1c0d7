import { z } from 'zod';
import { chunkKeys, type DictionaryArea } from './chunked';
import { ActiveStatusSchema } from './status';
import { DICTIONARY_META_KEY, prefixes } from './open-pack';
import type { TabPack } from '@/lib/matching/pack/tab-pack';
import { TabPackSchema } from '@/lib/matching/pack/tab-pack-schema';

export { DICTIONARY_META_KEY, openActivePack, prefixes } from './open-pack';

export const MetaSchema = ActiveStatusSchema.extend({
  generation: z.string().regex(/^[a-z0-9]+$/),
  fingerprint: z.string(),
  /** Fingerprint of the bundled list this one was built from; a change means re-merge. */
  bundledFingerprint: z.string(),
  /** Fingerprint of the custom terms compiled in (lib/dictionary/custom-terms.ts); '' for none. */
  customTermsFingerprint: z.string().default(''),
  /** Layout of the compiled pieces; 0 is the plain JSON of earlier builds, re-packed at startup. */
  packVersion: z.number().int().nonnegative().default(0),
  compiledChunks: z.number().int().positive(),
  sourceChunks: z.number().int().nonnegative(),
  /**
   * Where an import's own pieces are: the pieces the options page staged, kept where they are rather than written
   * again; absent in lists stored before, whose pieces are under the generation's `source` prefix.
   */
  sourcePrefix: z
    .string()
    .regex(/^dict:[a-z0-9]+(:[a-z0-9]+)*$/)
    .optional(),
});
export type Meta = z.infer<typeof MetaSchema>;

/** The prefix of the imported list's own pieces. */
export const sourcePrefixOf = (meta: Meta): string => meta.sourcePrefix ?? prefixes(meta.generation).source;

/** Every key a generation uses: its pack and the imported list's pieces. */
export const generationKeys = (meta: Meta): string[] => [
  ...chunkKeys(prefixes(meta.generation).compiled, meta.compiledChunks),
  ...chunkKeys(sourcePrefixOf(meta), meta.sourceChunks),
];

export async function readMeta(area: DictionaryArea): Promise<Meta | undefined> {
  const parsed = MetaSchema.safeParse((await area.get(DICTIONARY_META_KEY))[DICTIONARY_META_KEY]);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Stores a tab pack under `prefix:0…n` (validated first: storage is a boundary).
 * @example const { chunks, chars } = await writePack(area, 'dict:k3x:compiled', packDictionary(compiled));
 */
export async function writePack(
  area: DictionaryArea,
  prefix: string,
  pack: TabPack,
): Promise<{ chunks: number; chars: number }> {
  const { head, parts } = TabPackSchema.parse(pack);
  const keys = chunkKeys(prefix, parts.length + 1);
  await area.set(Object.fromEntries(keys.map((key, i) => [key, i === 0 ? head : parts[i - 1]])));
  const chars = JSON.stringify(head).length + parts.reduce((sum, part) => sum + JSON.stringify(part).length, 0);
  return { chunks: keys.length, chars };
}
