import { describe, expect, it } from 'vitest';
import { matcherFor, spans, taxon } from './dictionary-fixture';

const matcher = matcherFor({
  taxa: [
    taxon('psittacus-erithacus', 'Psittacus erithacus', [
      { text: 'African grey parrot', lang: 'en' },
      { text: 'жако', lang: 'ru' },
      { text: 'Papagei', lang: 'de', inflect: false },
    ]),
    taxon('testudo-hermanni', 'Testudo hermanni', [{ text: 'χελώνα', lang: 'en', inflect: false }]),
  ],
  tradeTerms: [
    {
      id: 'ivory',
      kind: 'trade',
      label: 'Ivory',
      taxa: ['psittacus-erithacus'],
      terms: [{ text: 'ivory', lang: 'en', inflect: false }],
    },
  ],
});

describe('word boundaries (any script, not just ASCII)', () => {
  it.each([
    ['ivory', ['ivory']],
    ['ivoryx', []],
    ['xivory', []],
    ['«ivory»', ['ivory']],
    ['(ivory)', ['ivory']],
    ['ivory2', []],
    ['2ivory', []],
    ['ivory.', ['ivory']],
    ['ivoryé', []],
    ['éivory', []],
    ['ivoryж', []],
    ['ivory\u0301 (a combining mark belongs to its letter)', ['ivory\u0301']],
    ['ivory_', ['ivory']],
    ['продам жако', ['жако']],
    ['жакон', []],
    ['ЖАКО!', ['ЖАКО']],
    ['жако\u0301 (stress mark)', ['жако\u0301']],
    ['χελώνα', ['χελώνα']],
    ['Χελώνα123', []],
    ['testχελώνα', []],
    ['a Χελώνα, 5€', ['Χελώνα']],
    ['Papageienfutter', []],
    ['the African grey parrot', ['African grey parrot']],
    ['the African grey parrots', ['African grey parrots']],
    ['the African grey parrotry', []],
  ])('%s → %j', (text, expected) => {
    expect(spans(matcher, text)).toEqual(expected);
  });
});

describe('block breaks', () => {
  it.each([
    ['African grey\nparrot', []],
    ['African grey\r\nparrot', []],
    ['African grey\u2029parrot', []],
    ['ivory\nivory', ['ivory', 'ivory']],
    ['Psittacus\nerithacus', []],
  ])('%j → %j', (text, expected) => {
    expect(spans(matcher, text)).toEqual(expected);
  });
});

describe('separators inside a phrase', () => {
  it.each([
    ['African-grey parrot', ['African-grey parrot']],
    ['African\u00A0grey\u00A0parrot', ['African\u00A0grey\u00A0parrot']],
    ['African – grey parrot', ['African – grey parrot']],
    ['African grey, parrot', []],
    ['African grey. Parrot', []],
    ['Psittacus  erithacus', ['Psittacus  erithacus']],
  ])('%j → %j', (text, expected) => {
    expect(spans(matcher, text)).toEqual(expected);
  });
});
