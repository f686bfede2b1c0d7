import { describe, expect, it } from 'vitest';
import { base64FromBytes, bytesFromBase64, dataUrlToBlob } from '@/lib/integrity/bytes';

describe('base64', () => {
  it('round-trips bytes larger than one chunk', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256);
    expect(bytesFromBase64(base64FromBytes(bytes))).toEqual(bytes);
  });
});

describe('dataUrlToBlob', () => {
  it.each([
    ['a base64 PNG', 'data:image/png;base64,aGk=', 'image/png', 'hi'],
    ['a percent-encoded text', 'data:text/plain,a%20b', 'text/plain', 'a b'],
  ])('decodes %s', async (_label, url, type, text) => {
    const blob = dataUrlToBlob(url);
    expect(blob.type).toBe(type);
    expect(await blob.text()).toBe(text);
  });

  it('refuses anything else', () => {
    expect(() => dataUrlToBlob('https://example.com/x.png')).toThrow('not a data URL');
  });
});
