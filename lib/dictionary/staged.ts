import { activateImported, type DictionaryArea } from '@/lib/dictionary/active';
import { chunkKeys, readChunked, writeChunked } from '@/lib/dictionary/chunked';
import { DictionarySchema, type Dictionary } from '@/lib/dictionary/schema';
import type { ActiveStatus, StagedImport } from '@/lib/dictionary/status';

const stagedPrefix = (id: string) => `dict:staged:${id}`;

/**
 * Leaves a parsed import in storage for the background (options page side).
 * @example const staged = await stageImport(browser.storage.local, result.dictionary, file.name);
 */
export async function stageImport(area: DictionaryArea, imported: Dictionary, fileName?: string): Promise<StagedImport> {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const { chunks } = await writeChunked(area, stagedPrefix(id), imported);
  return { id, chunks, fileName };
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
    if (!parsed.success || parsed.data.source === 'bundled') throw new Error('The staged import is missing or damaged; import the file again.');
    return await activateImported(area, parsed.data, staged.fileName);
  } finally {
    await area.remove(keys);
  }
}
