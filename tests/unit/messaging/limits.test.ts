import { describe, expect, it } from 'vitest';
import { CONTENT_LIMITS, contentPayloadProblem } from '@/lib/messaging/limits';

const budget = { values: 10, chars: 20, depth: 3 };

describe('contentPayloadProblem', () => {
  it.each([
    ['plain JSON data', { url: 'https://a.example/', entries: [{ n: 1, ok: true, none: null }] }, undefined],
    ['an object without prototype', Object.assign(Object.create(null), { a: 1 }), undefined],
    ['too many values', { list: Array.from({ length: 10 }, () => 1) }, 'more than 10 values'],
    ['too many characters', { a: 'x'.repeat(15), b: 'y'.repeat(15) }, 'more than 20 characters'],
    ['nesting too deep', { a: { b: { c: { d: 1 } } } }, 'nested deeper than 3 levels'],
    ['a Map', { a: new Map() }, 'a Map is not JSON data'],
    ['a Date', new Date(0), 'a Date is not JSON data'],
    ['a function', { f: () => 1 }, 'a function is not JSON data'],
    ['a bigint', 1n, 'a bigint is not JSON data'],
  ])('%s', (_label, payload, expected) => {
    expect(contentPayloadProblem(payload, budget)).toBe(expected);
  });

  it('stops at a 10⁶-item array before walking it', () => {
    expect(contentPayloadProblem(new Array(1e6).fill('x'), CONTENT_LIMITS.payload)).toBe('more than 500000 values');
  });
});
