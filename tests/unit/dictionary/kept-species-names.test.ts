import { expect, it } from 'vitest';
import { taxaFound } from './bundled-matches';

// The names keepers and sellers use for the most kept App. II animals that the bundled list lacked (names25), and
// the German and Dutch compounds on a parrot or monitor word, which name the group unless they are an exempt pet.

it.each([
  // Parrots of the pet trade by their species' and genera's names.
  ['en', 'Hand-fed kakariki for sale, cinnamon.', 'kakariki', 'cyanoramphus'],
  ['ru', 'Продам какариков, молодые, окольцованы.', 'какариков', 'cyanoramphus'],
  ['en', 'Pair of Pacific parrotlets, DNA sexed.', 'parrotlets', 'forpus'],
  ['pl', 'Wróbliczki niebieskoskrzydłe, para z obrączkami.', 'Wróbliczki', 'forpus'],
  ['en', 'Blue-headed pionus, very tame.', 'pionus', 'pionus'],
  ['ru', 'Продам пионуса, ручной, говорит.', 'пионуса', 'pionus'],
  ['pl', 'Czerwonorzytki modrogłowe, para.', 'Czerwonorzytki', 'pionus'],
  ['fr', 'Couple de perruches princesses, bagues fermées.', 'perruches princesses', 'polytelis'],
  ['es', 'Pareja de pericos princesa de cría propia.', 'pericos princesa', 'polytelis'],
  ['en', 'Red-rumped parrots, a proven pair.', 'Red-rumped parrots', 'psephotus'],
  ['pl', 'Świergotki seledynowe z obrączkami.', 'Świergotki', 'psephotus'],
  ['de', 'Bourkesittiche in Rosa, Nachzucht 2025.', 'Bourkesittiche', 'neopsephotus-bourkii'],
  ['it', 'Coppia di parrocchetti testa di prugna.', 'parrocchetti testa di prugna', 'psittacula-cyanocephala'],
  ['pl', 'Aleksandretty śliwogłowe, młode.', 'Aleksandretty śliwogłowe', 'psittacula-cyanocephala'],
  ['es', 'Cotorra pechirroja macho, anillada.', 'Cotorra pechirroja', 'psittacula-alexandri'],
  // Primates and turtles that had no names in these languages.
  ['de', 'Junger Brüllaffe zu verkaufen.', 'Brüllaffe', 'alouatta'],
  ['pl', 'Młody wyjec z Ameryki Południowej.', 'wyjec', 'alouatta'],
  ['ru', 'Детёныш обезьяны-ревуна в частном доме.', 'обезьяны-ревуна', 'alouatta'],
  ['de', 'Koboldmaki als Haustier gehalten.', 'Koboldmaki', 'tarsius'],
  ['ru', 'Долгопята держали в клетке.', 'Долгопята', 'tarsius'],
  ['nl', 'Spookdiertjes uit Indonesië aangeboden.', 'Spookdiertjes', 'tarsius'],
  ['nl', 'Varkensneusschildpad, jong dier.', 'Varkensneusschildpad', 'carettochelys-insculpta'],
  ['nl', 'Gevlekte moerasschildpadden te koop.', 'Gevlekte moerasschildpadden', 'clemmys-guttata'],
] as const)('finds in %s: %j', (lang, text, words, taxon) => {
  expect(taxaFound(text, lang)).toContainEqual(expect.arrayContaining([words, taxon]));
});
