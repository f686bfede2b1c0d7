import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  activateImported,
  DICTIONARY_META_KEY,
  ensureActiveDictionary,
  readActiveDictionary,
} from '@/lib/active-dictionary/active';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import type { Dictionary } from '@/lib/dictionary/schema';
import { loadTabMatcher, type TabMatcher } from '@/lib/active-dictionary/tab-matcher';
import { createMatcher } from '@/lib/matching/matcher';
import { createFullScan } from '@/lib/matching/full-scan';
import type { FullScan } from '@/lib/matching/staged-matcher';
import { TAB_PACK_VERSION, type TabPackHead } from '@/lib/matching/pack/tab-pack';
import { decodeSecondHalf } from '@/lib/matching/pack/lists';
import { unpackParadigms } from '@/lib/matching/packed-paradigms';
import { MemoryArea } from '../../fixtures/checklist/memory-area';

// Each test compiles, stores and loads the whole bundled list: up to 13 s on a quiet machine, far more at load 20.
// The timeouts follow the work.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let imported: Dictionary;
beforeAll(async () => {
  const csv = readFileSync(resolve(import.meta.dirname, '../../fixtures/checklist/index-of-cites-species.csv'));
  imported = (await importChecklistFile(new File([csv], 'index.csv'), { listingsAsOf: '2017-04-21' })).dictionary;
});

const text =
  'Biete Loxodonta africana Stoßzahn und Elfenbein, Graupapageien, Psittacus erithacus; grey parrots for sale.';
const compiledKeys = (area: MemoryArea) => area.keys().filter((k) => k.includes(':compiled:'));

/** The stored pack's head and the storage keys of its parts of `column`. */
async function storedPack(area: MemoryArea) {
  const headKey = compiledKeys(area).find((key) => key.endsWith(':0'))!;
  const head = (await area.get(headKey))[headKey] as TabPackHead;
  const keysOf = (column: string) =>
    head.parts.flatMap((part, i) => (part.column === column ? [`${headKey.slice(0, -1)}${i + 1}`] : []));
  return { headKey, keysOf };
}
const partKey = async (area: MemoryArea, column: 'index' | 'lists') => (await storedPack(area)).keysOf(column).at(-1)!;
const indexKey = (area: MemoryArea) => partKey(area, 'index');
const listsKey = (area: MemoryArea) => partKey(area, 'lists');

/** The background's side of 'dictionary/ensure', counting how often a tab asked. */
function fakeBackground(area: MemoryArea) {
  const background = { asked: 0, ensure: async () => (background.asked++, ensureActiveDictionary(area)) };
  return background;
}

/** The matcher's second stage at hand from the start, as it is once a tab's full-scan.js has arrived. */
function bothStages() {
  let full: FullScan | undefined;
  return { fullScan: (parts: Parameters<typeof createFullScan>[0]) => (full ??= createFullScan(parts)) };
}

/** The matcher once its second stage has arrived with the index's lists (content.ts's onDemand does this). */
async function withLists(matcher: TabMatcher): Promise<TabMatcher> {
  await matcher.loadLists(Promise.resolve({ decodeSecondHalf }));
  return matcher;
}

describe('loadTabMatcher', () => {
  it('loads the stored pack part by part, in slices, without asking the background', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported, 'index.csv');
    const reads: string[] = [];
    const reading = Object.assign(Object.create(area) as MemoryArea, {
      get: (keys: string | string[]) => (reads.push(String(keys)), area.get(keys)),
    });
    const background = fakeBackground(area);
    let pauses = 0;
    const matcher = await loadTabMatcher(reading, background.ensure, {
      sliceMs: 0,
      yieldNow: async () => void pauses++,
      ...bothStages(),
    });
    const { headKey, keysOf } = await storedPack(area);
    // The meta, then the head, then each index part alone (the other columns are the background's).
    expect(reads).toEqual([DICTIONARY_META_KEY, headKey, ...keysOf('index')]);
    // The lists only when the second stage is asked for (and their texts with them, as the background reads them).
    await withLists(matcher);
    expect(reads.slice(2 + keysOf('index').length)).toEqual([...keysOf('lists'), ...keysOf('texts')]);
    const compiled = await readActiveDictionary(area);
    expect(matcher.find(text)).toEqual(createMatcher(compiled).find(text));
    expect(matcher.find(text).length).toBeGreaterThan(2);
    expect(matcher.entries).toEqual(compiled.entries);
    expect(pauses).toBeGreaterThan(0);
    expect(background.asked).toBe(0);
  });

  it('reads the lists beside the index in the top frame, and decodes them when the second stage asks', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported);
    const reads: string[] = [];
    const reading = Object.assign(Object.create(area) as MemoryArea, {
      get: (keys: string | string[]) => (reads.push(String(keys)), area.get(keys)),
    });
    const matcher = await loadTabMatcher(reading, fakeBackground(area).ensure, { listsBeside: true, ...bothStages() });
    const { headKey, keysOf } = await storedPack(area);
    // Asked for right after the index's parts, before the first stage is ready.
    expect(reads).toEqual([DICTIONARY_META_KEY, headKey, ...keysOf('index'), ...keysOf('lists')]);
    await withLists(matcher);
    expect(reads.slice(2 + keysOf('index').length + keysOf('lists').length)).toEqual(keysOf('texts'));
    const compiled = await readActiveDictionary(area);
    expect(matcher.find(text)).toEqual(createMatcher(compiled).find(text));
    expect(matcher.terms).toEqual(compiled.terms);
  });

  it('never reads a pack of format 9, stored before the paradigms were packed: the background packs it again', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported);
    const answers = createMatcher(await readActiveDictionary(area)).find(text);
    // Format 9 as an earlier version stored it: the paradigms' endings as arrays, the meta naming that format.
    const { headKey } = await storedPack(area);
    const head = (await area.get(headKey))[headKey] as TabPackHead;
    await area.set({ [headKey]: { ...head, formatVersion: 9, paradigms: unpackParadigms(head.paradigms) } });
    const meta = (await area.get(DICTIONARY_META_KEY))[DICTIONARY_META_KEY] as Record<string, unknown>;
    await area.set({ [DICTIONARY_META_KEY]: { ...meta, packVersion: 9 } });
    const background = fakeBackground(area);
    const matcher = await withLists(await loadTabMatcher(area, background.ensure, bothStages()));
    expect(background.asked).toBe(1);
    const stored = (await area.get(DICTIONARY_META_KEY))[DICTIONARY_META_KEY] as Record<string, unknown>;
    expect(stored).toMatchObject({ packVersion: TAB_PACK_VERSION });
    expect(stored.generation).not.toBe(meta.generation);
    expect(matcher.find(text)).toEqual(answers);
    expect(answers.length).toBeGreaterThan(3);
  });

  it.each([
    ['nothing is stored', async () => {}],
    ['an index part is damaged', async (area: MemoryArea) => area.set({ [await indexKey(area)]: 'Loxodonta\tbroken' })],
    ['an index part is missing', async (area: MemoryArea) => area.remove(await indexKey(area))],
    ['the head is damaged', async (area: MemoryArea) => area.set({ [compiledKeys(area)[0]!]: '{"broken' })],
    [
      'the head is of another format',
      async (area: MemoryArea) => {
        const { headKey } = await storedPack(area);
        const head = (await area.get(headKey))[headKey] as TabPackHead;
        await area.set({ [headKey]: { ...head, formatVersion: TAB_PACK_VERSION - 1 } });
      },
    ],
  ])('asks the background to store a list when %s, then loads that', async (_, damage) => {
    const area = new MemoryArea();
    if (damage.length > 0) await activateImported(area, imported);
    await damage(area);
    const background = fakeBackground(area);
    const matcher = await withLists(await loadTabMatcher(area, background.ensure, bothStages()));
    const compiled = await readActiveDictionary(area);
    expect(background.asked).toBe(1);
    expect(matcher.entries).toEqual(compiled.entries);
    expect(matcher.find(text)).toEqual(createMatcher(compiled).find(text));
  });

  it('leaves decoding entries and terms to the second stage: text without a candidate is scanned without them', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported);
    let missing = 0;
    const firstStageOnly = { fullScan: () => undefined, missing: () => void missing++ };
    const matcher = await loadTabMatcher(area, fakeBackground(area).ensure, firstStageOnly);
    expect(matcher.scan('Nothing listed here, only a sunny afternoon.')).toEqual({ matches: [], exempt: [] });
    expect(missing).toBe(0);
    expect(matcher.find(text)).toEqual([]);
    expect(missing).toBeGreaterThan(0);
    expect([matcher.entries, matcher.terms]).toEqual([[], []]);
  });

  it('refuses damaged lists when the second stage asks for them, and reads them again when asked again', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported);
    const matcher = await loadTabMatcher(area, fakeBackground(area).ensure, bothStages());
    const at = await listsKey(area);
    const [stored] = Object.values(await area.get(at));
    await area.set({ [at]: `${stored as string}x` });
    await expect(withLists(matcher)).rejects.toThrow('damaged');
    await area.set({ [at]: stored });
    const compiled = await readActiveDictionary(area);
    expect((await withLists(matcher)).find(text)).toEqual(createMatcher(compiled).find(text));
  });

  it('reads the lists again when the top frame read damaged ones beside its index', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported);
    const at = await listsKey(area);
    const [stored] = Object.values(await area.get(at));
    await area.set({ [at]: `${stored as string}x` });
    const matcher = await loadTabMatcher(area, fakeBackground(area).ensure, { listsBeside: true, ...bothStages() });
    await expect(withLists(matcher)).rejects.toThrow('damaged');
    await area.set({ [at]: stored });
    const compiled = await readActiveDictionary(area);
    expect((await withLists(matcher)).find(text)).toEqual(createMatcher(compiled).find(text));
  });

  it('moves to the current dictionary when an import since its load removed the lists it needs', async () => {
    const area = new MemoryArea();
    await ensureActiveDictionary(area);
    const matcher = await loadTabMatcher(area, fakeBackground(area).ensure, bothStages());
    const listsBefore = await listsKey(area);
    await activateImported(area, imported);
    expect(Object.keys(await area.get(listsBefore))).toEqual([]);
    const compiled = await readActiveDictionary(area);
    const found = (await withLists(matcher)).find(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(createMatcher(compiled).find(text));
    expect(matcher.entries).toHaveLength(compiled.entries.length);
  });

  it('moves to the current dictionary in the top frame when an import removed the texts it had not read', async () => {
    const area = new MemoryArea();
    await ensureActiveDictionary(area);
    const before = await readActiveDictionary(area);
    const matcher = await loadTabMatcher(area, fakeBackground(area).ensure, { listsBeside: true, ...bothStages() });
    await activateImported(area, imported);
    const after = await readActiveDictionary(area);
    const found = (await withLists(matcher)).find(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(createMatcher(after).find(text));
    expect(matcher.entries).toHaveLength(after.entries.length);
    expect(after.entries.length).not.toBe(before.entries.length);
  });

  it('rejects when the background cannot store a usable list either', async () => {
    const background = { asked: 0, ensure: async () => void background.asked++ };
    await expect(loadTabMatcher(new MemoryArea(), background.ensure, bothStages())).rejects.toThrow(
      'no usable dictionary',
    );
    expect(background.asked).toBe(1);
  });

  it('stops when the tab goes away', async () => {
    const area = new MemoryArea();
    await activateImported(area, imported);
    const background = fakeBackground(area);
    const options = { signal: AbortSignal.abort(), ...bothStages() };
    await expect(loadTabMatcher(area, background.ensure, options)).rejects.toThrow();
    expect(background.asked).toBe(0);
  });
});
