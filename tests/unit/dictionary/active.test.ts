import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  activateImported,
  DICTIONARY_META_KEY,
  ensureActiveDictionary,
  loadActiveMatcher,
  readActiveDictionary,
  readActiveStatus,
  revertToBundled,
} from '@/lib/dictionary/active';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { readChunked, writeChunked } from '@/lib/dictionary/chunked';
import { activateStaged, stageImport } from '@/lib/dictionary/staged';
import type { Dictionary } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { MemoryArea } from '../../fixtures/checklist/memory-area';

const bundledCompiled = compileDictionary(loadBundledDictionary());
let imported: Dictionary;
beforeAll(async () => {
  const csv = readFileSync(resolve(import.meta.dirname, '../../fixtures/checklist/index-of-cites-species.csv'));
  imported = (await importChecklistFile(new File([csv], 'index.csv'), { listingsAsOf: '2017-04-21' })).dictionary;
});

const generationKeys = (area: MemoryArea, part: 'compiled' | 'source') => area.keys().filter((k) => k.includes(`:${part}:`));

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
  it('hands an import from the page to the background through storage, then clears the stage', async () => {
    const area = new MemoryArea();
    const staged = await stageImport(area, imported, 'index.csv');
    expect(area.keys().some((k) => k.startsWith('dict:staged:'))).toBe(true);
    const status = await activateStaged(area, staged);
    expect(status).toMatchObject({ source: 'cites-checklist', fileName: 'index.csv' });
    expect(area.keys().some((k) => k.startsWith('dict:staged:'))).toBe(false);
  });

  it('refuses a damaged stage and leaves the active list as it was', async () => {
    const area = new MemoryArea();
    await ensureActiveDictionary(area);
    const staged = await stageImport(area, imported);
    await area.set({ [`dict:staged:${staged.id}:0`]: '{"source":"cites' });
    await expect(activateStaged(area, staged)).rejects.toThrow('The staged import is missing or damaged');
    expect((await readActiveStatus(area)).source).toBe('bundled');
    expect(area.keys().some((k) => k.startsWith('dict:staged:'))).toBe(false);
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

describe('loadActiveMatcher', () => {
  const text = 'Biete Loxodonta africana Stoßzahn und Elfenbein, Graupapageien, Psittacus erithacus; grey parrots for sale.';

  it('loads the stored import part by part, in slices, and finds what its compiled form finds', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported, 'index.csv');
    const reads: string[] = [];
    const reading = Object.assign(Object.create(area) as MemoryArea, {
      get: (keys: string | string[]) => (reads.push(String(keys)), area.get(keys)),
    });
    let pauses = 0;
    const matcher = await loadActiveMatcher(reading, { sliceMs: 0, yieldNow: async () => void pauses++ });
    const compiled = await readActiveDictionary(area);
    expect(matcher.find(text)).toEqual(createMatcher(compiled).find(text));
    expect(matcher.find(text).length).toBeGreaterThan(2);
    expect(matcher.entries).toEqual(compiled.entries);
    // The meta, then the head, then each part alone.
    expect(reads.slice(0, 2)).toEqual([DICTIONARY_META_KEY, generationKeys(area, 'compiled')[0]]);
    expect(reads.length).toBe(generationKeys(area, 'compiled').length + 1);
    expect(pauses).toBeGreaterThan(0);
  });

  it.each([
    ['nothing is stored', async () => {}],
    ['a part is damaged', async (area: MemoryArea) => area.set({ [generationKeys(area, 'compiled').at(-1)!]: 'Loxodonta\tbroken' })],
    ['a part is missing', async (area: MemoryArea) => area.remove(generationKeys(area, 'compiled').at(-1)!)],
    ['the head is damaged', async (area: MemoryArea) => area.set({ [generationKeys(area, 'compiled')[0]!]: '{"broken' })],
  ])('falls back to the bundled list when %s', async (_, damage) => {
    const area = new MemoryArea();
    if (damage.length > 0) await activateImported(area, imported);
    await damage(area);
    const matcher = await loadActiveMatcher(area);
    expect(matcher.entries).toEqual(bundledCompiled.entries);
    expect(matcher.find(text)).toEqual(createMatcher(bundledCompiled).find(text));
  });

  it('stops when the tab goes away', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported);
    await expect(loadActiveMatcher(area, { signal: AbortSignal.abort() })).rejects.toThrow();
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
