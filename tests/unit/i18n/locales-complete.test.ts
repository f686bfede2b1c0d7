import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluralFormOf } from './plural-forms';

/**
 * Every UI language must be a complete, well-formed copy of English: the
 * browser silently falls back to English for a missing key, drops a message
 * whose placeholder is undefined, and refuses the whole extension for a
 * malformed messages.json. These checks are the ones Chrome and Firefox make
 * when they load `_locales/`, plus those a translator most easily gets wrong.
 */
const root = resolve(import.meta.dirname, '../../..');
const localesDir = resolve(root, 'public/_locales');

/** The locale folder names Chrome recognises (developer.chrome.com, "Locales"; Chromium's build/config/locales.gni). */
const CHROME_LOCALES = new Set(
  (
    'ar am bg bn ca cs da de el en en_AU en_GB en_US es es_419 et fa fi fil fr gu he hi hr hu id it ja kn ko ' +
    'lt lv ml mr ms nl no pl pt_BR pt_PT ro ru sk sl sr sv sw ta te th tr uk vi zh_CN zh_TW'
  ).split(' '),
);
/** Message and placeholder names: Chrome accepts these characters only; names starting with "@@" are its own. */
const CHROME_NAME = /^(?!@@)[A-Za-z0-9_@]+$/;
const ENTRY_FIELDS = new Set(['message', 'description', 'placeholders']);
const PLACEHOLDER_FIELDS = new Set(['content', 'example']);
/** Store limits that apply to the manifest strings (Chrome Web Store: description ≤ 132; AMO: name ≤ 50). */
const MAX_DESCRIPTION = 132;
const MAX_NAME = 50;

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
type Table = Record<string, Entry>;

const locales = readdirSync(localesDir).sort();
const rawText = (lang: string) => readFileSync(resolve(localesDir, lang, 'messages.json'), 'utf8');
const read = (lang: string): Table => JSON.parse(rawText(lang)) as Table;
const english = read('en');

/** The `$NAME$` references of a message, lower-cased as the browser matches them. */
const namedRefs = (message: string) => [...message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
/** The `$1`…`$9` substitutions used directly in a message (`$$` is a literal dollar). */
const numberedRefs = (message: string) =>
  [...message.replaceAll('$$', '').matchAll(/\$(\d)/g)].map((m) => m[1]!).sort();
const placeholderTable = (entry: Entry) =>
  Object.fromEntries(
    Object.entries(entry.placeholders ?? {})
      .map(([name, { content }]) => [name.toLowerCase(), content] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

it('includes English and the seven translations the UI promises', () => {
  expect(locales).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'ru']);
});

it('names each folder with a locale code Chrome recognises, so no language is silently ignored', () => {
  expect(locales.filter((lang) => !CHROME_LOCALES.has(lang))).toEqual([]);
});

it("has the manifest's default_locale, and every __MSG_…__ of the manifest, in every locale", () => {
  const config = readFileSync(resolve(root, 'wxt.config.ts'), 'utf8');
  const defaultLocale = /default_locale:\s*'([^']+)'/.exec(config)?.[1];
  expect(defaultLocale).toBe('en');
  expect(locales).toContain(defaultLocale);
  const manifestKeys = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
  expect(manifestKeys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'commandFlagAd']));
  for (const lang of locales) expect(Object.keys(read(lang))).toEqual(expect.arrayContaining(manifestKeys));
});

describe.each(locales)('the %s messages', (lang) => {
  const text = rawText(lang);
  const table = read(lang);
  const keys = Object.keys(table);

  it('are UTF-8 JSON without a byte-order mark or replacement characters', () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\uFFFD');
    expect(() => JSON.parse(text)).not.toThrow();
  });

  const formOf = pluralFormOf(english, lang);
  /** Keys beyond English's: plural forms of this language's own categories (`_few`, `_many`). */
  const ownPluralForms = keys.filter((key) => !(key in english) && formOf(key) !== undefined);

  it("have English's keys and only the plural forms of their language, each a name Chrome accepts and unique regardless of case", () => {
    expect([...keys].filter((key) => !ownPluralForms.includes(key)).sort()).toEqual(Object.keys(english).sort());
    expect(keys.filter((key) => !CHROME_NAME.test(key))).toEqual([]);
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
  });

  it('hold only the fields browsers read, with a non-empty message', () => {
    for (const [key, entry] of Object.entries(table)) {
      expect(
        Object.keys(entry).filter((field) => !ENTRY_FIELDS.has(field)),
        key,
      ).toEqual([]);
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.message, `${key} has stray outer spaces`).toBe(
        key === 'recordAuditDeletedKept' ? entry.message.trimEnd() : entry.message.trim(),
      );
      for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
        expect(name, key).toMatch(CHROME_NAME);
        expect(
          Object.keys(placeholder).filter((field) => !PLACEHOLDER_FIELDS.has(field)),
          key,
        ).toEqual([]);
      }
    }
  });

  it.each(Object.keys(english))('keep the placeholders of "%s"', (key) => {
    const entry = table[key]!;
    // English's `_one` forms may leave the count out ("once"); a language whose `one` covers 21 or 31 needs it.
    const base = key.endsWith('_one') ? formOf(key) : undefined;
    const source = base !== undefined && namedRefs(entry.message).includes('count') ? english[base]! : english[key]!;
    expect(placeholderTable(entry)).toEqual(placeholderTable(source));
    expect(namedRefs(entry.message)).toEqual(namedRefs(source.message));
    expect(numberedRefs(entry.message)).toEqual(numberedRefs(source.message));
    // A `$NAME$` without a matching placeholder shows up raw in Firefox and empty in Chrome.
    const defined = Object.keys(placeholderTable(entry));
    expect(namedRefs(entry.message).filter((name) => !defined.includes(name))).toEqual([]);
  });

  it.each(ownPluralForms.length > 0 ? ownPluralForms : ['(none)'])('define what the plural form "%s" uses', (key) => {
    if (key === '(none)') return expect(ownPluralForms).toEqual([]);
    const entry = table[key]!;
    // Like English's own `_one` forms, a form may leave the count out ("raz"), never add a name.
    const known = Object.keys(placeholderTable(english[formOf(key)!]!));
    expect(Object.keys(placeholderTable(entry)).filter((name) => !known.includes(name))).toEqual([]);
    expect(numberedRefs(entry.message)).toEqual([]);
    // A `$NAME$` without a matching placeholder shows up raw in Firefox and empty in Chrome.
    const defined = Object.keys(placeholderTable(entry));
    expect(namedRefs(entry.message).filter((name) => !defined.includes(name))).toEqual([]);
  });

  it('keep the product name Spoor and fit the stores’ limits', () => {
    expect(table.extName!.message).toBe('Spoor');
    expect(table.appName!.message).toBe('Spoor');
    expect(table.extName!.message.length).toBeLessThanOrEqual(MAX_NAME);
    expect(table.extDescription!.message.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });

  it("format dates and numbers in the folder's own language (uiLocale)", () => {
    const tag = table.uiLocale!.message;
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    expect(new Intl.Locale(tag).language).toBe(lang.split('_')[0]);
    expect(Intl.DateTimeFormat.supportedLocalesOf(tag)).toEqual([tag]);
  });
});
