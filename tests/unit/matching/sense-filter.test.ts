import { describe, expect, it, vi } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { SENSE_CUES, WILDLIFE_CUES } from '@/lib/dictionary/senses';
import { CueSet, cueWords } from '@/lib/matching/cue-words';
import { standardMixedFold } from '@/lib/matching/compile-rules';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { dictionary, taxon } from './dictionary-fixture';
import { SENSE_SENTENCES } from './sense-sentences';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const highlighted = (text: string) => matcher.find(text).map((match) => text.slice(match.start, match.end));

describe('the sense filter on the bundled dictionary', () => {
  it('has at least 200 sentences, 25 a language', () => {
    expect(SENSE_SENTENCES.length).toBeGreaterThanOrEqual(200);
    for (const lang of ['en', 'fr', 'de', 'nl', 'es', 'it', 'pl', 'ru']) {
      expect(SENSE_SENTENCES.filter(([sentenceLang]) => sentenceLang === lang).length).toBeGreaterThanOrEqual(25);
    }
  });

  it.each(SENSE_SENTENCES.filter(([, , wildlife]) => wildlife))('%s: highlights "%s"', (_, text) => {
    expect(highlighted(text)).not.toEqual([]);
  });

  it.each(SENSE_SENTENCES.filter(([, , wildlife]) => !wildlife))('%s: leaves "%s" quiet', (_, text) => {
    expect(highlighted(text)).toEqual([]);
  });

  it("reads no cue stem of one language in another language's everyday words", () => {
    // The Spanish gem "gema*" was the German "gemacht", a tiger's eye beside a live tiger.
    const text = 'Junger Tiger aus Privathaltung, Fotos gemacht, Abgabe nur an Zoos.';
    expect(matcher.find(text, { pageLang: 'de' }).map((match) => text.slice(match.start, match.end))).toEqual([
      'Tiger',
    ]);
  });

  // A competing sense's cue counts in its own language only: German and Dutch "Golf" is the Gulf, Polish "but" a shoe.
  it.each([
    ['de', 'Junger Gepard aus dem Golf, fünf Monate alt, zahm und geimpft, Preis auf Anfrage.', ['Gepard']],
    ['nl', 'Jachtluipaard uit de Golf, vijf maanden oud, tam en ingeënt, prijs op aanvraag.', ['Jachtluipaard']],
    ['de', 'Tiger Cup auf dem Golfplatz am See: Startgeld 40 Euro, Kanonenstart um neun Uhr.', []],
    ['en', 'Please do not poke the bear, but do read the memo before the budget meeting.', []],
    ['en', 'Navy polo with a little crocodile on the chest, size L, worn twice.', []],
    ['pl', 'W debiucie zwanym orangutanem białe grają b4 i od razu atakują skrzydło.', []],
  ])('reads cues in the text\'s language (%s) in "%s"', (pageLang, text, expected) => {
    expect(matcher.find(text, { pageLang }).map((match) => text.slice(match.start, match.end))).toEqual(expected);
  });
});

describe('exemptions and false friends', () => {
  it.each([
    ['Budgerigar and African grey parrot for sale', ['African grey parrot']],
    ['Wellensittich und Graupapagei abzugeben, jeder Papagei zahm', ['Graupapagei', 'Papagei']],
    ['Wellensittich abzugeben, der kleine Papagei ist zahm', []],
    ['Our online store sells sturgeon caviar', ['sturgeon', 'caviar']],
    ['Störe im Teich: die Zucht von Stören', ['Störe', 'Stören']],
    ['El loro gris africano es una especie protegida', ['loro gris africano']],
  ])('%s → %j', (text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });
});

describe('a name written beside a given name', () => {
  it.each([
    ['Nicola Sturgeon spoke to reporters outside the courthouse.', []],
    ['The historian Edward Gibbon finished his last volume in Lausanne.', []],
    // A heading in title case is no person's name, nor are the capitals of German nouns.
    ['Young Sturgeon Fingerlings For Sale', ['Sturgeon']],
    ['Rescued Gibbon Needs Sanctuary Funds', ['Gibbon']],
    ['Two young sturgeon for the garden pond, captive bred.', ['sturgeon']],
    // A given name before a surname, with or without a particle, and a title before a character's name.
    ['Loris Capirossi won the race at Mugello in the rain.', []],
    ['Hier spreekt Arend van Dijk, de nieuwe directeur van de school.', []],
    ['Meneer de Uil leest de kinderen elke avond een verhaal voor.', []],
    ['Slow loris for sale, tame, comes with its cage.', ['Slow loris']],
    ['Arend, opgezet, oude collectie met papieren.', ['Arend']],
    // A title names a person in German too, with a doctor's title between or not; a German noun after no title stays.
    ['Frau Falke übernimmt ab Montag die Buchhaltung.', []],
    ['Herr Dr. Wolf hält den Vortrag über die Grundsteuer.', []],
    ['Falke, Nachzucht 2025, beringt, mit Papieren.', ['Falke']],
  ])('%s → %j', (text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });
});

describe('a proper name', () => {
  it.each([
    // Capitalised in mid-sentence, between lower-case words: a town, a person, a star sign, unless wildlife words say
    // it is the animal.
    ['Abbiamo passato il fine settimana a Leone con gli amici di sempre.', []],
    ["Ho prenotato un albergo vicino all'Aquila per la fiera.", []],
    ['Ho visto un Leone impagliato, vecchio trofeo di caccia.', ['Leone']],
    ['Il leone dorme nella savana tutto il giorno.', ['leone']],
  ])('%s → %j', (text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });
});

describe('a compound whose other part names an everyday sense', () => {
  it.each([
    // A shade before the term ("Hellelfenbein") or a look after it ("Elfenbeinoptik") is the colour, not the tusk.
    ['Lack in Hellelfenbein, seidenmatt, zwei Dosen.', []],
    ['Tür in Elfenbeinoptik, neu verpackt.', []],
    ['Schnitzerei aus Mammutelfenbein, um 1900.', ['Mammutelfenbein']],
  ])('%s → %j', (text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });
});

describe("a page's head", () => {
  // A category line or a title before a colon names what the page sells, however far down the animals are.
  it.each([
    [
      'Category: Toys > Figures\nBoxed set from our shop, all twelve pieces hand painted, with a stand: a crocodile',
      [],
    ],
    ['Fairground plush prizes: a panda, a koala, a sloth, a penguin and one more, a polar bear', []],
    [
      'Category: Toys > Figures\nOld stock from a closed zoo shop, twelve pieces, boxed: a live crocodile hatchling',
      ['crocodile'],
    ],
  ])('%s → %j', (text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });
});

describe('names spelled like everyday words', () => {
  it('needs wildlife support even for a word whose own rule only vetoes', () => {
    // "bar" folds like the German "Bär", whose rule only vetoes: as the everyday word it needs support.
    expect(highlighted('Ci vediamo al bar alle otto, poi andiamo al cinema.')).toEqual([]);
    expect(highlighted('Bar, präpariert, alte Sammlung')).toEqual(['Bar']);
  });

  it('takes a name the page writes with its own accents as that name', () => {
    expect(highlighted('Ein Bär wurde im Wald gesehen.')).toEqual(['Bär']);
  });
});

describe('a declared language', () => {
  it('decides for a name spelled like an everyday word of another language', () => {
    expect(matcher.find('Loro 120 €', { lang: 'it' })).toEqual([]);
    expect(matcher.find('Loro', { lang: 'es-MX' })).toHaveLength(1);
    // Unless the words around it say another language and none says the declared one (hostile25).
    expect(matcher.find('El loro habla', { lang: 'it' })).toHaveLength(1);
    expect(matcher.find('Il loro pesce e il gatto', { lang: 'it' })).toEqual([]);
    // Alone, nothing says whether "Loro" is Spanish 'parrot' or Italian 'their': it needs wildlife context.
    expect(highlighted('Loro')).toEqual([]);
  });
});

describe('the cue data', () => {
  it('writes every cue as one word or one stem', () => {
    const lists = [WILDLIFE_CUES, ...Object.values(SENSE_CUES)].flatMap((cues) => Object.values(cues));
    const entries = lists.flatMap((list) => list.split(/\s+/).filter((entry) => entry !== ''));
    expect(entries.filter((entry) => cueWords(entry, standardMixedFold).length !== 1)).toEqual([]);
  });
});

describe('names from an imported checklist', () => {
  // Shaped like the checklist importer's output: genera as Latin terms, common names in en/es/fr.
  const checklist = createMatcher(
    compileDictionary(
      DictionarySchema.parse(
        dictionary({
          source: 'cites-checklist',
          taxa: [
            taxon('python', 'Python', [], { rank: 'genus' }),
            taxon('vanilla', 'Vanilla', [], { rank: 'genus' }),
            taxon('varanus-komodoensis', 'Varanus komodoensis', [{ text: 'Ora', lang: 'en' }]),
            taxon('uncia-uncia', 'Uncia uncia', [{ text: 'Once', lang: 'fr' }]),
          ],
        }),
      ),
    ),
  );
  const found = (text: string) => checklist.find(text).map((match) => text.slice(match.start, match.end));

  it.each([
    ['Monty Python and the Holy Grail, the film', []],
    ['Python code: install the package with pip', []],
    ['Python for sale, captive bred hatchling', ['Python']],
    ['Vanilla ice cream recipe', []],
    ['Vanilla planifolia orchid, wild collected', ['Vanilla']],
    ['Ora è il momento di comprare la casa', []],
    ['The ora is the largest lizard and the species is protected', ['ora']],
    ['Once upon a time there was a king and the end of the story', []],
    ["L'once est une espèce de félin des montagnes d'Asie", ['once']],
  ])('%s → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('cue stems of one language in the words of another', () => {
  // German "tanz*" (dance, a media cue) was a stem that read "Tanzania" and "Tanzanie" (recall8).
  it.each([
    ['Hunting trophy: lion shoulder mount from Tanzania, glass eyes', ['lion']],
    ['Trophée de chasse : lion naturalisé, Tanzanie 2004', ['lion']],
    ['Der Löwe tanzt in der Tanzschule', []],
  ])('%s → %j', (text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });
});

describe('the cue lists', () => {
  it('reads only the lists that the first match asks, not every rule’s', () => {
    const compiled = compileDictionary(loadBundledDictionary());
    const { rules } = compiled;
    const read = vi.spyOn(CueSet.prototype, 'addFolded');
    const fresh = createMatcher(compiled);
    expect(fresh.find('A carved ivory netsuke').length).toBe(1);
    const ivory = rules.ambiguous.find((rule) => rule.terms.includes('ivory'))!;
    const asked = [
      ivory.wildlife,
      Object.values(rules.wildlifeCues).join(' '),
      ...Object.values(rules.wildlifeCues),
      ...ivory.competes.map((sense) => rules.senseCues[sense]),
      rules.exemptGroupWords,
      // The few negations a denial starts with, asked of the words before every match kept.
      rules.senseCues.negation,
      // The viewing and handicraft words, and the trade words, asked of the text of every match kept (viewing-text.ts).
      rules.senseCues.viewing,
      rules.senseCues.handicraft,
      rules.senseCues.trade,
    ];
    const lists = read.mock.calls.map(([list]) => list);
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.filter((list) => !asked.includes(list))).toEqual([]);
    read.mockRestore();
  });
});

describe('a wildlife cue bound to a toy or an imitation word', () => {
  it('counts against the wildlife sense: the pair names the toy or the fake', () => {
    expect(highlighted('Playmobil zoo with a giraffe, boxed')).toEqual([]);
    expect(highlighted('Panther skull replica in resin, life size')).toEqual([]);
  });

  it('leaves the cue alone without the toy or imitation word beside it', () => {
    expect(highlighted('A live giraffe calf, born in May')).toEqual(['giraffe']);
    expect(highlighted('Panther skull, real bone, old collection')).toEqual(['Panther']);
  });

  it('counts for the animal beside the words of other senses: a skin rug is the skin made into a rug', () => {
    expect(highlighted('Vintage cheetah skin rug with mounted head, 1960s')).toEqual(['cheetah']);
  });
});

describe('a denial of the material', () => {
  it('drops every mention of the denied word when another material is named, and only then', () => {
    expect(highlighted('Carved like ivory, but it is not ivory, just camel bone')).toEqual([]);
    expect(highlighted('Geschnitzt, kein Elfenbein, nur Knochen')).toEqual([]);
    // No other material named; a negation before another material.
    expect(highlighted('Carved netsuke, is it not ivory? Antique, signed')).toEqual(['ivory']);
    expect(highlighted('Carved ivory, not bone, not resin')).toEqual(['Carved ivory']);
  });

  // Written for this test (set38): the words for "none" deny as "not" does.
  it.each([
    'Spilla effetto tartaruga, nessuna tartaruga vera: è acetato',
    'Peineta imitación carey, ningún carey auténtico, es plástico',
    'Spinka w stylu szylkretu, żadnego prawdziwego szylkretu, to celuloid',
  ])('drops the denied word in "%s"', (text) => {
    expect(highlighted(text)).toEqual([]);
  });
});

// Written for this test (check35): an elephant's figures are carved from its ivory, so another material in its
// clause makes one a figure of that material, while its ivory or tusks there, or a compound naming a part, do not.
describe('an animal figure of another material', () => {
  it.each([
    'Hand carved elephant in camel bone, 12 cm, a gift from Jaipur',
    'Resin elephant statue with gold paint for the garden',
    'Éléphant sculpté dans le bois de manguier, 20 cm',
    'Elefant aus Holz geschnitzt, 15 cm hoch, Deko',
    'Elefante tallado en hueso de camello, artesanía de la India',
    'Słoń rzeźbiony w kości wielbłąda, 10 cm',
    'Слон из смолы, статуэтка для интерьера',
  ])('leaves "%s" quiet', (text) => {
    expect(highlighted(text)).toEqual([]);
  });

  it.each([
    ['Carved elephant in ivory on a wooden base, 19th century', 'elephant'],
    ['Elephant bone carving, antique, 8 cm', 'Elephant'],
    ['De politie vond zes olifantentanden tussen houten meubels', 'olifantentanden'],
  ])('still highlights "%s"', (text, word) => {
    expect(highlighted(text)).toContain(word);
  });
});

describe('the words around an ambiguous match', () => {
  it('are looked up in the cue sets once, whatever rule and vouching matches the match is then weighed with', () => {
    // "small" is the last word of the cue window after "ivory carving": only that window's scan asks about it.
    const text = 'Selling an old ivory carving, the figure stands on a wooden base with some small scratches here';
    const lookup = vi.spyOn(CueSet.prototype, 'has');
    expect(highlighted(text)).toEqual(['ivory carving']);
    const asked = lookup.mock.calls.filter(([word]) => word === 'small').length;
    lookup.mockRestore();
    // Once in each of the window's cue sets (the competing senses', the word's own and the general wildlife cues);
    // main scanned the window for each of fitsSense's three questions (alone, as a veto, as a support), 15 lookups.
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThanOrEqual(5);
  });
});

// Written for this test: a word's own wildlife cues count in their language (or English), so the Dutch "jacht" (a
// hunt) is no cue in Polish, where it is a yacht.
describe("a word's own cues in another language", () => {
  const checklist = createMatcher(
    compileDictionary(
      DictionarySchema.parse(
        dictionary({
          source: 'cites-checklist',
          taxa: [taxon('catagonus-wagneri', 'Catagonus wagneri', [{ text: 'Tagua', lang: 'en' }])],
        }),
      ),
    ),
  );
  const found = (text: string, lang: string) =>
    checklist.find(text, { pageLang: lang }).map((match) => text.slice(match.start, match.end));

  it('counts them in their own language only', () => {
    expect(found('Tagua van de jacht op de pekari in de Chaco', 'nl')).toEqual(['Tagua']);
    expect(found('Tagua obok jachtu, zdjęcie z rejsu', 'pl')).toEqual([]);
  });
});
