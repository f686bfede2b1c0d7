import { describe, expect, it } from 'vitest';
import { tokenize } from '@/lib/matching/tokenize';
import { isWebName } from '@/lib/matching/web-name';

const fold = (word: string) => word.toLowerCase();

/** Whether the word `name` of `text` is read as part of a web address or an account's name. */
function webName(text: string, name: string): boolean {
  const tokens = tokenize(text, fold);
  const words = Array.from({ length: tokens.count }, (_, i) => tokens.source(tokens.start(i), tokens.end(i)));
  const word = words.indexOf(name);
  expect(word).toBeGreaterThanOrEqual(0);
  return isWebName(tokens, [word, word]);
}

describe('isWebName', () => {
  it.each([
    ['Our minutes come from Otter.ai every Friday.', 'Otter'],
    ['Buy tickets on jaguar.com/events before the show.', 'jaguar'],
    ['Follow @tiger for the new season, or @the_lynx_club for the fixtures.', 'tiger'],
    ['Follow @the_lynx_club for the fixtures.', 'lynx'],
  ])('reads "%s" as naming a site or an account', (text, name) => {
    expect(webName(text, name)).toBe(true);
  });

  it.each([
    ['Captive-bred Otter pups. Papers included.', 'Otter'],
    ['Old tiger skin, with papers, £900.', 'tiger'],
    ['Royal python, email me at sales@example.org for photos.', 'python'],
    ['A lynx fur coat.Very good condition.', 'lynx'],
  ])('reads "%s" as the word itself', (text, name) => {
    expect(webName(text, name)).toBe(false);
  });
});
