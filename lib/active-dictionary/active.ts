import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { customTermsFingerprint, withCustomTerms } from '@/lib/dictionary/custom-terms';
import { readChunked, writeChunked, type DictionaryArea } from './chunked';
import {
  generationKeys,
  openActivePack,
  prefixes,
  readMeta,
  sourcePrefixOf,
  writePack,
  DICTIONARY_META_KEY,
  MetaSchema,
  type Meta,
} from './layout';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { DictionarySchema, type Dictionary } from '@/lib/dictionary/schema';
import { type ActiveStatus } from './status';
import { yieldToEventLoop } from '@/lib/scheduling/yield';
import { compileDictionary, type CompiledDictionary } from '@/lib/matching/compile';
import { packDictionary } from '@/lib/matching/pack/pack';
import { UNPACED } from '@/lib/scheduling/pace';
import { TAB_PACK_VERSION } from '@/lib/matching/pack/tab-pack';
import { unpackDictionary } from '@/lib/matching/pack/unpack';
import { loadPackedMatcher } from '@/lib/matching/pack/load-matcher';
import { readCustomTerms } from '@/lib/dictionary/custom-terms-store';

export type { DictionaryArea } from './chunked';
export type { ActiveStatus } from './status';
export { DICTIONARY_META_KEY } from './layout';

function countsOf(dictionary: Dictionary): ActiveStatus['counts'] {
  const sum = (f: (t: Dictionary['taxa'][number]) => number) => dictionary.taxa.reduce((n, t) => n + f(t), 0);
  return {
    taxa: dictionary.taxa.length,
    names: sum((t) => t.names.length),
    synonyms: sum((t) => t.synonyms.length),
    tradeTerms: dictionary.tradeTerms.length,
  };
}

const statusOf = ({ source, listingsAsOf, fileName, activatedAt, counts, storedChars }: Meta): ActiveStatus => ({
  source,
  listingsAsOf,
  fileName,
  activatedAt,
  counts,
  storedChars,
});

/** Pieces of an imported list already in storage (`prefix:0…chunks-1`), which a generation can use as they are. */
export interface StoredSource {
  prefix: string;
  chunks: number;
}

interface Activation {
  dictionary: Dictionary;
  bundledFingerprint: string;
  compiled?: CompiledDictionary;
  imported?: { source: Dictionary; fileName?: string; stored?: StoredSource };
}

const queues = new WeakMap<DictionaryArea, Promise<unknown>>();

/**
 * Runs changes of the active list one after another: two at once would each
 * read the same meta, drop the same old generation and orphan one of theirs,
 * or compile custom terms into a list an import has just replaced.
 */
function serially<T>(area: DictionaryArea, job: () => Promise<T>): Promise<T> {
  const run = (queues.get(area) ?? Promise.resolve()).catch(() => undefined).then(job);
  queues.set(area, run);
  return run;
}

/**
 * Writes a new generation with the researcher's custom terms merged in (every
 * path, so an import or a revert keeps them), points the meta at it, then drops the old one.
 */
async function activate(
  area: DictionaryArea,
  { dictionary: list, bundledFingerprint, compiled, imported }: Activation,
): Promise<ActiveStatus> {
  const previous = await readMeta(area);
  const custom = await readCustomTerms(area);
  const dictionary = withCustomTerms(list, custom);
  const generation = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const keys = prefixes(generation);
  // Merging, compiling and serialising each hold the thread for a while; the options page must stay responsive between
  // them.
  await yieldToEventLoop();
  const ready = compiled && custom.length === 0 ? compiled : compileDictionary(dictionary);
  await yieldToEventLoop();
  const pack = packDictionary(ready);
  await yieldToEventLoop();
  const written = await writePack(area, keys.compiled, pack);
  // The import's pieces are written once: a list the page staged, or one kept by the previous generation, stays put.
  const source: StoredSource | undefined =
    imported &&
    (imported.stored ?? { prefix: keys.source, ...(await writeChunked(area, keys.source, imported.source)) });
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
    customTermsFingerprint: customTermsFingerprint(custom),
    packVersion: TAB_PACK_VERSION,
    compiledChunks: written.chunks,
    sourceChunks: source?.chunks ?? 0,
    sourcePrefix: source?.prefix,
  };
  await area.set({ [DICTIONARY_META_KEY]: MetaSchema.parse(meta) });
  if (previous) {
    const kept = new Set(generationKeys(meta));
    await area.remove(generationKeys(previous).filter((key) => !kept.has(key)));
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
 * install and startup, and when a tab finds none (tab-matcher.ts). Nothing
 * stored (or damaged) stores the bundled list; a bundled list that changed
 * since (or a list stored in an older layout) is re-compiled, or re-merged
 * into the imported checklist kept in storage.
 * @example await ensureActiveDictionary(browser.storage.local);
 */
export function ensureActiveDictionary(area: DictionaryArea): Promise<ActiveStatus> {
  // Tabs opened right after install all ask at once: they share one run, which
  // also keeps two runs from each writing a generation and orphaning one.
  let running = ensuring.get(area);
  if (!running) {
    running = serially(area, () => ensureOnce(area)).finally(() => ensuring.delete(area));
    ensuring.set(area, running);
  }
  return running;
}

const ensuring = new WeakMap<DictionaryArea, Promise<ActiveStatus>>();

async function ensureOnce(area: DictionaryArea): Promise<ActiveStatus> {
  const meta = await readMeta(area);
  const current = bundled();
  const customTerms = customTermsFingerprint(await readCustomTerms(area));
  const upToDate =
    meta &&
    meta.bundledFingerprint === current.bundledFingerprint &&
    meta.customTermsFingerprint === customTerms &&
    meta.packVersion === TAB_PACK_VERSION;
  if (upToDate && (await packDecodes(area))) return statusOf(meta);
  return reactivate(area, meta);
}

/** Compiles the active list again: the imported checklist kept in storage, else the bundled list. */
async function reactivate(area: DictionaryArea, meta: Meta | undefined): Promise<ActiveStatus> {
  const importedSource = meta && meta.sourceChunks > 0 ? await readImportedSource(area, meta) : undefined;
  if (meta && importedSource) {
    const stored = { prefix: sourcePrefixOf(meta), chunks: meta.sourceChunks };
    return activate(area, importedActivation(importedSource, meta.fileName, stored));
  }
  return activate(area, bundled());
}

/**
 * Compiles the active list again with the custom terms now in storage; the
 * options page asks for it after saving them ('dictionary/applyCustomTerms').
 * @example await saveCustomTerms(area, terms); await applyCustomTerms(area);
 */
export function applyCustomTerms(area: DictionaryArea): Promise<ActiveStatus> {
  return serially(area, async () => reactivate(area, await readMeta(area)));
}

/**
 * Whether the stored tab pack decodes, both as tabs read it (the index) and as the background does: a tab cannot
 * use a damaged one, and has no list of its own to fall back on.
 */
async function packDecodes(area: DictionaryArea): Promise<boolean> {
  const pack = await openActivePack(area);
  if (pack === undefined) return false;
  const decodes = (decoding: Promise<unknown>) =>
    decoding.then(
      () => true,
      () => false,
    );
  return (
    (await decodes(unpackDictionary(pack.head, pack.readPart, UNPACED))) &&
    (await decodes(loadPackedMatcher(pack.head, pack.readPart)))
  );
}

async function readImportedSource(area: DictionaryArea, meta: Meta): Promise<Dictionary | undefined> {
  const parsed = DictionarySchema.safeParse(await readChunked(area, sourcePrefixOf(meta), meta.sourceChunks));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Merges an imported checklist into the bundled list, compiles it and makes it active. `stored`: the list's JSON
 * pieces already in storage (staged by the options page), which the new generation keeps instead of writing them again.
 * @example const status = await activateImported(browser.storage.local, result.dictionary, file.name);
 */
export function activateImported(
  area: DictionaryArea,
  imported: Dictionary,
  fileName?: string,
  stored?: StoredSource,
): Promise<ActiveStatus> {
  return serially(area, () => activate(area, importedActivation(imported, fileName, stored)));
}

function importedActivation(imported: Dictionary, fileName?: string, stored?: StoredSource): Activation {
  const { dictionary: base, bundledFingerprint } = bundled();
  return {
    dictionary: mergeWithBundled(base, imported),
    bundledFingerprint,
    imported: { source: imported, fileName, stored },
  };
}

/**
 * Goes back to the bundled list, dropping the imported one.
 * @example await revertToBundled(browser.storage.local);
 */
export function revertToBundled(area: DictionaryArea): Promise<ActiveStatus> {
  return serially(area, () => activate(area, bundled()));
}

/**
 * Which list is active, without changing anything (the bundled one when storage holds none).
 * @example const { source, listingsAsOf } = await readActiveStatus(browser.storage.local);
 */
export async function readActiveStatus(area: DictionaryArea): Promise<ActiveStatus> {
  const meta = await readMeta(area);
  if (meta) return statusOf(meta);
  const { dictionary, compiled } = bundled();
  return {
    source: 'bundled',
    listingsAsOf: dictionary.listingsAsOf,
    activatedAt: '',
    counts: countsOf(dictionary),
    storedChars: JSON.stringify(packDictionary(compiled)).length,
  };
}

/**
 * The whole compiled active dictionary at once, for code off the page (the
 * options page, tests). Falls back to the bundled list when storage holds none or a damaged one.
 * @example const { source, entries } = await readActiveDictionary(browser.storage.local);
 */
export async function readActiveDictionary(area: DictionaryArea): Promise<CompiledDictionary> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const pack = await openActivePack(area);
    if (!pack) break;
    const compiled = await unpackDictionary(pack.head, pack.readPart, UNPACED).catch(() => undefined);
    if (compiled) return compiled;
  }
  return bundled().compiled;
}
