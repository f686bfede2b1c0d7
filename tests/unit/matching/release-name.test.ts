import { describe, expect, it, vi } from 'vitest';
import { isReleaseName } from '@/lib/matching/release-name';
import { tokenize } from '@/lib/matching/tokenize';

const fold = (word: string) => word.toLowerCase();

/** Whether the word `name` of `text` is read as a release's codename. */
function releaseName(text: string, name: string): boolean {
  const tokens = tokenize(text, fold);
  const word = Array.from({ length: tokens.count }, (_, i) => tokens.source(tokens.start(i), tokens.end(i))).indexOf(
    name,
  );
  return isReleaseName(tokens, [word, word]);
}

describe('isReleaseName', () => {
  it.each([
    ['Our kiosks run Ubuntu 10.04 Lucid Lynx and nobody dares to upgrade them.', 'Lynx', true],
    ['Mon vieux MacBook est resté sous Mac OS X 10.5 Leopard, sans navigateur récent.', 'Leopard', true],
    ['Auf dem Schulrechner läuft noch OS X 10.9 Mavericks neben 10.8 Mountain Lion.', 'Lion', true],
    // A keeper's sexes are written with a dot, with no system named.
    ['1.1 Boa constrictor, proven pair, with their vivarium and feeding records.', 'Boa', false],
    // No version number before it: the system's name alone says nothing of the animal.
    ['Ubuntu stickers and a plush Narwhal for the office.', 'Narwhal', false],
    // Written small: a word of the sentence.
    ['Ubuntu 22.04 on a laptop, and a jaguar skin on the wall.', 'jaguar', false],
  ])('%s (%s): %s', (text, name, expected) => {
    expect(releaseName(text, name)).toBe(expected);
  });
});

it('reads no word past the last when "os" ends the text', () => {
  const tokens = tokenize('Version 10.04 Lucid Lynx, still running on my os', fold);
  const folded = vi.spyOn(tokens, 'folded');
  expect(isReleaseName(tokens, [3, 3])).toBe(false);
  expect(folded.mock.calls.filter(([word]) => word >= tokens.count)).toEqual([]);
});
