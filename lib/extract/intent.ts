import type { Assessment } from '@/lib/records/flag';
import { wordsPattern } from './text';

export type Intent = Assessment['intent'];

/** Words that ask for an item, in the languages Spoor covers. */
const WANTED = wordsPattern([
  'wanted',
  'looking for',
  'want to buy',
  'suche',
  'gesucht',
  'kaufe',
  'recherche',
  'cherche',
  'achète',
  'gezocht',
  'zoek',
  'busco',
  'compro',
  'cerco',
  'kupię',
  'poszukuję',
  'куплю',
  'ищу',
  'возьму',
]);
/** Forum shorthand, upper case only so the words "fs" or "iso" elsewhere do not count. */
const WANTED_SHORT = wordsPattern(['WTB', 'ISO'], 'u');

const SELLING = wordsPattern([
  'for sale',
  'selling',
  'sale',
  'biete',
  'verkaufe',
  'zu verkaufen',
  'abzugeben',
  'vends',
  'vend',
  'à vendre',
  'a vendre',
  'te koop',
  'verkoop',
  'vendo',
  'se vende',
  'in vendita',
  'sprzedam',
  'sprzedaż',
  'продам',
  'продаю',
  'продается',
  'продаётся',
]);
const SELLING_SHORT = wordsPattern(['FS', 'WTS'], 'u');

function cueIn(text: string): Intent | undefined {
  if (WANTED.test(text) || WANTED_SHORT.test(text)) return 'wanted';
  if (SELLING.test(text) || SELLING_SHORT.test(text)) return 'selling';
  return undefined;
}

/**
 * Whether the ad sells, asks for ("wanted") or does neither. The title speaks first, then the
 * description; a marketplace ad with a price and no cue is selling.
 * @example detectIntent({ title: 'Suche Graupapagei', description: '', pricedMarketplaceAd: true }) // 'wanted'
 */
export function detectIntent(input: { title?: string; description?: string; pricedMarketplaceAd: boolean }): Intent {
  return (
    cueIn(input.title ?? '') ?? cueIn(input.description ?? '') ?? (input.pricedMarketplaceAd ? 'selling' : 'other')
  );
}
