import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { compiledLists, createMatcher } from '@/lib/matching/matcher';
import { readdirSync, readFileSync } from 'node:fs';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { createFullScan } from '@/lib/matching/full-scan';
import { rememberingScan } from '@/lib/matching/scan-memo';
import { matcherParts } from '@/lib/matching/staged-matcher';
import type { DeclaredLanguage } from '@/lib/matching/text-language';
import { tokenize } from '@/lib/matching/tokenize';

const compiled = compileDictionary(loadBundledDictionary());
const real = createMatcher(compiled);

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
    // Letters, not digits: texts that differ only in their numbers share a place (below).
    const name = (i: number) => `Anzeige ${String(i).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)}`;
    for (let i = 0; i <= 2_000; i++) scan(name(i));
    scan(name(2_000));
    scan(name(0));
    expect(scanned).toHaveLength(2_002);
    expect(scanned.at(-1)).toBe(name(0));
  });
});

describe('rememberingScan over texts that differ only in their numbers', () => {
  const parts = matcherParts(buildFlatIndex(compiled), compiledLists(compiled));
  /** The first stage's candidates, which the second stage is handed with a text it has not met. */
  const foundIn = (text: string) => parts.walker.findAll(tokenize(text, parts.foldMixed));
  /** The real matcher's scan remembered as the second stage remembers, and the texts it matched. */
  function numbered(numbersUnlisted = () => true) {
    const scanned: string[] = [];
    const remembering = rememberingScan((text, context) => {
      scanned.push(text);
      return real.scan(text, context);
    }, numbersUnlisted);
    const scan = (text: string, context?: DeclaredLanguage) => remembering(text, context, undefined, foundIn(text));
    return { scan, scanned };
  }

  it('matches once the numbered cards of a listing page, each given what a scan of its own gives', () => {
    const { scan, scanned } = numbered();
    const card = (i: number) => `Anzeige ${i}. Biete Graupapagei, handzahm. Abholung in Berlin, 850 €.`;
    for (const i of [17, 23, 40, 99])
      expect(scan(card(i), { pageLang: 'de' })).toEqual(real.scan(card(i), { pageLang: 'de' }));
    expect(scan(card(5), { pageLang: 'de' }).matches).toHaveLength(1);
    // A number of another length makes another text: matched again.
    expect(scanned).toEqual([card(17), card(5)]);
  });

  it('matches again a text whose scan read a number, as a year dates an antique', () => {
    const { scan, scanned } = numbered();
    const texts = ['Ivory vase 1890', 'Ivory vase 1990', 'Ivory vase 2024'];
    for (const text of texts) expect(scan(text)).toEqual(real.scan(text));
    expect(scan(texts[0]!).matches).toHaveLength(1);
    expect(scan(texts[1]!).matches).toEqual([]);
    expect(scanned).toEqual(texts);
  });

  it('matches again a number written into a word, other candidates, and every text while a list holds a number', () => {
    const inWord = numbered();
    for (const text of ['Python regius CB2023', 'Python regius CB2024']) inWord.scan(text);
    expect(inWord.scanned).toHaveLength(2);
    const listed = numbered(() => false);
    for (const text of ['Anzeige 17. Biete Graupapagei', 'Anzeige 23. Biete Graupapagei']) listed.scan(text);
    expect(listed.scanned).toHaveLength(2);
  });

  it("gives each numbered variant of an authored set's texts what a scan of its own gives", () => {
    const stage = createFullScan(parts);
    const texts = readdirSync('bench/sets/fresh31x').flatMap((file) =>
      (JSON.parse(readFileSync(`bench/sets/fresh31x/${file}`, 'utf8')) as { text: string; lang: string }[]).map(
        ({ text, lang }) => ({ text, lang }),
      ),
    );
    let shared = 0;
    for (const { text, lang } of texts)
      for (const number of [12, 57, 1890, 1990]) {
        const numberedText = `Nr. ${number}: ${text}`;
        const context = { pageLang: lang };
        const found = foundIn(numberedText);
        if (found[0]) shared++;
        expect(stage(numberedText, context, tokenize(numberedText, parts.foldMixed), found)).toEqual(
          createFullScan(parts)(numberedText, context),
        );
      }
    expect(shared).toBeGreaterThan(400);
  });
});
