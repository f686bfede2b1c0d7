import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/dictionary/listing';
import { acceptsMarks } from '@/lib/matching/diacritics';

describe('acceptsMarks', () => {
  it.each([
    // Page text without a Latin letter carrying a diacritic is answered at once: always true.
    ['elephant', 'éléphant', 'fr', true],
    ['Python', 'Python', 'la', true],
    ['еж', 'ёж', 'ru', true],
    ['ёж', 'еж', 'ru', true],
    ['Ήλιος', 'ηλιος', 'en', true],
    ['½ ivory', 'ivory', 'en', true],
    // Latin letters with diacritics, precomposed or decomposed, are weighed letter by letter.
    ['chat tigré', 'chat-tigre', 'fr', false],
    ['chat tigre\u0301', 'chat-tigre', 'fr', false],
    ['Wölfe', 'Wolf', 'de', true],
    ['sów', 'sowa', 'pl', true],
    ['papugą senegalską', 'papuga senegalska', 'pl', true],
    ['tigré', 'tigré', 'fr', true],
    // A Latin letter followed by a Cyrillic combining mark is a letter with a diacritic too.
    ['a\u0483x', 'ax', 'en', false],
    // The marks inflection moves count only in a term of that language: Polish "góral" (a highlander) is not the
    // English, Spanish or French "goral", nor German "Wölfe" an English "wolf".
    ['góral', 'Goral', 'en', false],
    ['góral', 'Goral', 'fr', false],
    ['Wölfe', 'wolf', 'en', false],
    ['orchideeën', 'orchidee', 'nl', true],
  ])('%s for %s (%s): %s', (page, term, lang, expected) => {
    expect(acceptsMarks(page, term, lang as Lang)).toBe(expected);
  });
});
