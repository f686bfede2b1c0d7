import { describe, expect, it, vi } from 'vitest';
import { compileMatchRules, standardMixedFold } from '@/lib/matching/compile-rules';
import { stopWordIndex, TextLanguage, type DeclaredLanguage } from '@/lib/matching/text-language';
import { tokenize as tokenizeWith } from '@/lib/matching/tokenize';

const stopWords = stopWordIndex(compileMatchRules().stopWords);
const tokenize = (text: string) => tokenizeWith(text, standardMixedFold);

/** The language Spoor reads around the last word of `text`. */
function languageAtEnd(text: string, declared?: DeclaredLanguage) {
  const tokens = tokenize(text);
  return new TextLanguage(tokens, stopWords, declared).at(tokens.count - 1, tokens.count - 1);
}

// Written for this test: one ordinary sentence a language, about a seller and his birds.
const SENTENCES = {
  en: 'The seller says that the birds are from his own aviary and they were ringed.',
  fr: 'Le vendeur dit que les oiseaux sont nés dans sa volière et ils ont une bague.',
  de: 'Der Verkäufer sagt, dass die Vögel aus eigener Zucht sind und einen Ring haben.',
  nl: 'De verkoper zegt dat de vogels uit eigen kweek komen en een ring hebben.',
  es: 'El vendedor dice que los pájaros son de su propio criadero y tienen anilla.',
  it: 'Il venditore dice che gli uccelli sono nati nella sua voliera e hanno un anello.',
  pl: 'Sprzedawca mówi, że ptaki są z jego własnej hodowli i mają obrączki.',
  ru: 'Продавец говорит, что птицы из его собственного питомника и они окольцованы.',
};

describe('the language of the text around a match', () => {
  it.each(Object.entries(SENTENCES))('%s: read from its function words', (lang, sentence) => {
    expect(languageAtEnd(sentence)).toBe(lang);
  });

  it("takes the element's own lang where the words speak it too, or say nothing", () => {
    expect(languageAtEnd(`${SENTENCES.en} ${SENTENCES.de}`, { lang: 'en', pageLang: 'fr' })).toBe('en');
    expect(languageAtEnd('Loro 120 €', { lang: 'it-IT', pageLang: 'es' })).toBe('it');
  });

  it.each(Object.entries(SENTENCES))(
    "%s: the words outweigh an element's lang that none of them speaks",
    (lang, text) => {
      const lie = lang === 'de' ? 'en' : 'de-AT';
      expect(languageAtEnd(text, { lang: lie, pageLang: lie })).toBe(lang);
    },
  );

  it('takes letters only one language writes over a declared lang, where too few function words say', () => {
    // Written for this test: short ads with no function word, or one several languages share.
    expect(languageAtEnd('Продам клетку, 2 года', { lang: 'de', pageLang: 'de' })).toBe('ru');
    expect(languageAtEnd('Klatka duża, odbiór Kraków', { lang: 'en' })).toBe('pl');
    expect(languageAtEnd('Käfig groß, Abholung', { lang: 'en' })).toBe('de');
    expect(languageAtEnd('Jaula de 3 años', { lang: 'it', pageLang: 'it' })).toBe('es');
    expect(languageAtEnd('Kooi, prijs 40', { pageLang: 'en' })).toBe('nl');
    // A function word of the declared lang still settles it, and letters no one language owns say nothing.
    expect(languageAtEnd('The cage from Kraków', { lang: 'en' })).toBe('en');
    expect(languageAtEnd('Gabbia, città', { lang: 'fr' })).toBe('fr');
  });

  it('takes the words over <html lang>, a page-wide default', () => {
    expect(languageAtEnd(SENTENCES.fr, { pageLang: 'en' })).toBe('fr');
  });

  it('falls back on <html lang> when the words say nothing', () => {
    expect(languageAtEnd('Loro 120 €', { pageLang: 'es' })).toBe('es');
    expect(languageAtEnd('Loro 120 €')).toBeUndefined();
  });

  it('ignores a declared language outside the eight', () => {
    expect(languageAtEnd(SENTENCES.it, { lang: 'pt-BR' })).toBe('it');
    expect(languageAtEnd('Loro 120 €', { lang: 'pt' })).toBeUndefined();
  });

  it('prefers the sentence around the match to the rest of a mixed block', () => {
    const german = `${SENTENCES.de} ${SENTENCES.de} ${SENTENCES.de}`;
    const block = `${german} ${SENTENCES.en}`;
    const tokens = tokenize(block);
    const language = new TextLanguage(tokens, stopWords);
    expect(language.at(tokens.count - 1, tokens.count - 1)).toBe('en');
    expect(language.at(0, 0)).toBe('de');
  });

  it('gives no language when two lead equally', () => {
    expect(languageAtEnd('the und')).toBeUndefined();
  });

  it("reads the words after a match no further than the first that speaks the element's lang", () => {
    // An Italian function word in the first sentence says the declared language: the English words after it, in
    // the window too, cannot change the answer.
    const italianWords = tokenize(SENTENCES.it).count;
    const tokens = tokenize(`${SENTENCES.it} ${SENTENCES.en}`);
    const read = vi.spyOn(tokens, 'folded');
    expect(new TextLanguage(tokens, stopWords, { lang: 'it' }).at(0, 0)).toBe('it');
    expect(Math.max(...read.mock.calls.map(([word]) => word))).toBeLessThan(italianWords);
  });
});
