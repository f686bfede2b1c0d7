import { describe, expect, it } from 'vitest';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import type { DeclaredLanguage } from '@/lib/matching/text-language';
import { dictionary, taxon } from './dictionary-fixture';

// Names of the kind the checklist and the bundled list hold: some spelled like another language's everyday word.
const compiled = compileDictionary(
  DictionarySchema.parse(
    dictionary({
      taxa: [
        taxon('acipenser-sturio', 'Acipenser sturio', [{ text: 'Stör', lang: 'de' }]),
        taxon('amazona', 'Amazona', [{ text: 'loro', lang: 'es' }], { rank: 'genus' }),
        taxon('cui', 'Cui', [], { rank: 'genus' }),
        taxon('cui', 'Cui', [], { rank: 'genus' }),
        taxon('leopardus-wiedii', 'Leopardus wiedii', [{ text: 'Margay', lang: 'en' }]),
        taxon('pan', 'Pan', [], { rank: 'genus' }),
        taxon('panthera-uncia', 'Panthera uncia', [{ text: 'Once', lang: 'fr' }]),
        taxon('varanus-komodoensis', 'Varanus komodoensis', [{ text: 'Ora', lang: 'en' }]),
        taxon(
          'hylobates',
          'Hylobates',
          [
            { text: 'gibbon', lang: 'en' },
            { text: 'Gibbon', lang: 'de' },
          ],
          {
            rank: 'genus',
          },
        ),
        taxon('cercopithecus-ascanius', 'Cercopithecus ascanius', [{ text: 'Angèle', lang: 'fr' }]),
      ],
    }),
  ),
);
const matcher = createMatcher(compiled);
const found = (text: string, declared?: DeclaredLanguage) =>
  matcher.find(text, declared).map((match) => text.slice(match.start, match.end));
const everyday = (term: string) => compiled.everyday.find(([index]) => compiled.terms[index]!.text === term);
const everydayText = (term: string) => everyday(term)?.[1];

describe('the compiler', () => {
  it('lists the single-word names spelled like an everyday word, with the languages where they are one', () => {
    expect(everydayText('Stör')).toBe('en'); // "Störe" folds to English "store"
    expect(everydayText('loro')).toBe('it');
    expect(everydayText('Once')).toBe('en es');
    // A proper name of the lists (a given name) that only English names an animal: context in every language.
    expect(everydayText('Ora')).toBe('* it');
    expect(everydayText('Angèle')).toBe('*');
    // A proper name that two languages' common names spell is the animal's name.
    expect(everydayText('Gibbon')).toBeUndefined();
    // Short and a word of Debian's spelling lists in six languages (wordlist-words.ts): context everywhere.
    expect(everydayText('Pan')).toBe('* de en es fr nl pl');
  });

  it('keeps the forms that are everyday words, or none for a brand', () => {
    expect(everyday('Stör')?.[2]).toBe('store');
    expect(everyday('loro')?.[2]).toBe('loro');
  });

  it('leaves names of several words and words no language uses alone', () => {
    expect(everydayText('Margay')).toBeUndefined();
    expect(everydayText('Acipenser sturio')).toBeUndefined();
  });
});

// Sentences written for this test, in all eight languages.
describe('a common name bound to its language', () => {
  it.each([
    ['en', 'Visit our store in the city centre, open from nine.', []],
    ['en', 'Once the order is paid, we ship the same day.', []],
    ['es', 'Tenemos once modelos de zapatos para el verano.', []],
    ['it', 'Ora è il momento di comprare: il loro negozio chiude alle otto.', []],
    ['nl', 'Het loro-model is nieuw en de prijs is ook goed.', []],
    ['de', 'Der Stör ist ein Wanderfisch.', ['Stör']],
    ['de', 'Die Stadtwerke eröffnen ihren neuen Online-Store am Montag.', []],
    ['de', 'Störe aus Nachzucht, streng geschützt, mit Papieren.', ['Störe']],
    ['es', 'El loro gris habla mucho y los loros viven muchos años.', ['loro', 'loros']],
    ['fr', "L'once, espèce menacée, vit dans les montagnes d'Asie centrale.", ['once']],
    ['en', 'The ora is the largest lizard on Earth and wild ones are protected.', ['ora']],
  ])('%s: %s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('follows the language the page declares for the element', () => {
    expect(found('Loro 120 €', { lang: 'es' })).toEqual(['Loro']);
    expect(found('Loro 120 €', { lang: 'it' })).toEqual([]);
  });

  it('needs wildlife context when nothing tells the language', () => {
    expect(found('Loro 120 €')).toEqual([]);
    expect(found('Loro, captive bred, CITES certificate')).toEqual(['Loro']);
  });
});

describe('an unambiguous name in another language', () => {
  it.each([
    ['de', 'Wir verkaufen einen Margay aus Nachzucht, mit Papieren.'],
    ['fr', 'Nous avons un Margay à vendre, avec ses papiers.'],
    ['nl', 'Wij verkopen een margay uit eigen kweek.'],
    ['es', 'Vendo un margay de criadero con papeles.'],
    ['it', 'Vendo un margay nato in cattività, con documenti.'],
    ['pl', 'Sprzedam margay z hodowli, jest z dokumentami.'],
    ['ru', 'Продаю margay из питомника, есть документы.'],
  ])('%s: still found', (_, text) => {
    expect(found(text)).toEqual([expect.stringMatching(/margay/i)]);
  });
});

describe('a scientific name spelled like an everyday word', () => {
  it.each([
    ['es', 'Pan con tomate y aceite de oliva para el desayuno.', []],
    ['pl', 'Pan Kowalski sprzedaje samochód w dobrym stanie.', []],
    ['en', 'Heat the pan and add the butter.', []],
    ['de', 'Der Schimpanse gehört zur Gattung Pan; der Handel ist nach CITES verboten.', ['Pan']],
    ['it', 'Il libro di cui ti ho parlato è sul tavolo.', []],
    // Italian and Polish spell it as a word (Debian's lists): a short genus so spelled needs context in every language.
    ['de', 'Die Gattung Cui ist klein und kaum bekannt.', []],
    ['en', 'Pan: the chimpanzee genus, listed in CITES Appendix I; trade is banned.', ['Pan']],
  ])('%s: %s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
