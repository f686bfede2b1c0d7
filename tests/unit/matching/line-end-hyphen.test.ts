import { describe, expect, it, vi } from 'vitest';
import { toOriginalOrder } from '@/lib/matching/display-order';
import { lineEndJoined } from '@/lib/matching/line-end-hyphen';

describe('lineEndJoined', () => {
  it.each([
    ['a hyphen before a line break', 'Loxo-\u2028donta africana', 'Loxodonta africana'],
    ['a soft hyphen stays, the break goes', 'Loxo\u00AD\u2028donta', 'Loxo\u00ADdonta'],
    ['blanks around the break', 'ivo- \u2028 ry', 'ivory'],
    ['two line breaks (a box of its own then a <br>)', 'Loxo-\u2028\u2028donta', 'Loxodonta'],
    ['every hyphenated word of a text', 'Loxo-\u2028donta afri-\u2028cana', 'Loxodonta africana'],
  ])('joins %s', (_label, text, joined) => {
    expect(lineEndJoined(text)?.text).toBe(joined);
  });

  it.each([
    ['a hyphen mid-line', 'Loxo-donta'],
    ['a line break without a hyphen', 'Loxo\u2028donta'],
    ['a capital after the break', 'ivory-\u2028Netsuke'],
    ['a block break', 'Loxo-\ndonta'],
    ['a hyphen after no letter', '12 -\u2028donta'],
  ])('leaves %s alone', (_label, text) => {
    expect(lineEndJoined(text)).toBeUndefined();
  });

  it("maps a match in the joined text back over the hyphen and the break to the page's characters", () => {
    const text = 'an ivo-\u2028ry carving';
    const reading = lineEndJoined(text)!;
    const start = reading.text.indexOf('ivory');
    const [mapped] = toOriginalOrder([{ start, end: start + 5, terms: [0] }], reading);
    expect(text.slice(mapped!.start, mapped!.end)).toBe('ivo-\u2028ry');
  });
});

it('looks for no hyphen in a text without a line break: the second stage asks of every text it scans', () => {
  const matchAll = vi.spyOn(String.prototype, 'matchAll');
  expect(lineEndJoined('Loxo-donta, ivory- carving')).toBeUndefined();
  expect(matchAll).not.toHaveBeenCalled();
  expect(lineEndJoined('Loxo-\u2028donta')?.text).toBe('Loxodonta');
  expect(matchAll).toHaveBeenCalled();
  matchAll.mockRestore();
});
