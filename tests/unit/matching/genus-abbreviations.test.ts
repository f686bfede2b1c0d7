import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { genusAbbreviations } from '@/lib/matching/genus-abbreviations';
import { matcherFor, spans, taxon } from './dictionary-fixture';

const compiled = compileDictionary(loadBundledDictionary());
const bundled = createMatcher(compiled);
const found = (text: string) => bundled.find(text, { lang: 'en' }).map((match) => text.slice(match.start, match.end));
const taxaFound = (text: string) =>
  bundled
    .find(text, { lang: 'en' })
    .flatMap((match) => match.terms.map((term) => compiled.entries[compiled.terms[term]!.entry]!.id));

const orchid = { higher: { kingdom: 'Plantae', family: 'Orchidaceae' }, group: 'plants' } as const;
const orchids = matcherFor({
  taxa: [
    taxon('bulbophyllum-echinolabium', 'Bulbophyllum echinolabium', [], orchid),
    taxon('dendrobium-nobile', 'Dendrobium nobile', [], { ...orchid, synonyms: ['Callista nobilis'] }),
  ],
});

describe("the orchid trade's genus abbreviations", () => {
  it.each([
    ['Paphiopedilum rothschildianum', ['Paph. rothschildianum', 'Paph rothschildianum']],
    ['Bulbophyllum echinolabium', ['Bulb. echinolabium']],
    ['Dendrobium cuthbertsonii', ['Den. cuthbertsonii', 'Dendro. cuthbertsonii', 'Dendro cuthbertsonii']],
    ['Phalaenopsis violacea var. alba', ['Phal. violacea var. alba', 'Phal violacea var. alba']],
    ['Paphiopedilum', []],
    ['Python regius', []],
    [
      'Dendrobates tinctorius',
      ['Dendro. tinctorius', 'Dendro tinctorius', 'Dendros. tinctorius', 'Dendros tinctorius'],
    ],
    ['Astrophytum asterias', ['Astro. asterias', 'Astro asterias']],
  ] as const)('%s → %j', (text, variants) => {
    expect(genusAbbreviations({ text, lang: 'la' }).map((term) => term.text)).toEqual(variants);
  });

  it('abbreviates Latin names only', () => {
    expect(genusAbbreviations({ text: 'Dendrobium nobile', lang: 'en' })).toEqual([]);
  });

  it('finds a listed epithet after its genus abbreviated with a full stop', () => {
    expect(spans(orchids, 'Bulb. echinolabium in bud, and a Den. nobile keiki')).toEqual([
      'Bulb. echinolabium',
      'Den. nobile',
    ]);
  });

  it('needs the full stop, and the epithet listed for that genus', () => {
    expect(
      spans(orchids, 'a bulb echinolabium, a den nobile, Bulb. nobile, Den. echinolabium, Bulb. and Den.'),
    ).toEqual([]);
  });

  it("finds the slipper orchid sellers abbreviate in the bundled dictionary's own data", () => {
    expect(found('Paph. rothschildianum seedling, near blooming size')).toEqual(['Paph. rothschildianum']);
    expect(taxaFound('Paph. rothschildianum')).toEqual(['paphiopedilum-rothschildianum']);
  });

  it('finds it without the stop too, where the short form is no word', () => {
    expect(found('Paph rothschildianum seedling in a 6 cm pot')).toEqual(['Paph rothschildianum']);
    expect(found('a bulb, a den and a milt')).toEqual([]);
  });

  it("finds keepers' and growers' clipped genera before a listed epithet, never alone (names35)", () => {
    expect(found('Astro asterias grafted, 4 cm, and Astro. myriostigma seedlings')).toEqual([
      'Astro asterias',
      'Astro. myriostigma',
    ]);
    expect(found('Dendros azureus froglets; uro phantasticus pair')).toEqual(['Dendros azureus', 'uro phantasticus']);
    expect(taxaFound('Dendro azureus')).toEqual(['dendrobates-tinctorius']);
    expect(found('The Astros won, astro turf, a dendro lab and an uro skull')).toEqual([]);
  });
});
