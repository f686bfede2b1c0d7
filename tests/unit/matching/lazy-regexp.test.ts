import { expect, it } from 'vitest';
import { lazyRegExp } from '@/lib/matching/lazy-regexp';

it('builds the expression on first use, once, with its flags', () => {
  const letters = lazyRegExp(String.raw`\p{L}\p{M}*\p{L}`, 'u');
  const first = letters();
  expect(first.flags).toBe('u');
  expect(first.test('Ele\u0301phant')).toBe(true);
  expect(first.test('4 2')).toBe(false);
  expect(letters()).toBe(first);
});

it('throws where the literal would not have parsed', () => {
  expect(() => lazyRegExp(String.raw`\p{NoSuchProperty}`, 'u')()).toThrow(SyntaxError);
});
