import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateFrom } from '@/lib/i18n/translate';

const localesDir = resolve(import.meta.dirname, '../../../public/_locales');
type Table = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Table => JSON.parse(readFileSync(resolve(localesDir, lang, 'messages.json'), 'utf8'));
const english = read('en');
const placeholdersOf = (entry: Table[string]) =>
  [...new Set([...entry.message.matchAll(/\$(\w+)\$|\$(\d)/g)].map((m) => (m[1] ?? m[2])!.toLowerCase()))].sort();

describe.each(['fr', 'de'])('the %s translation', (lang) => {
  const table = read(lang);

  it('has every English message and no others', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))('keeps the placeholders of "%s"', (key) => {
    expect(placeholdersOf(table[key]!)).toEqual(placeholdersOf(english[key]!));
    expect(table[key]!.message.trim()).not.toBe('');
  });
});

it('ships exactly the languages the UI promises: English, French, German', () => {
  expect(readdirSync(localesDir).sort()).toEqual(['de', 'en', 'fr']);
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
