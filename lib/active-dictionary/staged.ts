import { activateImported, type DictionaryArea } from './active';
import { chunkKeys, readChunked } from './chunked';
import { toStagedChunks } from '@/lib/dictionary/checklist/checked';
import { DictionarySchema, type Dictionary } from '@/lib/dictionary/schema';
import type { ActiveStatus, StagedImport } from './status';
import { yieldToEventLoop } from '@/lib/scheduling/yield';

const stagedPrefix = (id: string) => `dict:staged:${id}`;

/**
 * Leaves an import's JSON pieces in storage for the background (options page
 * side), one write per piece with a pause between: one write of the whole
 * 38,000-taxa list would hold the page's thread while the browser copies it.
 * Pieces already written are removed if a write fails.
 * @example const staged = await storeStaged(browser.storage.local, checked.chunks, file.name);
 */
export async function storeStaged(
  area: DictionaryArea,
  chunks: readonly string[],
  fileName?: string,
): Promise<StagedImport> {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const keys = chunkKeys(stagedPrefix(id), chunks.length);
  try {
    for (const [i, key] of keys.entries()) {
      await area.set({ [key]: chunks[i] });
      await yieldToEventLoop();
    }
  } catch (error) {
    await area.remove(keys).catch(() => undefined);
    throw error;
  }
  return { id, chunks: chunks.length, fileName };
}

/**
 * Stages a dictionary already in memory (a restored backup).
 * @example const staged = await stageImport(browser.storage.local, dictionary, 'backup.zip');
 */
export function stageImport(area: DictionaryArea, imported: Dictionary, fileName?: string): Promise<StagedImport> {
  return storeStaged(area, toStagedChunks(imported), fileName);
}

/**
 * Merges, compiles and activates a staged import, then removes it (background side).
 * The staged dictionary is parsed again: storage is a boundary.
 * @example 'dictionary/activateStaged': (staged) => activateStaged(browser.storage.local, staged)
 */
export async function activateStaged(area: DictionaryArea, staged: StagedImport): Promise<ActiveStatus> {
  const keys = chunkKeys(stagedPrefix(staged.id), staged.chunks);
  try {
    const parsed = DictionarySchema.safeParse(await readChunked(area, stagedPrefix(staged.id), staged.chunks));
    if (!parsed.success || parsed.data.source === 'bundled')
      throw new Error('The staged import is missing or damaged; import the file again.');
    return await activateImported(area, parsed.data, staged.fileName);
  } finally {
    await area.remove(keys);
  }
}
