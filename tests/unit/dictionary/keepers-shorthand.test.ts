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

// Keepers' and growers' shorthand of one listed taxon, with the everyday readings each must leave alone (names35).

it.each([
  ['THB Nachzuchten 2025 aus Freilandhaltung, 90 € pro Tier', 'de', 'THB', 'testudo-hermanni'],
  ['Baby gator for sale, eats crickets and pinkies', 'en', 'gator', 'alligator-mississippiensis'],
  ['Gator skin cowboy boots, size 10', 'en', 'Gator', 'alligator-mississippiensis'],
  ['Redfoots CB 2024, about 3 inch, eating greens', 'en', 'Redfoots', 'chelonoidis-carbonarius'],
  ['A few Paphs in bud, from £15', 'en', 'Paphs', 'paphiopedilum'],
  ['Femelle BCC Suriname, mange des rats décongelés', 'fr', 'BCC', 'boa-constrictor'],
  ['Mexican redknee slings, captive bred', 'en', 'redknee', 'brachypelma'],
] as const)('finds shorthand: %j', (text, lang, word, taxon) => {
  expect(taxaFound(text, lang)).toContainEqual([word, taxon]);
});

it.each([
  ['Hotel in Bangkok ab 2.500 THB pro Nacht, Frühstück inklusive', 'de'],
  ['Der Wechselkurs EUR/THB stieg nach der Zinsentscheidung', 'de'],
  ['The Florida Gators football team won the game on Saturday', 'en'],
  ['John Deere Gator utility vehicle, 2015, low hours', 'en'],
  ['Gator clips for jump leads, set of 10', 'en'],
  ['Please keep me in BCC on that email thread', 'en'],
] as const)('leaves everyday readings alone: %j', (text, lang) => {
  expect(taxaFound(text, lang)).toEqual([]);
});
