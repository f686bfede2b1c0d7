import { describe, expect, it } from 'vitest';
import { matcherFor, spans, taxon } from './dictionary-fixture';

const matcher = matcherFor({
  taxa: [
    taxon('panthera-pardus', 'Panthera pardus', [{ text: 'leopard', lang: 'en' }], { group: 'big-cats' }),
    taxon('panthera-onca', 'Panthera onca', [{ text: 'jaguar', lang: 'en', exclude: ['Jaguar XF', 'Jaguar car'] }]),
    taxon('python-regius', 'Python regius', [
      { text: 'Python', lang: 'en', inflect: false, exclude: ['Python programming'] },
    ]),
  ],
  tradeTerms: [
    {
      id: 'ivory',
      kind: 'trade',
      label: 'Ivory',
      taxa: ['panthera-pardus'],
      terms: [
        { text: 'ivory', lang: 'en', exclude: ['ivory white', 'Ivory Coast'] },
        { text: 'ivoire', lang: 'fr', exclude: ["Côte d'Ivoire"] },
        { text: 'Elfenbein', lang: 'de', match: 'compound', exclude: ['Elfenbeinküste', 'elfenbeinfarben'] },
      ],
    },
    { id: 'fur', kind: 'trade', label: 'Fur', taxa: ['panthera-pardus'], terms: [{ text: 'fur', lang: 'en' }] },
  ],
  globalExclusions: [
    { text: 'leopard print', lang: 'en' },
    { text: 'faux fur', lang: 'en' },
    { text: 'Kunstfell', lang: 'de', match: 'compound' },
  ],
});

describe('exclusions', () => {
  it.each([
    ['ivory white dress', []],
    ['Ivory-White dress', []],
    ['Ivory Coast coffee', []],
    ['an ivory carving', ['ivory']],
    ['ivory carving, ivory white', ['ivory']],
    ['de Côte d’Ivoire', []],
    ["de l'ivoire", ['ivoire']],
    ['Côte d’Ivoire: ivoire', ['ivoire']],
    ['Elfenbeinküste', []],
    ['der Elfenbeinküste', []],
    ['elfenbeinfarbenes Kleid', []],
    ['Elfenbeinschnitzerei', ['Elfenbeinschnitzerei']],
    ['leopard print scarf', []],
    ['leopard prints', []],
    ['snow leopard', ['leopard']],
    ['faux fur coat', []],
    ['fur coat', ['fur']],
    ['Jaguar XF 2015', []],
    ['a Jaguar car dealer', []],
    ['jaguar skin', ['jaguar']],
    ['Python programming', []],
    ['Python regius', ['Python regius']],
    ['Python', ['Python']],
    ['Leopard-Kunstfellmantel', ['Leopard']],
  ])('%s → %j', (text, expected) => {
    expect(spans(matcher, text)).toEqual(expected);
  });

  it('cancels every term spelled like the one that names the exclusion, whichever entry or list it is in', () => {
    // A false friend belongs to the spelling: "L'Aquila" is a city for the checklist's genus Aquila too.
    const shared = matcherFor({
      taxa: [
        taxon('aquila', 'Aquila', [{ text: 'aquila', lang: 'it', exclude: ["L'Aquila"] }]),
        taxon('aquila-genus', 'Aquila chrysaetos', [{ text: 'Aquila', lang: 'la' }]),
        taxon('b-b', 'Bus bus', [{ text: 'aquila reale', lang: 'it' }]),
      ],
    });
    expect(shared.find("L'Aquila, la piazza")).toEqual([]);
    expect(spans(shared, "L'aquila reale di montagna")).toEqual(['aquila reale']);
  });

  it("cancels the entry's other spellings too, whichever of them the word matched (recall16)", () => {
    // "Korallenrot" is listed by the German "Koralle", but the Dutch "koraal" found the word as well.
    const coral = matcherFor({
      taxa: [
        taxon('scleractinia', 'Scleractinia', [
          { text: 'Koralle', lang: 'de', match: 'prefix', exclude: ['Korallenrot'] },
          { text: 'koraal', lang: 'nl', match: 'prefix' },
        ]),
        taxon('b-b', 'Bus bus', [{ text: 'korallenrot', lang: 'nl', match: 'prefix' }]),
      ],
    });
    expect(spans(coral, 'Korallenrot lackierte Kommode')).toEqual(['Korallenrot']);
    // Only the other entry's own name is left: the exclusion stays within its entry.
    const names = coral.find('Korallenrot lackierte Kommode').flatMap((match) => match.terms);
    expect(names.map((term) => coral.entries[coral.terms[term]!.entry]!.label)).toEqual(['Bus bus']);
    expect(spans(coral, 'Korallen-Ableger und koraal')).toEqual(['Korallen', 'koraal']);
  });
});
