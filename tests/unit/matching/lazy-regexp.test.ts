import { expect, it } from 'vitest';
import { lazyRegExp } from '@/lib/matching/lazy-regexp';

it('builds the expression on first use, once, with its flags', () => {
  const letters = lazyRegExp('\\p{L}\\p{M}*\\p{L}', 'gu');
  const first = letters();
  expect(first.flags).toBe('gu');
  expect(first.test('Ele\u0301phant')).toBe(true);
  expect(letters()).toBe(first);
});

it('throws where the literal would not have parsed', () => {
  expect(() => lazyRegExp('\\p{NoSuchProperty}')()).toThrow(SyntaxError);
});

it('takes the Unicode flag by default', () => {
  const marked = lazyRegExp('^[\\s\\u2028]*\\p{Lu}\\p{Ll}+$');
  const expression = marked();
  expect(expression.flags).toBe('u');
  expect(expression.source).toBe(String.raw`^[\s\u2028]*\p{Lu}\p{Ll}+$`);
  expect(expression.test('\u2028 Élan')).toBe(true);
  expect(expression.test('élan')).toBe(false);
  expect(marked()).toBe(expression);
});
