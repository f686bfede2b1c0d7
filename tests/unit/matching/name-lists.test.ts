import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (lang: string, text: string) =>
  matcher.find(text, { pageLang: lang }).map((match) => text.slice(match.start, match.end));

// Written for this test (branch checklist17): animal words written as people's names, in lists, after initials
// and titles, with the page's language declared as a page declares it.
describe('animal words written as people’s names', () => {
  it.each([
    // An item of a list whose other items are people's names.
    ['en', 'Relay order for Friday: Hughes, Otter, Bennett and Okafor, with Patel as reserve.'],
    ['pl', 'Na zebraniu byli Nowak, Sokół, Wiśniewska i Orzeł z zarządu wspólnoty mieszkaniowej.'],
    // A surname before an initial: a citation or a register, in German too.
    ['en', 'Further reading: Otter, K. (2015) Rivers of the Dales. Leeds: Smith Press.'],
    ['de', 'Literatur: Habicht, R. (2012): Die Mühlen am Main. Würzburg: Königshausen.'],
    // A title or a family word before the name, perhaps with a given name between.
    ['de', 'Zum Geburtstag gratulieren Onkel Peter Löwe und Tante Gisela ganz herzlich.'],
    ['de', 'Die Familie Kranich lädt alle Nachbarn zum Sommerfest in den Garten ein.'],
    ['de', 'Den Festvortrag hält Prof. Jonas Habicht, danach gibt es Kaffee und Kuchen.'],
    ['en', 'Cllr Otter opened the new footbridge over the canal on Saturday morning.'],
  ])('%s: "%s" stays quiet', (lang, text) => {
    expect(found(lang, text)).toEqual([]);
  });

  it.each([
    ['en', 'Wildlife rescue update: Otter, Badger and Hedgehog cubs released back into the wild.', 'Otter'],
    ['fr', 'Élevage amateur : Boa, Caméléon et Gecko nés en captivité, vendus avec leur terrarium.', 'Boa'],
    ['de', 'Verkaufe Graupapagei, Käfig und Futter, der Vogel ist zahm und beringt.', 'Graupapagei'],
  ])('%s: "%s" still finds %s', (lang, text, name) => {
    expect(found(lang, text).join(' | ')).toContain(name);
  });
});

// Written for this test (branch checklist18): a frequent given name beside the word, a street's name, a Russian
// surname's endings and the French "M."/"MM." titles; each of these texts is lit on the main it branched from.
describe('animal words beside given names, in street names and as Russian surnames', () => {
  it.each([
    ['de', 'Der Stammtisch trifft sich bei Klaus Falke im Garten hinter der Scheune.'],
    ['de', 'Teilnehmerliste: Adler, Karl; Kranich, Sabine; Schmidt, Petra.'],
    ['de', 'Siegerliste Schwimmfest: 1. Tim Adler, 2. Nico Löwe, 3. Felix Kranich.'],
    ['pl', 'Nowe adresy punktów: ul. Sokola 2, ul. Pytona 9 i ul. Jaguara 14.'],
    ['ru', 'Доклад сделал А. Соколов, затем выступили гости из Твери.'],
    ['ru', 'Список литературы: Соколов П. Города Севера. М., 2009.'],
    ['fr', 'Étaient présents MM. Lion et Dupont, excusé M. Aigle.'],
  ])('%s: "%s" stays quiet', (lang, text) => {
    expect(found(lang, text)).toEqual([]);
  });

  it.each([
    ['de', 'Königspython abzugeben, Adler Zoohandlung, Ansprechpartner Karl Meyer.', 'Königspython'],
    ['pl', 'Sprzedam pytona królewskiego, odbiór przy ul. Długiej w Krakowie.', 'pytona królewskiego'],
    ['ru', 'Продаю соколов-балобанов, птенцы этого года, с документами.', 'соколов'],
  ])('%s: "%s" still finds %s', (lang, text, name) => {
    expect(found(lang, text).join(' | ')).toContain(name);
  });
});

// Written for this test (branch checklist19): a register's surnames in capitals before the given names; each text is
// lit on the main it branched from.
describe('animal words as surnames in capitals', () => {
  it.each([
    ['fr', 'Liste de la classe : LION Hugo, MORSE Léo, SERVAL Noé, BRUN Jade.'],
    ['en', 'Seating plan: CRANE Harry, WOLF Emma, FALCO Jade.'],
  ])('%s: "%s" stays quiet', (lang, text) => {
    expect(found(lang, text)).toEqual([]);
  });

  it.each([
    ['fr', 'Vente : LION Hugo vend un bébé python royal né en captivité.', 'python royal'],
    ['en', 'FOR SALE: IVORY Carved netsuke, Meiji period.', 'IVORY'],
  ])('%s: "%s" still finds %s', (lang, text, name) => {
    expect(found(lang, text).join(' | ')).toContain(name);
  });
});
