import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { readsAsSlip, rootIndex, slipBlockers } from '@/lib/matching/slip-blockers';

// A known word (a word of a name, an everyday word of a language) is read as itself, never as a seller's slip in a
// name one edit away (lib/matching/slip-blockers.ts): the index holds it as a key of no pattern.
const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string, pageLang: string) =>
  matcher.find(text, { pageLang }).map((match) => text.slice(match.start, match.end));

describe('known words one edit from a name', () => {
  it.each([
    // A word of another name of the dictionary: the sloth ("drievingerige luiaard") is no leopard ("luipaard").
    ['Mijn broer is een echte luiaard, hij ligt de hele zondag op de bank', 'nl', 'luiaard'],
    // Its own forms alike ("luiaards").
    ['Twee echte luiaards, die broers van mij: de hele zondag op de bank', 'nl', 'luiaards'],
  ])('are not read as a slip: "%s"', (text, pageLang, word) => {
    expect(found(text, pageLang)).not.toContain(word);
  });

  it('leave real slips and the names themselves read', () => {
    expect(found('Genuine leapard skin rug with the head, some wear, offers', 'en')).toContain('leapard skin');
    expect(found('Aletas de tintorera y de tiburón martillo incautadas en el puerto', 'es')).toContain('tintorera');
  });

  it('are the words one edit from a first word of the dictionary at hand, never a first word itself', () => {
    const root = { words: ['luipaard', 'tintorera'], prefixed: [], suffixed: [] };
    expect(slipBlockers(root)).toEqual(expect.arrayContaining(['luiaard', 'luiaards']));
    const firstWords = new Set(root.words);
    const index = rootIndex(root);
    expect(readsAsSlip(index, (key) => firstWords.has(key), 'tintorera')).toBe(false);
    expect(readsAsSlip(index, (key) => firstWords.has(key), 'tintoreras')).toBe(false);
    expect(readsAsSlip(index, (key) => firstWords.has(key), 'programming')).toBe(false);
  });

  it('come from the lists given, so the generator asks the walk without its own earlier output', () => {
    const root = { words: ['luipaard'], prefixed: [], suffixed: [] };
    expect(slipBlockers(root, ['luiaard lachs'])).toEqual(['luiaard']);
    expect(slipBlockers(root, [])).toEqual([]);
  });
});
