import { describe, expect, it } from 'vitest';
import { acceptsMarks } from '@/lib/matching/diacritics';

describe('acceptsMarks', () => {
  it.each([
    // Page text without a Latin letter carrying a diacritic is answered at once: always true.
    ['elephant', 'éléphant', true],
    ['Python', 'Python', true],
    ['еж', 'ёж', true],
    ['ёж', 'еж', true],
    ['Ήλιος', 'ηλιος', true],
    ['½ ivory', 'ivory', true],
    // Latin letters with diacritics, precomposed or decomposed, are weighed letter by letter.
    ['chat tigré', 'chat-tigre', false],
    ['chat tigre\u0301', 'chat-tigre', false],
    ['Wölfe', 'Wolf', true],
    ['sów', 'sowa', true],
    ['papugą senegalską', 'papuga senegalska', true],
    ['tigré', 'tigré', true],
    // A Latin letter followed by a Cyrillic combining mark is a letter with a diacritic too.
    ['a\u0483x', 'ax', false],
  ])('%s for %s: %s', (page, term, expected) => {
    expect(acceptsMarks(page, term)).toBe(expected);
  });
});
