import { expect, it } from 'vitest';
import { taxaFound } from './bundled-matches';

// Worked tortoiseshell named by the material adjective before its classic objects: Dutch "schildpadden", Russian
// "черепаховый" (names30).

it.each([
  ['nl', 'Antiek schildpadden kammetje met zilveren rand, rond 1900.', 'schildpadden kammetje'],
  ['nl', 'Een schildpadden snuifdoos uit een boedel in Delft.', 'schildpadden snuifdoos'],
  ['ru', 'Продаю черепаховый портсигар с серебряной монограммой.', 'черепаховый портсигар'],
  ['ru', 'Бабушкину черепаховую пудреницу отдам коллекционеру.', 'черепаховую пудреницу'],
] as const)('finds in %s: %j', (lang, text, word) => {
  expect(taxaFound(text, lang)).toContainEqual([word, 'eretmochelys-imbricata']);
});

it.each([
  // The animal's plural before a verb and acetate frames stay quiet.
  ['nl', 'Wij houden al jaren schildpadden in een grote tuinvijver.'],
  ['ru', 'Очки в черепаховой оправе из ацетата, новые.'],
] as const)('leaves alone in %s: %j', (lang, text) => {
  expect(taxaFound(text, lang)).toEqual([]);
});
