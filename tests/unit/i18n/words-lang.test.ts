import { describe, expect, it } from 'vitest';
import { wordsLang } from '@/components/words-lang';

describe('the lang of matched words shown in the interface', () => {
  it('is the one language they were read in, unless it is the interface’s', () => {
    expect(wordsLang(['de'], 'en')).toBe('de');
    expect(wordsLang(['DE-at'], 'en-GB')).toBe('de-AT');
    expect(wordsLang(['de-AT'], 'de')).toBeUndefined();
    expect(wordsLang(['de', 'en'], 'fr')).toBeUndefined();
    expect(wordsLang([undefined, 'ru', 'ru'], 'en')).toBe('ru');
  });

  it.each(['en_US', 'zz', 'x<y', 'de-', ' de'])('is none for a page’s tag that is no language: %j', (tag) => {
    expect(wordsLang([tag], 'en')).toBeUndefined();
  });
});
