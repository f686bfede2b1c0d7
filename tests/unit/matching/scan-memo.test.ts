import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { rememberingScan } from '@/lib/matching/scan-memo';

const real = createMatcher(compileDictionary(loadBundledDictionary()));

/** The real matcher's scan, remembered, and the texts it was asked to match. */
function remembered() {
  const scanned: string[] = [];
  const scan = rememberingScan((text, context) => {
    scanned.push(text);
    return real.scan(text, context);
  });
  return { scan, scanned };
}

describe('rememberingScan', () => {
  it('matches a repeated text once, with the same result', () => {
    const { scan, scanned } = remembered();
    const first = scan('Biete Graupapagei, handzahm', { pageLang: 'de' });
    expect(scan('Biete Graupapagei, handzahm', { pageLang: 'de' })).toBe(first);
    expect(first).toEqual(real.scan('Biete Graupapagei, handzahm', { pageLang: 'de' }));
    expect(first.matches).toHaveLength(1);
    expect(scanned).toEqual(['Biete Graupapagei, handzahm']);
  });

  it('matches again a text whose result read the declared language, answering each language as the matcher does', () => {
    const { scan, scanned } = remembered();
    const text = 'Un loro en su jaula';
    for (const lang of ['es', 'it', 'es']) expect(scan(text, { lang })).toEqual(real.scan(text, { lang }));
    expect(scan(text, { lang: 'it' }).matches).toEqual([]);
    expect(scan(text, { lang: 'es' }).matches).toHaveLength(1);
    expect(scanned).toHaveLength(5);
  });

  it('gives a result that read the declared language to each block declaring the same, and only to those', () => {
    const { scan, scanned } = remembered();
    // "Jaguar" is a name spelled like an everyday word: the scan reads the page's declared language.
    const text = 'Jaguar XF 2.0d Portfolio, full history';
    const first = scan(text, { pageLang: 'de' });
    expect(scan(text, { pageLang: 'de' })).toBe(first);
    expect(scan(text, { lang: undefined, pageLang: 'de' })).toBe(first);
    expect(scanned).toHaveLength(1);
    // Another page's language, or none given: matched again.
    expect(scan(text, { pageLang: 'en' })).toEqual(real.scan(text, { pageLang: 'en' }));
    expect(scan(text)).toEqual(real.scan(text));
    expect(scanned).toHaveLength(3);
  });

  it('matches a long text each time', () => {
    const { scan, scanned } = remembered();
    const long = `Graupapagei ${'und so weiter '.repeat(40)}`;
    expect(scan(long)).toEqual(scan(long));
    expect(scanned).toEqual([long, long]);
  });

  it('holds a bounded number of texts, forgetting the oldest first', () => {
    const { scan, scanned } = remembered();
    for (let i = 0; i <= 2_000; i++) scan(`Anzeige ${i}`);
    scan('Anzeige 2000');
    scan('Anzeige 0');
    expect(scanned).toHaveLength(2_002);
    expect(scanned.at(-1)).toBe('Anzeige 0');
  });
});
