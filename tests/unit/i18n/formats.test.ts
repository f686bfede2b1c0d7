import { describe, expect, it } from 'vitest';
import { endonym, uiLanguageFor, UI_LANGUAGES } from '@/lib/i18n/languages';
import { loadMessageTable } from '@/lib/i18n/load';
import { countryName, languageName } from '@/lib/i18n/names';
import { formatBytes, formatNumber, formatUtcDateTime } from '@/lib/i18n/numbers';
import { COMMON_NAME_LANGS } from '@/lib/dictionary/schema';

describe('the UI language', () => {
  it('speaks the eight languages the dictionary surveys', () => {
    expect([...UI_LANGUAGES].sort()).toEqual([...COMMON_NAME_LANGS].sort());
  });

  it.each([
    ['', 'pl-PL', 'pl'],
    ['', 'ru', 'ru'],
    ['', 'pt-BR', 'en'],
    ['fr', 'de-DE', 'fr'],
    ['xx', 'nl-BE', 'nl'],
  ])('chosen %j with the browser in %s → %s', (chosen, browser, expected) => {
    expect(uiLanguageFor(chosen, browser)).toBe(expected);
  });

  it('names each language in itself, for the language menu', () => {
    expect(UI_LANGUAGES.map(endonym)).toEqual([
      'English',
      'français',
      'Deutsch',
      'Nederlands',
      'español',
      'italiano',
      'polski',
      'русский',
    ]);
  });
});

describe('names, numbers and dates through Intl', () => {
  it.each([
    ['DE', 'fr', 'Allemagne'],
    ['PL', 'de', 'Polen'],
    ['RU', 'ru', 'Россия'],
    ['GB', 'es', 'Reino Unido'],
  ])('country %s in %s is %s', (code, locale, name) => {
    expect(countryName(code, locale)).toBe(name);
  });

  it('keeps a code it cannot name', () => {
    expect(countryName('XY', 'en')).toBe('XY');
    expect(countryName('not a code', 'en')).toBe('not a code');
  });

  it('names languages, Latin for scientific names', () => {
    expect(languageName('de', 'fr')).toBe('allemand');
    expect(languageName('la', 'en')).toBe('Latin');
  });

  it('writes numbers, sizes and UTC times the language’s way', () => {
    expect(formatNumber(1200, 'de')).toBe('1.200');
    expect(formatNumber(1200, 'fr')).toBe('1\u202f200');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatUtcDateTime('2026-03-12T09:30:00.000Z', 'de')).toBe('12.03.2026, 09:30 UTC');
    expect(formatUtcDateTime('2026-03-12T09:30:00.000Z', 'en-GB')).toBe('12 Mar 2026, 09:30 UTC');
    expect(formatUtcDateTime('not a time', 'en')).toBe('not a time');
  });
});

describe('loadMessageTable', () => {
  it('reads a language’s messages.json from the extension', async () => {
    const paths: string[] = [];
    const table = await loadMessageTable('pl', async (path) => {
      paths.push(path);
      return { flagThisAd: { message: 'Zgłoś to ogłoszenie' } };
    });
    expect(paths).toEqual(['/_locales/pl/messages.json']);
    expect(table?.flagThisAd?.message).toBe('Zgłoś to ogłoszenie');
  });

  it('gives nothing (the page then uses the browser’s language) for a missing or malformed file', async () => {
    expect(await loadMessageTable('pl', () => Promise.reject(new Error('404')))).toBeUndefined();
    expect(await loadMessageTable('pl', async () => ({ flagThisAd: 'not an entry' }))).toBeUndefined();
  });
});
