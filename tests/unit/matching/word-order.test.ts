import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { wordOrderVariant } from '@/lib/matching/word-order';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string) => matcher.find(text, { lang: 'ru' }).map((match) => text.slice(match.start, match.end));

describe('the other word order of a name', () => {
  it.each([
    ['среднеазиатская черепаха', 'ru', 'черепаха среднеазиатская'],
    ['королевский питон', 'ru', 'питон королевский'],
    ['зелёное дерево', 'ru', 'дерево зелёное'],
    ['медвежья желчь', 'ru', 'желчь медвежья'],
    ['черепаха Германа', 'ru', undefined],
    ['большой желтохохлый какаду', 'ru', undefined],
    ['żółw stepowy', 'pl', undefined],
    ["Hermann's tortoise", 'en', undefined],
    ['pitón verde arborícola', 'es', 'pitón arborícola verde'],
    ['python vert arboricole', 'fr', 'python arboricole vert'],
    ['tortuga de tierra', 'es', undefined],
    ['como un loro', 'es', undefined],
    ['loro gris', 'es', undefined],
  ] as const)('%s (%s) → %s', (text, lang, variant) => {
    expect(wordOrderVariant({ text, lang })).toBe(variant);
  });

  it.each([
    ['Продам черепаху среднеазиатскую, 10 лет, с террариумом.', 'черепаху среднеазиатскую'],
    ['Питон королевский, самка, ест размороженных мышей.', 'Питон королевский'],
    // Trade terms too: a product's price list puts the noun first.
    ['Желчь медвежья, сушёная, 50 грамм, недорого.', 'Желчь медвежья'],
  ])('is found in a Russian ad: "%s"', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it('leaves an ambiguous name in its own order, with its sense rules', () => {
    expect(found('Платье цвета кость слоновая, размер 44.')).toEqual([]);
  });
});
