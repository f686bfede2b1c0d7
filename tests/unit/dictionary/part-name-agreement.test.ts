import { expect, it } from 'vitest';
import { partNameAgreed } from '@/lib/dictionary/part-name-agreement';
import { describeMatch, taxonNames } from '@/lib/detect/describe';
import { bundledMatcher } from './bundled-matches';

it.each([
  ['тигровый шкура', 'ru', 'тигровая шкура'],
  ['медвежий желчь', 'ru', 'медвежья желчь'],
  ['волчий мясо', 'ru', 'волчье мясо'],
  ['слоновий бивни', 'ru', 'слоновьи бивни'],
  ['медвежий когтей', 'ru', 'медвежьих когтей'],
  ['тигриный когтями', 'ru', 'тигриными когтями'],
  ['слоновий бивня', 'ru', 'слоновьего бивня'],
  ['tygrysi skóra', 'pl', 'tygrysia skóra'],
  ['skóra krokodylowy', 'pl', 'skóra krokodylowa'],
  ['krokodyli skóra', 'pl', 'krokodyla skóra'],
  ['wilczy futro', 'pl', 'wilcze futro'],
  ['pazury lamparci', 'pl', 'pazury lamparcie'],
  ['tygrysi kłów', 'pl', 'tygrysich kłów'],
])('agrees %j (%s) as %j', (text, lang, expected) => {
  expect(partNameAgreed(text, lang)).toBe(expected);
});

it.each([
  // Masculine parts, names that agree already, the animal's genitive, other languages.
  ['медвежий череп', 'ru'],
  ['слоновая кость', 'ru'],
  ['шкура тигра', 'ru'],
  ['kieł słoniowy', 'pl'],
  ['skóra niedźwiedzia', 'pl'],
  ['белый медведь', 'ru'],
  ['tiger skin', 'en'],
])('leaves %j (%s) as it is', (text, lang) => {
  expect(partNameAgreed(text, lang)).toBe(text);
});

it("shows a part's name agreeing on the hover card", () => {
  const text = 'Продаю тигровую шкуру, старая';
  const [match] = bundledMatcher.find(text, { pageLang: 'ru' });
  const items = describeMatch(match!.terms, bundledMatcher, taxonNames(bundledMatcher));
  expect(items.map((item) => item.kind !== 'exempt' && item.term)).toContain('тигровая шкура');
  expect(items.map((item) => item.kind !== 'exempt' && item.term)).not.toContain('тигровый шкура');
});
