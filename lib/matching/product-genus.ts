import type { CueLookup } from '@/lib/matching/cue-words';
import type { Tokens } from '@/lib/matching/tokenize';

/** Words read on each side of the genus: a product's page names its trade within a line of it. */
const WINDOW = 12;

/**
 * Whether a genus written alone is a product's or a firm's name of the same spelling: the checklist's Milvus (the
 * kites) is a vector database, and genera name software, cars and machines. A word of their trade (`product`:
 * "install", "query", "engine", "SDK") is nearer than any wildlife word (`wildlife`), which wins a tie.
 * @example isProductName(tokenize('Milvus 2.4 adds GPU indexing', fold), [0, 0], software, wildlife) // true
 */
export function isProductName(
  tokens: Tokens,
  [first, last]: [number, number],
  product: CueLookup,
  wildlife: CueLookup,
): boolean {
  if (first !== last) return false;
  let nearestProduct = Infinity;
  for (let word = Math.max(0, first - WINDOW); word < Math.min(tokens.count, last + 1 + WINDOW); word++) {
    if (word === first) continue;
    const distance = Math.abs(word - first);
    const folded = tokens.folded(word);
    if (wildlife.has(folded)) {
      if (distance <= nearestProduct) return false;
    } else if (distance < nearestProduct && product.has(folded)) nearestProduct = distance;
  }
  return nearestProduct !== Infinity;
}
