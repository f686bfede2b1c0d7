import { describe, expect, it } from 'vitest';
import {
  CUSTOM_TERMS_KEY,
  newCustomTermId,
  readCustomTerms,
  saveCustomTerms,
  type CustomTermInput,
} from '@/lib/dictionary/custom-terms-store';
import { MemoryArea } from '../../fixtures/checklist/memory-area';

const AT = '2026-03-01T10:00:00.000Z';
const code: CustomTermInput = {
  id: 'k1',
  text: 'white gold',
  lang: 'en',
  target: { kind: 'code', taxa: ['Loxodonta africana'] },
  createdAt: AT,
  updatedAt: AT,
};

describe('custom terms in storage', () => {
  it('saves with defaults filled and reads them back', async () => {
    const area = new MemoryArea();
    await saveCustomTerms(area, [code]);
    expect(await readCustomTerms(area)).toEqual([{ ...code, match: 'word', exclude: [] }]);
  });

  it.each([
    ['an untrimmed term', { ...code, text: ' white gold' }],
    ['a trade term pointing at no taxon', { ...code, target: { kind: 'trade', taxa: [] } }],
    ['a taxon without its listing', { ...code, target: { kind: 'taxon', scientificName: 'Manis culionensis' } }],
    ['an unknown language', { ...code, lang: 'xx' }],
  ])('refuses to save %s', async (_case, term) => {
    const area = new MemoryArea();
    await expect(saveCustomTerms(area, [term as CustomTermInput])).rejects.toThrow();
    expect(area.keys()).toEqual([]);
  });

  it('reads a damaged list as none', async () => {
    const area = new MemoryArea();
    await area.set({ [CUSTOM_TERMS_KEY]: [{ id: 'x' }] });
    expect(await readCustomTerms(area)).toEqual([]);
  });

  it('makes ids that sort by creation', () => {
    const [early, late] = [newCustomTermId(new Date(AT)), newCustomTermId(new Date('2026-03-02T00:00:00Z'))];
    expect(early).toMatch(/^[a-z0-9]+$/);
    expect(early < late).toBe(true);
  });
});
