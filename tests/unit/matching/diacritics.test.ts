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
    // A mark that composes with no letter decorates it (hostile25): a Cyrillic titlo on a Latin letter, a low line,
    // overline or strike-through drawn under, over or through every letter of a name. An accent under the decoration
    // still counts.
    ['a\u0483x', 'ax', 'en', true],
    ['i\u0332v\u0332o\u0332r\u0332y\u0332', 'ivory', 'en', true],
    ['P\u0336a\u0336n\u0336t\u0336h\u0336e\u0336r\u0336a\u0336', 'Panthera', 'la', true],
    ['t\u0305i\u0305g\u0305r\u0305e\u0305', 'tigre', 'fr', true],
    ['chat tigre\u0332\u0301', 'chat-tigre', 'fr', false],
    // The marks inflection moves count only in a term of that language: Polish "góral" (a highlander) is not the
    // English, Spanish or French "goral", nor German "Wölfe" an English "wolf".
    ['góral', 'Goral', 'en', false],
    ['góral', 'Goral', 'fr', false],
    ['Wölfe', 'wolf', 'en', false],
    ['orchideeën', 'orchidee', 'nl', true],
    // A binomial names no word of any language: accents a seller puts on its letters only disguise it (hostile34).
    // A genus alone may be another language's word, and keeps the rule.
    ['Psíttàcüs érithacus', 'Psittacus erithacus', 'la', true],
    ['Psi\u0301tta\u0308cus erithacus', 'Psittacus erithacus', 'la', true],
    ['Pýthon', 'Python', 'la', false],
  ])('%s for %s (%s): %s', (page, term, lang, expected) => {
    expect(acceptsMarks(page, term, lang as Lang)).toBe(expected);
  });
});
