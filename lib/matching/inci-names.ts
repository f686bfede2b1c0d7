import type { Tokens } from '@/lib/matching/tokenize';

/**
 * A cosmetic's ingredient list names its plants by INCI, the international nomenclature of cosmetic ingredients:
 * the binomial in title case, then the part used and what was made of it ("Orchis Mascula Flower Extract", "Aloe
 * Barbadensis Leaf Juice", "Euphorbia Cerifera Cera"). That is a finished product's ingredient, in any language's
 * list; a seller's title writes no such chain after a name ("Python Regius Pastel Morph").
 */

/** The parts of a plant an INCI name may give before the product made of it, folded. */
const PARTS = new Set([
  'flower',
  'leaf',
  'root',
  'seed',
  'fruit',
  'bark',
  'stem',
  'kernel',
  'wood',
  'peel',
  'rhizome',
  'bulb',
  'callus',
  'meristem',
  'bud',
  'nut',
  'shell',
  'sprout',
  'cell',
]);
/** What an INCI name ends with: the product made of the plant (Latin "cera" is the wax), folded. */
const PRODUCTS = new Set([
  'extract',
  'oil',
  'juice',
  'wax',
  'cera',
  'butter',
  'powder',
  'water',
  'distillate',
  'ferment',
  'filtrate',
  'culture',
  'resin',
  'gum',
]);
/** Parts an INCI name gives at most before its product ("Seed Oil", "Flower/Leaf/Stem Extract"). */
const PARTS_MAX = 3;
/** A word of an INCI name: capitalised, as the nomenclature writes every word ("Mascula", "Ficus-Indica"). */
const TITLE_CASE = /^\p{Lu}/u;

/**
 * Whether the words `first` to `last` (a genus, or a binomial written in title case) open an INCI ingredient's name:
 * a capitalised epithet follows a genus alone, then at most three parts and a product, each capitalised and spaced
 * (parts may be joined by a slash).
 */
export function opensInciName(tokens: Tokens, first: number, last: number): boolean {
  const written = (word: number) => tokens.source(tokens.start(word), tokens.end(word));
  const isPart = (word: number) => PARTS.has(tokens.folded(word));
  // Spaced from the word before, or slashed when both are parts ("Flower/Leaf/Stem").
  const joined = (word: number) =>
    tokens.sep(word - 1) === ' ' || (tokens.sep(word - 1) === '/' && isPart(word - 1) && isPart(word));
  const titled = (word: number) => word < tokens.count && TITLE_CASE.test(written(word)) && joined(word);
  if (first < last && !titled(last)) return false;
  let word = last + 1;
  // A genus alone ("Vanilla" before "Planifolia Fruit Extract"): its epithet is the next capitalised word.
  if (first === last && titled(word) && !isPart(word) && !PRODUCTS.has(tokens.folded(word))) word++;
  for (let parts = 0; titled(word); word++, parts++) {
    if (PRODUCTS.has(tokens.folded(word))) return true;
    if (parts === PARTS_MAX || !isPart(word)) return false;
  }
  return false;
}
