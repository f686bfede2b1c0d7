import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { packDictionary } from '@/lib/matching/pack/pack';
import { prefilterData } from '@/lib/matching/prefilter-keys';
import { dictionary, matcherFor, taxon } from './dictionary-fixture';

const compiled = compileDictionary(loadBundledDictionary());
const matcher = createMatcher(compiled);
const spellings = [...new Set(matcher.terms.map((term) => term.text))];
const exemptNames = compiled.rules.notListed.flatMap((taxon) => [taxon.scientificName]);

/** Latin letters and the Cyrillic or Greek letters drawn like them. */
const LOOK_ALIKES: Record<string, string> = { a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', v: 'ν' };
const CYRILLIC_LOOK_ALIKES: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x' };

/** Ways a page may spell a name that the matcher still reads as it. */
const disguises: [string, (text: string) => string][] = [
  ['as written', (text) => text],
  ['in capitals', (text) => text.toUpperCase()],
  ['decomposed', (text) => text.normalize('NFD')],
  ['with a soft hyphen in every word', (text) => text.replace(/(\p{L}{2})(\p{L})/gu, '$1\u00AD$2')],
  ['with zero-width spaces between letters', (text) => [...text].join('\u200B')],
  [
    'with Latin look-alikes swapped for Cyrillic ones',
    (text) => text.replace(/[acdeiopxyv]/g, (c) => LOOK_ALIKES[c] ?? c),
  ],
  [
    'with Cyrillic letters swapped for Latin ones',
    (text) => text.replace(/[аеорсух]/g, (c) => CYRILLIC_LOOK_ALIKES[c]!),
  ],
  ['reversed inside an override', (text) => `\u202E${[...text].reverse().join('')}\u202C`],
  ['after other words', (text) => `Verkaufe heute: ${text}`],
];

describe('the prefilter never rules out a name', () => {
  it.each(disguises)('every spelling of the bundled dictionary, %s', (_, disguise) => {
    expect(spellings.length).toBeGreaterThan(1000);
    expect(spellings.filter((text) => !matcher.mayMatch(disguise(text)))).toEqual([]);
  });

  it('every name the Appendices leave out', () => {
    expect(exemptNames.length).toBeGreaterThan(5);
    expect(exemptNames.filter((name) => !matcher.mayMatch(name))).toEqual([]);
  });

  it('any text the matcher finds something in', () => {
    const texts = spellings.flatMap((text) => disguises.map(([, disguise]) => `Zu verkaufen ${disguise(text)}.`));
    const found = texts.filter((text) => {
      const { matches, exempt } = matcher.scan(text);
      return matches.length + exempt.length > 0;
    });
    expect(found.length).toBeGreaterThan(spellings.length);
    expect(found.filter((text) => !matcher.mayMatch(text))).toEqual([]);
  });

  it('a short word whose names all go on to a longer one, and a custom term of two letters', () => {
    const custom = matcherFor(
      dictionary({
        taxa: [
          taxon('ara-ararauna', 'Ara ararauna', [{ lang: 'en', text: 'Blue and yellow macaw' }]),
          taxon('code-word', 'Codeus wordus', [{ lang: 'en', text: 'zk' }]),
        ],
      }),
    );
    expect(custom.mayMatch('Ara ararauna')).toBe(true);
    expect(custom.mayMatch('the zk for sale')).toBe(true);
    expect(custom.mayMatch('Blue and yellow macaw')).toBe(true);
    expect(custom.mayMatch('Sofa, neu')).toBe(false);
  });
});

describe('the prefilter rules out', () => {
  it.each(['Gent · meubels', 'Казань · Игорь', '250 €'])('a text without a key: %s', (text) =>
    expect(matcher.mayMatch(text)).toBe(false),
  );
});

it("is computed by the background into the tab pack's head", () => {
  expect(packDictionary(compiled).head.prefilter).toEqual(prefilterData(buildFlatIndex(compiled), compiled.rules));
});
