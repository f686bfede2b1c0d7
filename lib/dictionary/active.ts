import { z } from 'zod';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { chunkKeys, readChunked, writeChunked, type DictionaryArea } from '@/lib/dictionary/chunked';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { DictionarySchema, type Dictionary } from '@/lib/dictionary/schema';
import { ActiveStatusSchema, type ActiveStatus } from '@/lib/dictionary/status';
import { yieldToEventLoop } from '@/lib/dictionary/yield';
import { compileDictionary, type CompiledDictionary } from '@/lib/matching/compile';
import { COMPILED_FORMAT_VERSION } from '@/lib/matching/types';

export type { DictionaryArea } from '@/lib/dictionary/chunked';
export type { ActiveStatus } from '@/lib/dictionary/status';

/**
 * The active dictionary lives in storage.local: `dict:meta` names a generation,
 * whose pieces are `dict:<generation>:compiled:<i>` (what content scripts match
 * with) and, for an import, `dict:<generation>:source:<i>` (the file's own taxa,
 * kept so a newer bundled list can be merged with them again). A new generation
 * is written completely before the meta points at it, so readers never see half.
 */
export const DICTIONARY_META_KEY = 'dict:meta';

const MetaSchema = ActiveStatusSchema.extend({
  generation: z.string().regex(/^[a-z0-9]+$/),
  fingerprint: z.string(),
  /** Fingerprint of the bundled list this one was built from; a change means re-merge. */
  bundledFingerprint: z.string(),
  compiledChunks: z.number().int().positive(),
  sourceChunks: z.number().int().nonnegative(),
});
type Meta = z.infer<typeof MetaSchema>;

const prefixes = (generation: string) => ({ compiled: `dict:${generation}:compiled`, source: `dict:${generation}:source` });

async function readMeta(area: DictionaryArea): Promise<Meta | undefined> {
  const parsed = MetaSchema.safeParse((await area.get(DICTIONARY_META_KEY))[DICTIONARY_META_KEY]);
  return parsed.success ? parsed.data : undefined;
}

function countsOf(dictionary: Dictionary): ActiveStatus['counts'] {
  const sum = (f: (t: Dictionary['taxa'][number]) => number) => dictionary.taxa.reduce((n, t) => n + f(t), 0);
  return { taxa: dictionary.taxa.length, names: sum((t) => t.names.length), synonyms: sum((t) => t.synonyms.length), tradeTerms: dictionary.tradeTerms.length };
}

const statusOf = ({ source, listingsAsOf, fileName, activatedAt, counts, storedChars }: Meta): ActiveStatus =>
  ({ source, listingsAsOf, fileName, activatedAt, counts, storedChars });

interface Activation {
  dictionary: Dictionary;
  bundledFingerprint: string;
  compiled?: CompiledDictionary;
  imported?: { source: Dictionary; fileName?: string };
}

/** Writes a new generation, points the meta at it, then drops the old one. */
async function activate(area: DictionaryArea, { dictionary, bundledFingerprint, compiled, imported }: Activation): Promise<ActiveStatus> {
  const previous = await readMeta(area);
  const generation = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const keys = prefixes(generation);
  // Merging, compiling and serialising each hold the thread for a while; the options page must stay responsive between them.
  await yieldToEventLoop();
  const ready = compiled ?? compileDictionary(dictionary);
  await yieldToEventLoop();
  const written = await writeChunked(area, keys.compiled, ready);
  const source = imported ? await writeChunked(area, keys.source, imported.source) : { chunks: 0 };
  const meta: Meta = {
    source: dictionary.source,
    listingsAsOf: dictionary.listingsAsOf,
    fileName: imported?.fileName,
    activatedAt: new Date().toISOString(),
    counts: countsOf(dictionary),
    storedChars: written.chars,
    generation,
    fingerprint: ready.fingerprint,
    bundledFingerprint,
    compiledChunks: written.chunks,
    sourceChunks: source.chunks,
  };
  await area.set({ [DICTIONARY_META_KEY]: MetaSchema.parse(meta) });
  if (previous) {
    const old = prefixes(previous.generation);
    await area.remove([...chunkKeys(old.compiled, previous.compiledChunks), ...chunkKeys(old.source, previous.sourceChunks)]);
  }
  return statusOf(meta);
}

function bundled() {
  const dictionary = loadBundledDictionary();
  const compiled = compileDictionary(dictionary);
  return { dictionary, compiled, bundledFingerprint: compiled.fingerprint };
}

/**
 * Makes sure storage holds a current dictionary; the background calls it on
 * install and startup. Nothing stored (or damaged) stores the bundled list; a
 * bundled list that changed since is re-compiled, or re-merged into the
 * imported checklist kept in storage.
 * @example await ensureActiveDictionary(browser.storage.local);
 */
export async function ensureActiveDictionary(area: DictionaryArea): Promise<ActiveStatus> {
  const meta = await readMeta(area);
  const current = bundled();
  if (meta && meta.bundledFingerprint === current.bundledFingerprint) return statusOf(meta);
  const importedSource = meta && meta.sourceChunks > 0 ? await readImportedSource(area, meta) : undefined;
  if (importedSource) return activateImported(area, importedSource, meta?.fileName);
  return activate(area, current);
}

async function readImportedSource(area: DictionaryArea, meta: Meta): Promise<Dictionary | undefined> {
  const parsed = DictionarySchema.safeParse(await readChunked(area, prefixes(meta.generation).source, meta.sourceChunks));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Merges an imported checklist into the bundled list, compiles it and makes it active.
 * @example const status = await activateImported(browser.storage.local, result.dictionary, file.name);
 */
export function activateImported(area: DictionaryArea, imported: Dictionary, fileName?: string): Promise<ActiveStatus> {
  const { dictionary: base, bundledFingerprint } = bundled();
  return activate(area, { dictionary: mergeWithBundled(base, imported), bundledFingerprint, imported: { source: imported, fileName } });
}

/**
 * Goes back to the bundled list, dropping the imported one.
 * @example await revertToBundled(browser.storage.local);
 */
export function revertToBundled(area: DictionaryArea): Promise<ActiveStatus> {
  return activate(area, bundled());
}

/**
 * Which list is active, without changing anything (the bundled one when storage holds none).
 * @example const { source, listingsAsOf } = await readActiveStatus(browser.storage.local);
 */
export async function readActiveStatus(area: DictionaryArea): Promise<ActiveStatus> {
  const meta = await readMeta(area);
  if (meta) return statusOf(meta);
  const { dictionary, compiled } = bundled();
  return { source: 'bundled', listingsAsOf: dictionary.listingsAsOf, activatedAt: '', counts: countsOf(dictionary), storedChars: JSON.stringify(compiled).length };
}

/**
 * The compiled active dictionary for content scripts. Falls back to compiling
 * the bundled list when storage is empty or damaged, so a page is never left without one.
 * @example const matcher = createMatcher(await readActiveDictionary(browser.storage.local));
 */
export async function readActiveDictionary(area: DictionaryArea): Promise<CompiledDictionary> {
  // Two tries: an import finishing between reading the meta and its pieces removes the old pieces.
  for (let attempt = 0; attempt < 2; attempt++) {
    const meta = await readMeta(area);
    if (!meta) break;
    const compiled = (await readChunked(area, prefixes(meta.generation).compiled, meta.compiledChunks)) as CompiledDictionary | undefined;
    // A list compiled by an older Spoor has another format; the background re-compiles it at startup.
    if (compiled?.fingerprint === meta.fingerprint && compiled.formatVersion === COMPILED_FORMAT_VERSION) return compiled;
  }
  return bundled().compiled;
}
