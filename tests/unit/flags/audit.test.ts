import { describe, expect, it } from 'vitest';
import { diffChanges } from '@/lib/flags/audit';

describe('diffChanges', () => {
  it.each([
    ['nothing for equal records', { a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 2] } }, []],
    ['a nested leaf by its dotted path', { a: { b: 1 } }, { a: { b: 2 } }, [{ path: 'a.b', from: 1, to: 2 }]],
    ['an array as one value', { tags: ['x'] }, { tags: ['x', 'y'] }, [{ path: 'tags', from: ['x'], to: ['x', 'y'] }]],
    ['an added field as from null', { a: 1 }, { a: 1, b: 'new' }, [{ path: 'b', from: null, to: 'new' }]],
    ['a removed field as to null', { a: 1, b: 2 }, { a: 1 }, [{ path: 'b', from: 2, to: null }]],
    [
      'a new object as one value',
      { ad: {} },
      { ad: { price: { amount: 5 } } },
      [{ path: 'ad.price', from: null, to: { amount: 5 } }],
    ],
    [
      'paths in sorted order',
      { z: 1, a: 1 },
      { z: 2, a: 2 },
      [
        { path: 'a', from: 1, to: 2 },
        { path: 'z', from: 1, to: 2 },
      ],
    ],
  ])('reports %s', (_label, before, after, expected) => {
    expect(diffChanges(before, after)).toEqual(expected);
  });
});
