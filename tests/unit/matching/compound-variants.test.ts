import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { germanDiminutive } from '@/lib/matching/german-diminutives';
import { createMatcher } from '@/lib/matching/matcher';
import { compoundHeads, splitCompound } from '@/lib/matching/split-compounds';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string, pageLang: string) =>
  matcher.find(text, { pageLang }).map((match) => text.slice(match.start, match.end));

describe('a German or Dutch compound name written apart', () => {
  const heads = compoundHeads([
    { text: 'Kakadu', lang: 'de' },
    { text: 'boa', lang: 'nl' },
    { text: 'aap', lang: 'nl' },
    { text: 'Affe', lang: 'de' },
    { text: 'Boa constrictor', lang: 'de' },
    { text: 'ara', lang: 'es' },
  ]);

  it('collects single-word German and Dutch names as heads', () => {
    expect(heads).toEqual(
      new Map([
        ['de', new Set(['kakadu', 'affe'])],
        ['nl', new Set(['boa', 'aap'])],
      ]),
    );
  });

  it('splits before the longest head, or before a Dutch diminutive of one', () => {
    expect(splitCompound({ text: 'Gelbhaubenkakadu', lang: 'de' }, heads)).toEqual({
      text: 'Gelbhauben kakadu',
      lang: 'de',
    });
    expect(splitCompound({ text: 'smaragdboa', lang: 'nl', match: 'prefix' }, heads)).toEqual({
      text: 'smaragd boa',
      lang: 'nl',
      match: 'prefix',
    });
    expect(splitCompound({ text: 'doodshoofdaapje', lang: 'nl' }, heads)?.text).toBe('doodshoofd aapje');
  });

  it('leaves names of several words, short modifiers, other languages and names without a head alone', () => {
    expect(splitCompound({ text: 'Großer Gelbhaubenkakadu', lang: 'de' }, heads)).toBeUndefined();
    expect(splitCompound({ text: 'Rotaffe', lang: 'de' }, heads)).toBeUndefined();
    expect(splitCompound({ text: 'guacamayoara', lang: 'es' }, heads)).toBeUndefined();
    expect(splitCompound({ text: 'Schneeleopard', lang: 'de' }, heads)).toBeUndefined();
  });

  it.each([
    ['Zwei Gelbhauben Kakadu, zahm, mit Papieren, nur zusammen abzugeben', 'de', 'Gelbhauben Kakadu'],
    ['Panther Chamäleon Männchen, Ambilobe, frisst gut, mit Terrarium', 'de', 'Panther Chamäleon'],
    ['Twee doodshoofd aapjes te koop, handtam, alleen ophalen', 'nl', 'doodshoofd aapjes'],
    ['Gezocht: smaragd boa, volwassen vrouw, prijs in overleg', 'nl', 'smaragd boa'],
  ])('is found in an ad: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });

  it('never declines a split before a head with an everyday sense', () => {
    expect(found('Gasthof Zum Schwarzen Bären, Montag Ruhetag, Biergarten geöffnet', 'de')).toEqual([]);
  });
});

describe('the German diminutive of a monkey, a cat or a tortoise', () => {
  it.each([
    ['Berberaffe', 'Berberäffchen'],
    ['Kapuzineraffe', 'Kapuzineräffchen'],
    ['Wildkatze', 'Wildkätzchen'],
    ['Landschildkröte', 'Landschildkrötchen'],
  ])('%s → %s', (name, diminutive) => {
    expect(germanDiminutive({ text: name, lang: 'de' })).toEqual({ text: diminutive, lang: 'de' });
  });

  it('leaves the bare head, other languages and names of several words alone', () => {
    expect(germanDiminutive({ text: 'Affe', lang: 'de' })).toBeUndefined();
    expect(germanDiminutive({ text: 'Berberaffe', lang: 'nl' })).toBeUndefined();
    expect(germanDiminutive({ text: 'Gemeiner Totenkopfaffe', lang: 'de' })).toBeUndefined();
  });

  it('is found in an ad', () => {
    expect(found('Berberäffchen, vier Monate alt, sehr anhänglich, Übergabe in Spanien', 'de')).toContain(
      'Berberäffchen',
    );
  });
});
