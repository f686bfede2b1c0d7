import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readActiveStatus } from '@/lib/active-dictionary/active';
import { STAGED_CHUNK_CHARS, toStagedChunks } from '@/lib/dictionary/checklist/checked';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { activateStaged, storeStaged } from '@/lib/active-dictionary/staged';
import type { Dictionary } from '@/lib/dictionary/schema';
import { MemoryArea } from '../../fixtures/checklist/memory-area';

let imported: Dictionary;
/** The fixture's taxa repeated under new ids until the JSON takes several pieces. */
let big: Dictionary;
beforeAll(async () => {
  const csv = readFileSync(resolve(import.meta.dirname, '../../fixtures/checklist/index-of-cites-species.csv'));
  imported = (await importChecklistFile(new File([csv], 'index.csv'), { listingsAsOf: '2017-04-21' })).dictionary;
  const copies = Array.from({ length: 600 }, (_, n) =>
    imported.taxa.map((taxon) => ({ ...taxon, id: `${taxon.id}-${n}` })),
  );
  big = { ...imported, taxa: copies.flat() };
});

const stagedKeys = (area: MemoryArea) => area.keys().filter((key) => key.startsWith('dict:staged:'));

describe('toStagedChunks', () => {
  it('cuts the JSON into pieces of at most STAGED_CHUNK_CHARS that join back into the dictionary', () => {
    const chunks = toStagedChunks(big);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length <= STAGED_CHUNK_CHARS)).toBe(true);
    expect(JSON.parse(chunks.join(''))).toEqual(big);
  });
});

describe('storeStaged', () => {
  it('writes one key per piece, which the background activates and keeps as the imported list', async () => {
    const area = new MemoryArea();
    const chunks = toStagedChunks(big);
    const staged = await storeStaged(area, chunks, 'big.csv');
    expect(staged).toMatchObject({ chunks: chunks.length, fileName: 'big.csv' });
    expect(stagedKeys(area)).toHaveLength(chunks.length);
    expect(await activateStaged(area, staged)).toMatchObject({
      source: 'cites-checklist',
      fileName: 'big.csv',
      counts: { taxa: expect.any(Number) },
    });
    expect((await readActiveStatus(area)).counts.taxa).toBeGreaterThanOrEqual(big.taxa.length);
    expect(stagedKeys(area)).toHaveLength(chunks.length);
  });

  it('removes the pieces it wrote when a write fails', async () => {
    const area = new MemoryArea();
    let writes = 0;
    const failing = Object.assign(Object.create(area) as MemoryArea, {
      set: async (items: Record<string, unknown>) => {
        if (++writes === 3) throw new Error('QUOTA_BYTES quota exceeded');
        await area.set(items);
      },
    });
    await expect(storeStaged(failing, toStagedChunks(big), 'big.csv')).rejects.toThrow('QUOTA_BYTES');
    expect(stagedKeys(area)).toEqual([]);
  });
});
