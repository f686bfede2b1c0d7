import { describe, expect, it } from 'vitest';
import { canonicalJson, recordHash, sha256Hex } from '@/lib/integrity/hash';

describe('canonicalJson', () => {
  it.each([
    [
      'sorts keys at every depth',
      { b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } },
      '{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}',
    ],
    ['keeps array order', [3, 1, 2], '[3,1,2]'],
    ['drops undefined members', { a: undefined, b: 'x' }, '{"b":"x"}'],
    ['writes no whitespace', { text: 'a b', list: [1, 2] }, '{"list":[1,2],"text":"a b"}'],
    ['escapes strings as JSON does', { q: 'say "hi"\n' }, '{"q":"say \\"hi\\"\\n"}'],
  ])('%s', (_label, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: { b: 2, a: 1 } })).toBe(canonicalJson({ y: { a: 1, b: 2 }, x: 1 }));
  });
});

describe('sha256Hex', () => {
  it.each([
    ['the empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %s (FIPS 180-2 test vectors)', async (_label, input, expected) => {
    expect(await sha256Hex(input)).toBe(expected);
  });

  it('hashes a Blob and its bytes alike', async () => {
    const bytes = new TextEncoder().encode('abc');
    expect(await sha256Hex(new Blob([bytes]))).toBe(await sha256Hex(bytes));
  });
});

describe('recordHash', () => {
  it('hashes the canonical JSON without the hash field itself', async () => {
    const record = { id: 'x', b: 2, a: 1, recordSha256: 'whatever' };
    expect(await recordHash(record, 'recordSha256')).toBe(await sha256Hex('{"a":1,"b":2,"id":"x"}'));
  });
});
