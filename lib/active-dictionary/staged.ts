import { activateImported, type DictionaryArea } from './active';
import { chunkKeys, readChunked } from './chunked';
import { readMeta } from './layout';
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
 * Merges, compiles and activates a staged import (background side). Its pieces become the new generation's copy of
 * the imported list, so 12 million characters are not written a second time; they are removed if it fails. The staged
 * dictionary is parsed again: storage is a boundary.
 * @example 'dictionary/activateStaged': (staged) => activateStaged(browser.storage.local, staged)
 */
export async function activateStaged(area: DictionaryArea, staged: StagedImport): Promise<ActiveStatus> {
  const prefix = stagedPrefix(staged.id);
  try {
    const parsed = DictionarySchema.safeParse(await readChunked(area, prefix, staged.chunks));
    if (!parsed.success || parsed.data.source === 'bundled')
      throw new Error('The staged import is missing or damaged; import the file again.');
    return await activateImported(area, parsed.data, staged.fileName, { prefix, chunks: staged.chunks });
  } catch (error) {
    await removeUnusedPieces(area, prefix, staged.chunks);
    throw error;
  }
}

/** Cleans up after a failed activation without hiding why it failed: a failing cleanup leaves only orphan pieces. */
async function removeUnusedPieces(area: DictionaryArea, prefix: string, chunks: number): Promise<void> {
  try {
    // Unless the list became active after all (only dropping the old generation failed).
    if ((await readMeta(area))?.sourcePrefix !== prefix) await area.remove(chunkKeys(prefix, chunks));
  } catch {
    // The activation's own error is the one the researcher needs to see.
  }
}
