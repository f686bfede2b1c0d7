import { z } from 'zod';
import { chunkKeys, type DictionaryArea } from './chunked';
import { ActiveStatusSchema } from './status';
import { TAB_PACK_VERSION, type TabPack, type TabPackHead } from '@/lib/matching/pack/tab-pack';
import { TabPackSchema } from '@/lib/matching/pack/tab-pack-schema';
import type { PartReader } from '@/lib/matching/pack/unpack';

/**
 * Where the active dictionary lives in storage.local: `dict:meta` names a
 * generation, whose pieces are `dict:<generation>:compiled:<i>` (the tab pack
 * every content script loads: the head at 0, its parts after it) and, for an
 * import, `dict:<generation>:source:<i>` (the file's own taxa, kept so a newer
 * bundled list can be merged with them again). A new generation is written
 * completely before the meta points at it, so readers never see half.
 */
export const DICTIONARY_META_KEY = 'dict:meta';

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
});
export type Meta = z.infer<typeof MetaSchema>;

export const prefixes = (generation: string) => ({
  compiled: `dict:${generation}:compiled`,
  source: `dict:${generation}:source`,
});

/** Every key a generation wrote. */
export const generationKeys = (meta: Meta): string[] => {
  const keys = prefixes(meta.generation);
  return [...chunkKeys(keys.compiled, meta.compiledChunks), ...chunkKeys(keys.source, meta.sourceChunks)];
};

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

/**
 * The active generation's pack head and a reader of its parts (one storage
 * read each), or undefined when storage holds no current pack. Only the
 * format and fingerprint are checked here; the parts are checked as they decode.
 */
export async function openActivePack(
  area: DictionaryArea,
): Promise<{ head: TabPackHead; readPart: PartReader } | undefined> {
  const meta = await readMeta(area);
  if (!meta || meta.packVersion !== TAB_PACK_VERSION) return undefined;
  const [headKey, ...partKeys] = chunkKeys(prefixes(meta.generation).compiled, meta.compiledChunks);
  const head = (await area.get(headKey!))[headKey!] as Partial<TabPackHead> | undefined;
  if (
    head?.formatVersion !== TAB_PACK_VERSION ||
    head.fingerprint !== meta.fingerprint ||
    head.parts?.length !== partKeys.length
  )
    return undefined;
  const readPart: PartReader = async (index) => {
    const key = partKeys[index];
    return key === undefined ? undefined : (await area.get(key))[key];
  };
  return { head: head as TabPackHead, readPart };
}
