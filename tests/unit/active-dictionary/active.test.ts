import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  activateImported,
  DICTIONARY_META_KEY,
  ensureActiveDictionary,
  readActiveDictionary,
  readActiveStatus,
  revertToBundled,
} from '@/lib/active-dictionary/active';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { readChunked, writeChunked } from '@/lib/active-dictionary/chunked';
import { activateStaged, stageImport } from '@/lib/active-dictionary/staged';
import type { Dictionary } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { openActivePack } from '@/lib/active-dictionary/open-pack';
import { loadPackedMatcher } from '@/lib/matching/pack/load-matcher';
import { createMatcher } from '@/lib/matching/matcher';
import { TAB_PACK_VERSION } from '@/lib/matching/pack/tab-pack';
import { MemoryArea } from '../../fixtures/checklist/memory-area';
import type { Meta } from '@/lib/active-dictionary/layout';

// Each test compiles and stores the whole bundled list: 2–8 s on a quiet machine, past 60 s at load 20–25.
// The timeouts follow the work.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const bundledCompiled = compileDictionary(loadBundledDictionary());
let imported: Dictionary;
beforeAll(async () => {
  const csv = readFileSync(resolve(import.meta.dirname, '../../fixtures/checklist/index-of-cites-species.csv'));
  imported = (await importChecklistFile(new File([csv], 'index.csv'), { listingsAsOf: '2017-04-21' })).dictionary;
});

const generationKeys = (area: MemoryArea, part: 'compiled' | 'source') =>
  area.keys().filter((k) => k.includes(`:${part}:`));

describe('ensureActiveDictionary', () => {
  it('stores the compiled bundled list in pieces when storage is empty, and reads it back', async () => {
    const area = new MemoryArea();
    const status = await ensureActiveDictionary(area);
    expect(status).toMatchObject({ source: 'bundled', listingsAsOf: bundledCompiled.listingsAsOf });
    expect(generationKeys(area, 'compiled').length).toBeGreaterThan(0);
    expect(generationKeys(area, 'source')).toEqual([]);
    expect(await readActiveDictionary(area)).toEqual(bundledCompiled);
  });

  it('leaves a current list alone', async () => {
    const area = new MemoryArea();
    await ensureActiveDictionary(area);
    const before = area.keys();
    await ensureActiveDictionary(area);
    expect(area.keys()).toEqual(before);
  });

  it('re-merges a stored import when the bundled list has changed since', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported, 'index.csv');
    const meta = (await area.get(DICTIONARY_META_KEY))[DICTIONARY_META_KEY] as Record<string, unknown>;
    await area.set({ [DICTIONARY_META_KEY]: { ...meta, bundledFingerprint: 'an-older-bundled-list' } });
    const status = await ensureActiveDictionary(area);
    expect(status).toMatchObject({ source: 'cites-checklist', fileName: 'index.csv', listingsAsOf: '2017-04-21' });
    expect((await readActiveDictionary(area)).source).toBe('cites-checklist');
  });

  it('compiles the list again when storage holds a pack of an earlier format, which tabs then load', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported, 'index.csv');
    const meta = (await area.get(DICTIONARY_META_KEY))[DICTIONARY_META_KEY] as Record<string, unknown>;
    await area.set({ [DICTIONARY_META_KEY]: { ...meta, packVersion: TAB_PACK_VERSION - 1 } });
    expect(await openActivePack(area)).toBeUndefined();
    expect(await ensureActiveDictionary(area)).toMatchObject({ source: 'cites-checklist', fileName: 'index.csv' });
    const stored = (await area.get(DICTIONARY_META_KEY))[DICTIONARY_META_KEY] as Record<string, unknown>;
    expect(stored).toMatchObject({ packVersion: TAB_PACK_VERSION });
    expect(stored.generation).not.toBe(meta.generation);
    const pack = (await openActivePack(area))!;
    const matcher = await loadPackedMatcher(pack.head, pack.readPart);
    const text = 'Psittacus erithacus und Graupapageien';
    expect(matcher.find(text)).toEqual(createMatcher(await readActiveDictionary(area)).find(text));
  });

  it.each([
    [
      'a part is damaged',
      (area: MemoryArea) => area.set({ [generationKeys(area, 'compiled').at(-1)!]: 'Loxodonta\tbroken' }),
    ],
    ['a part is missing', (area: MemoryArea) => area.remove(generationKeys(area, 'compiled').at(-1)!)],
  ])('stores the list again when %s, keeping the import', async (_, damage) => {
    const area = new MemoryArea();
    await activateImported(area, imported, 'index.csv');
    const before = await readActiveDictionary(area);
    await damage(area);
    expect(await ensureActiveDictionary(area)).toMatchObject({ source: 'cites-checklist', fileName: 'index.csv' });
    expect(await readActiveDictionary(area)).toEqual(before);
  });

  it('runs once for callers that ask at the same time (one generation, none orphaned)', async () => {
    const area = new MemoryArea();
    const [first, second] = await Promise.all([ensureActiveDictionary(area), ensureActiveDictionary(area)]);
    expect(second).toEqual(first);
    const generations = new Set(generationKeys(area, 'compiled').map((key) => key.split(':')[1]));
    expect(generations.size).toBe(1);
  });
});

describe('activateImported and revertToBundled', () => {
  it('makes the merged import active, keeps its source, and drops the previous generation', async () => {
    const area = new MemoryArea();
    await ensureActiveDictionary(area);
    const bundledKeys = generationKeys(area, 'compiled');
    const status = await activateImported(area, imported, 'index.csv');
    expect(status).toMatchObject({ source: 'cites-checklist', fileName: 'index.csv', listingsAsOf: '2017-04-21' });
    expect(status.counts.taxa).toBeGreaterThanOrEqual(imported.taxa.length);
    expect(area.keys()).not.toContain(bundledKeys[0]);
    expect(generationKeys(area, 'source').length).toBeGreaterThan(0);
    const compiled = await readActiveDictionary(area);
    expect(compiled.source).toBe('cites-checklist');
    expect(compiled.entries.some((e) => e.label === 'Loxodonta africana' && e.appendix === 'I/II')).toBe(true);
    expect(await readActiveStatus(area)).toEqual(status);
  });

  it('reverts to the bundled list and forgets the import', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported, 'index.csv');
    const status = await revertToBundled(area);
    expect(status.source).toBe('bundled');
    expect(generationKeys(area, 'source')).toEqual([]);
    expect(await readActiveDictionary(area)).toEqual(bundledCompiled);
  });
});

describe('stageImport and activateStaged', () => {
  const stagedKeys = (area: MemoryArea) => area.keys().filter((k) => k.startsWith('dict:staged:'));
  const metaOf = async (area: MemoryArea) => (await area.get(DICTIONARY_META_KEY))[DICTIONARY_META_KEY] as Meta;

  it('hands an import from the page to the background through storage, whose pieces become the kept list', async () => {
    const area = new MemoryArea();
    const staged = await stageImport(area, imported, 'index.csv');
    const pieces = stagedKeys(area);
    expect(pieces).toHaveLength(staged.chunks);
    const status = await activateStaged(area, staged);
    expect(status).toMatchObject({ source: 'cites-checklist', fileName: 'index.csv' });
    // Not written a second time under the generation: the staged pieces are the kept list.
    expect(generationKeys(area, 'source')).toEqual([]);
    expect(stagedKeys(area)).toEqual(pieces);
    expect(await metaOf(area)).toMatchObject({ sourcePrefix: `dict:staged:${staged.id}`, sourceChunks: staged.chunks });
    expect(await readChunked(area, `dict:staged:${staged.id}`, staged.chunks)).toEqual(imported);
  });

  it('keeps those pieces when the list is merged again, and drops them when another list replaces it', async () => {
    const area = new MemoryArea();
    const staged = await activateStaged(area, await stageImport(area, imported, 'index.csv')).then(() => area.keys());
    const meta = await metaOf(area);
    await area.set({ [DICTIONARY_META_KEY]: { ...meta, bundledFingerprint: 'an-older-bundled-list' } });
    expect(await ensureActiveDictionary(area)).toMatchObject({ source: 'cites-checklist', fileName: 'index.csv' });
    const merged = await metaOf(area);
    expect(merged.generation).not.toBe(meta.generation);
    expect(merged).toMatchObject({ sourcePrefix: meta.sourcePrefix, sourceChunks: meta.sourceChunks });
    expect(stagedKeys(area)).toEqual(staged.filter((k) => k.startsWith('dict:staged:')));

    const next = await stageImport(area, { ...imported, listingsAsOf: '2018-01-01' }, 'newer.csv');
    await activateStaged(area, next);
    expect(stagedKeys(area).every((k) => k.startsWith(`dict:staged:${next.id}:`))).toBe(true);
    await revertToBundled(area);
    expect(stagedKeys(area)).toEqual([]);
    expect(area.keys().filter((k) => k !== DICTIONARY_META_KEY && !k.includes(':compiled:'))).toEqual([]);
  });

  it('reads a list stored before, whose pieces are under its generation, and keeps them when merging again', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported, 'index.csv');
    const meta = await metaOf(area);
    expect(meta.sourcePrefix).toBe(`dict:${meta.generation}:source`);
    const { sourcePrefix: _, ...before } = meta;
    await area.set({ [DICTIONARY_META_KEY]: { ...before, bundledFingerprint: 'an-older-bundled-list' } });
    const sourceKeys = generationKeys(area, 'source');
    expect(await ensureActiveDictionary(area)).toMatchObject({ source: 'cites-checklist', fileName: 'index.csv' });
    expect(generationKeys(area, 'source')).toEqual(sourceKeys);
  });

  it('keeps the pieces of a list that became active when only dropping the old generation failed', async () => {
    const area = new MemoryArea();
    await ensureActiveDictionary(area);
    const staged = await stageImport(area, imported, 'index.csv');
    const remove = area.remove.bind(area);
    area.remove = async () => {
      area.remove = remove;
      throw new Error('storage is busy');
    };
    await expect(activateStaged(area, staged)).rejects.toThrow('storage is busy');
    expect(await ensureActiveDictionary(area)).toMatchObject({ source: 'cites-checklist', fileName: 'index.csv' });
    expect(stagedKeys(area)).toHaveLength(staged.chunks);
  });

  it('refuses a damaged stage and leaves the active list as it was', async () => {
    const area = new MemoryArea();
    await ensureActiveDictionary(area);
    const staged = await stageImport(area, imported);
    await area.set({ [`dict:staged:${staged.id}:0`]: '{"source":"cites' });
    await expect(activateStaged(area, staged)).rejects.toThrow('The staged import is missing or damaged');
    expect((await readActiveStatus(area)).source).toBe('bundled');
    expect(stagedKeys(area)).toEqual([]);
  });

  it('reports why the activation failed even when cleaning up after it fails too', async () => {
    const area = new MemoryArea();
    await ensureActiveDictionary(area);
    const staged = await stageImport(area, imported);
    await area.set({ [`dict:staged:${staged.id}:0`]: '{"source":"cites' });
    const get = area.get.bind(area);
    area.get = async (keys) => {
      if (keys === DICTIONARY_META_KEY) throw new Error('storage is gone');
      return get(keys);
    };
    await expect(activateStaged(area, staged)).rejects.toThrow('The staged import is missing or damaged');
  });
});

describe('readActiveDictionary', () => {
  it('falls back to the bundled list when storage is empty or a piece is damaged', async () => {
    const area = new MemoryArea();
    expect(await readActiveDictionary(area)).toEqual(bundledCompiled);
    await activateImported(area, imported);
    await area.set({ [generationKeys(area, 'compiled')[0]!]: '{"broken' });
    expect(await readActiveDictionary(area)).toEqual(bundledCompiled);
  });

  it('reports the bundled list as active before anything is stored, without storing', async () => {
    const area = new MemoryArea();
    expect(await readActiveStatus(area)).toMatchObject({ source: 'bundled', activatedAt: '' });
    expect(area.keys()).toEqual([]);
  });
});

describe('writeChunked / readChunked', () => {
  it('splits a large value into pieces and joins them back', async () => {
    const area = new MemoryArea();
    const value = { text: 'ü'.repeat(2_500_000) };
    const { chunks } = await writeChunked(area, 'dict:test:compiled', value);
    expect(chunks).toBe(3);
    expect(await readChunked(area, 'dict:test:compiled', chunks)).toEqual(value);
    expect(await readChunked(area, 'dict:test:compiled', chunks + 1)).toBeUndefined();
  });
});
