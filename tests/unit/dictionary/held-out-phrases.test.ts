import { describe, expect, it } from 'vitest';
import { bundledDictionaryInput } from '@/lib/dictionary/bundled';
import { EXEMPT_TAXA } from '@/lib/dictionary/exemptions';
import { AMBIGUOUS_TERMS, SENSE_CUES, WILDLIFE_CUES } from '@/lib/dictionary/senses';
import { halfOf, readLabelledPosts } from '../../labelled-posts';
import { sharedDataPath } from '../../shared-data';

// Phrases that steer matching must generalise, not memorise: none may quote the held-out half of the shared
// labelled posts (the tuning half is fair game, see tests/labelled-posts.ts for the split).
const heldOut = readLabelledPosts(sharedDataPath('real/wildlife-trade-posts-en.json')).filter(
  (post) => halfOf(post.id) === 'held-out',
);

const comparable = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

function steeringPhrases(): { phrase: string; where: string }[] {
  const phrases = (bundledDictionaryInput.globalExclusions ?? []).map((term) => ({
    phrase: term.text,
    where: 'global exclusion',
  }));
  for (const taxon of bundledDictionaryInput.taxa) {
    for (const name of taxon.names ?? []) {
      for (const phrase of name.exclude ?? []) phrases.push({ phrase, where: `${taxon.id} "${name.text}"` });
    }
  }
  for (const tradeTerm of bundledDictionaryInput.tradeTerms) {
    for (const term of tradeTerm.terms) {
      for (const phrase of term.exclude ?? []) phrases.push({ phrase, where: `${tradeTerm.id} "${term.text}"` });
    }
  }
  const cueLists = [WILDLIFE_CUES, ...Object.values(SENSE_CUES), ...AMBIGUOUS_TERMS.map((term) => term.wildlife ?? {})];
  for (const list of cueLists.flatMap((cues) => Object.values(cues))) {
    for (const cue of list.split(/\s+/).filter(Boolean)) phrases.push({ phrase: cue.replace(/\*/g, ''), where: 'cue' });
  }
  for (const taxon of EXEMPT_TAXA) {
    for (const name of taxon.names) phrases.push({ phrase: name.replace(/\*/g, ''), where: 'exempt name' });
  }
  return phrases;
}

describe('dictionary phrases and the held-out posts', () => {
  it('splits the shared posts into two non-empty halves', () => {
    expect(heldOut.length).toBeGreaterThan(50);
    expect(heldOut.some((post) => post.label === 'none')).toBe(true);
  });

  it('has no exclusion or cue of two words or more quoting a held-out post', () => {
    const texts = heldOut.map((post) => ({ id: post.id, text: comparable(post.text) }));
    const quoted = steeringPhrases()
      .filter(({ phrase }) => phrase.trim().split(/\s+/).length >= 2)
      .flatMap(({ phrase, where }) =>
        texts.filter(({ text }) => text.includes(comparable(phrase))).map(({ id }) => `${where}: "${phrase}" ⊂ ${id}`),
      );
    expect(quoted).toEqual([]);
  });
});
