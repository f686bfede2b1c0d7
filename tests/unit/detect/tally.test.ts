import { expect, it } from 'vitest';
import { summarizeHits } from '@/lib/detect/tally';
import { fixtureMatcher } from './fixture-dictionary';

const matcher = fixtureMatcher();
const entryIndex = (id: string) => matcher.entries.findIndex((e) => e.id === id);

it('counts hits per entry across blocks, with the words as written and their languages', () => {
  const ivory = entryIndex('ivory');
  const parrot = entryIndex('psittacus-erithacus');
  const report = summarizeHits(
    [
      [
        { entry: ivory, word: 'Ivory', lang: 'en' },
        { entry: parrot, word: 'Graupapageien', lang: 'de' },
      ],
      [
        { entry: ivory, word: 'Elfenbein', lang: 'de' },
        { entry: ivory, word: 'Ivory', lang: 'en' },
      ],
    ],
    matcher.entries,
  );
  expect(report).toEqual([
    expect.objectContaining({
      entryId: 'ivory',
      kind: 'trade',
      label: 'Ivory',
      taxa: ['loxodonta-africana'],
      category: 'trade',
      count: 3,
      matched: ['Ivory', 'Elfenbein'],
      langs: ['en', 'de'],
    }),
    expect.objectContaining({
      entryId: 'psittacus-erithacus',
      kind: 'taxon',
      appendix: 'I',
      euAnnex: 'A',
      category: 'app-i',
      count: 1,
      matched: ['Graupapageien'],
      langs: ['de'],
    }),
  ]);
});

it('keeps at most 20 spellings of a word', () => {
  const ivory = entryIndex('ivory');
  const hits = Array.from({ length: 30 }, (_, i) => ({ entry: ivory, word: `ivory${i}`, lang: 'en' as const }));
  const [entry] = summarizeHits([hits], matcher.entries);
  expect(entry!.count).toBe(30);
  expect(entry!.matched).toHaveLength(20);
});
