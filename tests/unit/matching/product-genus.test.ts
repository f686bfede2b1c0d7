import { describe, expect, it } from 'vitest';
import { CueSet } from '@/lib/matching/cue-words';
import { isProductName } from '@/lib/matching/product-genus';
import { tokenize } from '@/lib/matching/tokenize';

const fold = (word: string) => word.toLowerCase();
const trade = new CueSet().addFolded('install database query server sdk engine');
const wildlife = new CueSet().addFolded('captive bred ringed wild reef');

/** Whether the word `name` of `text` is read as a product's name. */
function product(text: string, name: string): boolean {
  const tokens = tokenize(text, fold);
  const words = Array.from({ length: tokens.count }, (_, i) => tokens.source(tokens.start(i), tokens.end(i)));
  const word = words.indexOf(name);
  expect(word).toBeGreaterThanOrEqual(0);
  return isProductName(tokens, [word, word], trade, wildlife);
}

describe('isProductName', () => {
  it('reads a genus beside its trade’s words, none of wildlife nearer, as a product', () => {
    expect(product('We moved the index to Milvus and query times halved', 'Milvus')).toBe(true);
    expect(product('Install Milvus on a server with Docker', 'Milvus')).toBe(true);
  });

  it('leaves a genus with a wildlife word as near or nearer, or no trade word at all', () => {
    expect(product('Milvus pair, captive bred, the database of the breeder', 'Milvus')).toBe(false);
    expect(product('Ringed Milvus from the engine shed', 'Milvus')).toBe(false);
    expect(product('Milvus over the hills this morning', 'Milvus')).toBe(false);
  });

  it('reads a name of several words as no product', () => {
    const tokens = tokenize('Milvus milvus on the server', fold);
    expect(isProductName(tokens, [0, 1], trade, wildlife)).toBe(false);
  });
});
