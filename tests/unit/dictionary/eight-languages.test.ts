import { expect, it } from 'vitest';
import { taxaFound } from './bundled-matches';

// Taxa that lacked a name in one of the survey's eight languages (issue 13), found by the name that language's
// Wikipedia or keepers give them (branch langs30): a row for each taxon that gained one.

it.each([
  // Reptiles.
  ['fr', "Jeune trionyx d'Asie, 12 cm, né en captivité.", "trionyx d'Asie", 'amyda-cartilaginea'],
  ['es', 'Vendo caimán enano con papeles, muy sano.', 'caimán enano', 'paleosuchus'],
  ['it', 'Cedo caimano nano, lungo 60 cm.', 'caimano nano', 'paleosuchus'],
  ['ru', 'Продаю бугорчатую черепаху, самка.', 'бугорчатую черепаху', 'malaclemys-terrapin'],
  ['pl', 'Sanzinia madagaskarska, samiec z CB.', 'Sanzinia madagaskarska', 'sanzinia-madagascariensis'],
  ['it', 'Tartaruga scatola cinese trifasciata, rara.', 'Tartaruga scatola cinese trifasciata', 'cuora-trifasciata'],
  ['it', 'Coppia di tartarughe spinose nate in cattività.', 'tartarughe spinose', 'heosemys-spinosa'],
  ['it', 'Tartaruga del rio delle Amazzoni, giovane.', 'Tartaruga del rio delle Amazzoni', 'podocnemis-unifilis'],
  // Birds.
  ['ru', 'Продам пару скалистых попугаев.', 'скалистых попугаев', 'cyanoliseus-patagonus'],
  ['ru', 'Розовобрюхий травяной попугайчик, самец.', 'Розовобрюхий травяной попугайчик', 'neopsephotus-bourkii'],
  ['ru', 'Розовогрудый кольчатый попугай, ручной.', 'Розовогрудый кольчатый попугай', 'psittacula-alexandri'],
  ['fr', 'Touraco à joues blanches, mâle bagué.', 'Touraco à joues blanches', 'tauraco-leucotis'],
  ['pl', 'Turak białouchy z hodowli, obrączkowany.', 'Turak białouchy', 'tauraco-leucotis'],
  ['ru', 'Продаю лорикетов, выкормыши.', 'лорикетов', 'trichoglossus'],
  ['ru', 'Пара глянцевых лори, выкормыши.', 'глянцевых лори', 'chalcopsitta'],
] as const)('finds in %s: %j', (lang, text, words, taxon) => {
  expect(taxaFound(text, lang)).toContainEqual(expect.arrayContaining([words, taxon]));
});
