import { chunkKeys, type DictionaryArea } from './chunked';
import { TAB_PACK_VERSION, type TabPackHead } from '@/lib/matching/pack/tab-pack';
import type { PartReader } from '@/lib/matching/pack/unpack';

/**
 * Where the active dictionary lives in storage.local: `dict:meta` names a
 * generation, whose pieces are `dict:<generation>:compiled:<i>` (the tab pack
 * every content script loads: the head at 0, its parts after it) and, for an
 * import, the file's own taxa, kept so a newer bundled list can be merged with
 * them again: the pieces the options page staged (`dict:staged:<id>:<i>`,
 * named by the meta's `sourcePrefix`), or `dict:<generation>:source:<i>` in
 * lists stored before. A new generation is written completely before the meta
 * points at it, so readers never see half.
 */
export const DICTIONARY_META_KEY = 'dict:meta';

/** The prefix of a generation's tab pack pieces: apart from `prefixes`, so the content script holds only this one. */
export const compiledPrefix = (generation: string) => `dict:${generation}:compiled`;

export const prefixes = (generation: string) => ({
  compiled: compiledPrefix(generation),
  source: `dict:${generation}:source`,
});

/** What a tab needs of the meta (layout.ts's MetaSchema, which the background writes). */
interface PackPointer {
  generation: string;
  fingerprint: string;
  compiledChunks: number;
}

/** Checked by hand, not by MetaSchema: every frame of every page runs this, and zod would cost each one its load. */
function currentPackPointer(meta: unknown): PackPointer | undefined {
  // Object(): anything not an object (nothing stored, a damaged value) has none of these and is no pointer.
  const { generation, fingerprint, compiledChunks, packVersion } = Object(meta) as Record<string, unknown>;
  // The fingerprint is checked by the head's, which must equal it (openActivePack).
  if (packVersion !== TAB_PACK_VERSION || typeof generation !== 'string' || !/^[a-z0-9]+$/.test(generation))
    return undefined;
  if (!(Number.isInteger(compiledChunks) && (compiledChunks as number) > 0)) return undefined;
  return { generation, fingerprint: fingerprint as string, compiledChunks: compiledChunks as number };
}

/**
 * The active generation's pack head and a reader of its parts (one storage
 * read each), or undefined when storage holds no current pack. Only the
 * format and fingerprint are checked here; the parts are checked as they decode.
 */
export async function openActivePack(
  area: DictionaryArea,
): Promise<{ head: TabPackHead; readPart: PartReader } | undefined> {
  const meta = currentPackPointer((await area.get(DICTIONARY_META_KEY))[DICTIONARY_META_KEY]);
  if (!meta) return undefined;
  const [headKey, ...partKeys] = chunkKeys(compiledPrefix(meta.generation), meta.compiledChunks);
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
