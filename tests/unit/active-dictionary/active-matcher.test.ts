import { describe, expect, it } from 'vitest';
import { activeMatcher } from '@/lib/active-dictionary/active-matcher';
import { applyCustomTerms, ensureActiveDictionary } from '@/lib/active-dictionary/active';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { CUSTOM_TERMS_KEY } from '@/lib/dictionary/custom-terms-key';
import { MemoryArea } from '../../fixtures/checklist/memory-area';

const text = 'Psittacus erithacus und Graupapageien';

describe('the active dictionary’s matcher, for the background', () => {
  it('is the bundled list’s when storage holds no pack', async () => {
    const matcher = await activeMatcher(new MemoryArea());
    expect(matcher.find(text)).toEqual(createMatcher(compileDictionary(loadBundledDictionary())).find(text));
  });

  it('is the stored pack’s, kept while the pack stays, loaded again when a new one is stored', async () => {
    const area = new MemoryArea();
    await ensureActiveDictionary(area);
    const first = await activeMatcher(area);
    expect(first.find(text).length).toBe(2);
    expect(await activeMatcher(area)).toBe(first);
    const at = '2026-03-12T09:30:00.000Z';
    const term = { id: 'bell', text: 'Fahrradklingel', lang: 'de', match: 'word', exclude: [], createdAt: at };
    const target = { kind: 'trade', taxa: ['Psittacus erithacus'] };
    await area.set({ [CUSTOM_TERMS_KEY]: [{ ...term, target, updatedAt: at }] });
    await applyCustomTerms(area);
    const next = await activeMatcher(area);
    expect(first.find('Fahrradklingel')).toEqual([]);
    expect(next.find('Fahrradklingel')).toHaveLength(1);
  });
});
