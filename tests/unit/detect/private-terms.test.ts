// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hidesMatch, privateTermsOf } from '@/lib/detect/private-terms';
import { PRIVATE as PRIVATE_MATCH, scanSegment } from '@/lib/detect/scan-block';
import { summarizeHits } from '@/lib/detect/tally';
import { mergeReports, unpaintedCount } from '@/lib/detect/aggregate';
import { withCustomTerms } from '@/lib/dictionary/custom-terms';
import { CustomTermSchema, type CustomTermInput } from '@/lib/dictionary/custom-terms-store';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { collectBlockText } from '@/lib/highlight/block-text';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { fixtureDictionary } from './fixture-dictionary';

const AT = '2026-03-01T10:00:00.000Z';
const custom = (input: Omit<CustomTermInput, 'createdAt' | 'updatedAt'>) =>
  CustomTermSchema.parse({ createdAt: AT, updatedAt: AT, ...input });

/** A code word, a handle naming a listed taxon, and a new spelling for a listed taxon. */
const PRIVATE = [
  custom({ id: 'c1', text: 'zorblax', lang: 'en', target: { kind: 'code', taxa: ['Psittacus erithacus'] } }),
  custom({
    id: 'c2',
    text: 'hanskarl77',
    lang: 'en',
    target: { kind: 'taxon', scientificName: 'Python regius', appendix: 'II', euAnnex: 'B', group: 'reptiles' },
  }),
  custom({
    id: 'c3',
    text: 'Graupi',
    lang: 'de',
    target: { kind: 'taxon', scientificName: 'Psittacus erithacus', appendix: 'I', euAnnex: 'A', group: 'birds' },
  }),
];
const matcher = createMatcher(compileDictionary(withCustomTerms(DictionarySchema.parse(fixtureDictionary), PRIVATE)));
// As storage.local holds them: JSON, read without a schema.
const privateTerms = privateTermsOf(matcher, JSON.parse(JSON.stringify(PRIVATE)));

function scan(text: string, hides = hidesMatch(privateTerms)) {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.replaceChildren(p);
  const block = collectBlockText(p, () => false);
  return scanSegment(block, matcher, document, 0, block.text.length, hides);
}

describe('private terms', () => {
  it('are the custom terms only: every listed name stays public', () => {
    const texts = matcher.terms.filter((_, index) => privateTerms(index)).map((term) => term.text);
    texts.sort();
    expect(texts).toEqual(['Graupi', 'hanskarl77', 'zorblax']);
  });

  it('are counted and reported but never painted, while listed names around them are', () => {
    const scanned = scan('zorblax and Graupi from hanskarl77, a Grey parrot and a Ball python');
    expect(scanned.painted.map(({ range }) => range.toString())).toEqual(['Grey parrot', 'Ball python']);
    expect(scanned.hits.map((hit) => [hit.word, hit.unpainted === PRIVATE_MATCH])).toEqual([
      ['zorblax', true],
      ['Graupi', true],
      ['hanskarl77', true],
      ['Grey parrot', false],
      ['Ball python', false],
    ]);
    const report = mergeReports([summarizeHits([scanned.hits], matcher.entries)]);
    expect(report.find((entry) => entry.label === 'Psittacus erithacus')).toMatchObject({ count: 2, unpainted: 1 });
    expect(unpaintedCount(report)).toBe(3);
  });

  it('are painted once the researcher asks, and then nothing is reported unpainted', () => {
    const scanned = scan('zorblax and Graupi from hanskarl77', () => false);
    expect(scanned.painted.map(({ range }) => range.toString())).toEqual(['zorblax', 'Graupi', 'hanskarl77']);
    expect(unpaintedCount(summarizeHits([scanned.hits], matcher.entries))).toBe(0);
  });

  it('are none when the stored list is missing or unreadable', () => {
    for (const stored of [undefined, null, 'zorblax', [null, 7]]) {
      const other = createMatcher(compileDictionary(DictionarySchema.parse(fixtureDictionary)));
      const none = privateTermsOf(other, stored);
      expect(other.terms.filter((_, index) => none(index))).toEqual([]);
    }
  });
});
