import { expect, it } from 'vitest';
import { taxaFound } from './bundled-matches';

// German keepers' shorthand for chameleons and land tortoises, beside a keeper's word (names30).

it.each([
  ['Unsere Chamis bekommen ein größeres Terrarium, Männchen und Weibchen.', 'Chamis', 'chamaeleonidae'],
  ['Die Landis sind aus der Winterstarre erwacht und fressen schon Löwenzahn.', 'Landis', 'testudinidae'],
] as const)('finds in de: %j', (text, word, taxon) => {
  expect(taxaFound(text, 'de')).toContainEqual([word, taxon]);
});

it.each([
  // The surname, without a keeper's word beside it.
  'Der Regisseur John Landis drehte die Komödie in London.',
  'Familie Landis aus Zürich lädt zur Hochzeit im Juni ein.',
])('leaves alone: %j', (text) => {
  expect(taxaFound(text, 'de')).toEqual([]);
});
