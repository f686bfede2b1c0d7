import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateFrom } from '@/lib/i18n/english';
import { tradeTermKey } from '@/components/dictionary-labels';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { UI_LANGUAGES } from '@/lib/i18n/languages';
import { baseOfPluralKey, PLURAL_CATEGORIES } from '@/lib/i18n/plural';
import { pluralBasesOf, pluralFormOf } from './plural-forms';

const localesDir = resolve(import.meta.dirname, '../../../public/_locales');
type Table = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Table => JSON.parse(readFileSync(resolve(localesDir, lang, 'messages.json'), 'utf8'));
const english = read('en');
const placeholdersOf = (entry: Table[string]) =>
  [...new Set([...entry.message.matchAll(/\$(\w+)\$|\$(\d)/g)].map((m) => (m[1] ?? m[2])!.toLowerCase()))].sort();

const translations = readdirSync(localesDir).filter((lang) => lang !== 'en');
const pluralBases = pluralBasesOf(english);
/** A plural form a language may add: one of its own CLDR categories, of a plural message. */
const isPluralFormOf = (lang: string) => {
  const formOf = pluralFormOf(english, lang);
  return (key: string) => formOf(key) !== undefined;
};

describe.each(translations)('the %s translation', (lang) => {
  const table = read(lang);
  const pluralForm = isPluralFormOf(lang);

  it('has every English message, and no others but the plural forms its language needs', () => {
    expect(Object.keys(english).filter((key) => !(key in table))).toEqual([]);
    expect(Object.keys(table).filter((key) => !(key in english) && !pluralForm(key))).toEqual([]);
  });

  it.each(Object.keys(english).filter((key) => key in table))('keeps the placeholders of "%s"', (key) => {
    const plural = baseOfPluralKey(key) !== undefined && pluralBases.has(baseOfPluralKey(key)!);
    // A plural form may leave out the count ("once", "einmal"); every other placeholder stays.
    const expected = placeholdersOf(english[key]!).filter((name) => !plural || name !== 'count');
    expect(placeholdersOf(table[key]!).filter((name) => !plural || name !== 'count')).toEqual(expected);
    expect(table[key]!.message.trim()).not.toBe('');
  });
});

it('ships only languages the UI offers, English and French and German at least', () => {
  const shipped = readdirSync(localesDir);
  expect(shipped.filter((lang) => !(UI_LANGUAGES as readonly string[]).includes(lang))).toEqual([]);
  expect(shipped).toEqual(expect.arrayContaining(['en', 'fr', 'de']));
});

it('gives every plural message its general form, and only CLDR category names', () => {
  for (const base of pluralBases) expect(english, base).toHaveProperty(base);
  for (const key of Object.keys(english)) {
    const base = baseOfPluralKey(key);
    if (base && pluralBases.has(base)) expect(PLURAL_CATEGORIES).toContain(key.slice(base.length + 1));
  }
});

it('has a label for every bundled trade term, the English one the dictionary’s own', () => {
  for (const term of loadBundledDictionary().tradeTerms) {
    expect(english[tradeTermKey(term.id)]?.message, term.id).toBe(term.label);
    for (const lang of translations) expect(read(lang)[tradeTermKey(term.id)], `${lang} ${term.id}`).toBeDefined();
  }
});

it('resolves named placeholders and $1-style substitutions like the browser', () => {
  const t = translateFrom({
    flaggedOn: {
      message: 'Flagged on $DATE$ by $WHO$',
      placeholders: { date: { content: '$1' }, who: { content: '$2' } },
    },
    price: { message: 'Costs $$5' },
  });
  expect(t('flaggedOn' as never, ['12 Mar', 'ana'])).toBe('Flagged on 12 Mar by ana');
  expect(t('price' as never)).toBe('Costs $5');
  expect(t('missing' as never)).toBe('missing');
});
